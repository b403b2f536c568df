import ReactMarkdown, { defaultUrlTransform, type Components, type UrlTransform } from 'react-markdown';
import rehypeSanitize from 'rehype-sanitize';

/**
 * Images are left out: an update could otherwise show a protected person's photo or make every reader's
 * browser call a third-party host.
 */
const disallowedElements = ['img'];

/**
 * Link targets for a reader away from the site (a feed reader, a mail client), who has no page to resolve a
 * relative link against: resolved against the address of the page the text is shown on, so a link leads where it
 * leads there. Whatever is not http(s) or mailto once resolved loses its link and keeps its text.
 */
function resolvedAgainst(baseUrl: string): UrlTransform {
  return (url) => {
    const safe = defaultUrlTransform(url);
    const resolved = safe ? URL.parse(safe, baseUrl) : null;
    return resolved && ['http:', 'https:', 'mailto:'].includes(resolved.protocol) ? resolved.href : null;
  };
}

type MarkdownProps = {
  source: string;
  /** The page the text belongs to, when it is shown elsewhere (a feed, an email): its links are made absolute. */
  baseUrl?: string;
  /** How some elements are rendered instead (an email's inline styles). */
  components?: Components;
};

/**
 * An organizer's Markdown, made safe to show: raw HTML is dropped (so no script or event handler can come
 * through), link targets other than http(s), mailto and relative addresses are removed, and the tree is
 * sanitised once more with rehype-sanitize's GitHub-like allow-list.
 */
export function Markdown({ source, baseUrl, components }: MarkdownProps) {
  return (
    <ReactMarkdown
      skipHtml
      rehypePlugins={[rehypeSanitize]}
      disallowedElements={disallowedElements}
      unwrapDisallowed
      urlTransform={baseUrl ? resolvedAgainst(baseUrl) : undefined}
      components={components}
    >
      {source}
    </ReactMarkdown>
  );
}

/** Tailwind styles for rendered Markdown (the project has no typography plugin). */
export const markdownClasses =
  'space-y-2 [&_a]:underline [&_blockquote]:border-l-2 [&_blockquote]:border-stone-300 [&_blockquote]:pl-3 [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6';
