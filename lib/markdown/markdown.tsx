import ReactMarkdown from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * Images are left out: an update could otherwise show a protected person's photo or make every reader's
 * browser call a third-party host.
 */
const disallowedElements = ['img'];

/**
 * An organizer's Markdown, made safe to show: raw HTML is dropped (so no script or event handler can come
 * through), link targets other than http(s), mailto and relative addresses are removed, and the tree is
 * sanitised once more with rehype-sanitize's GitHub-like allow-list.
 */
export function Markdown({ source }: { source: string }) {
  return (
    <ReactMarkdown skipHtml rehypePlugins={[rehypeSanitize]} disallowedElements={disallowedElements} unwrapDisallowed>
      {source}
    </ReactMarkdown>
  );
}

/** Tailwind styles for rendered Markdown (the project has no typography plugin). */
export const markdownClasses =
  'space-y-2 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6';
