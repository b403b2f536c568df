import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from '@/lib/markdown/markdown';

const render = (source: string) => renderToStaticMarkup(createElement(Markdown, { source }));

describe('Markdown of update bodies', () => {
  it('renders emphasis, lists and web links', () => {
    const html = render('**Libéré** le 3 mars.\n\n- un\n- deux\n\n[Communiqué](https://example.org/communique)');
    expect(html).toContain('<strong>Libéré</strong>');
    expect(html).toContain('<li>un</li>');
    expect(html).toContain('<a href="https://example.org/communique">Communiqué</a>');
  });

  it('drops script tags, whether inline or as a block, leaving at most inert text', () => {
    const html = render('Avant <script>alert(1)</script> après\n\n<script>\nalert(2)\n</script>\n\n<iframe src="https://example.org"></iframe>');
    expect(html).not.toMatch(/<(script|iframe)/i);
    expect(html).not.toContain('alert(2)');
    expect(html.trim()).toBe('<p>Avant alert(1) après</p>');
  });

  it('drops elements carrying event handlers', () => {
    const html = render('<img src="x" onerror="alert(1)">\n\n<p onclick="alert(2)">texte</p>\n\n<a href="https://example.org" onmouseover="alert(3)">lien</a>');
    expect(html).not.toMatch(/\bon[a-z]+=/i);
    expect(html).not.toContain('alert(');
  });

  it('removes javascript: and data: link targets, in every spelling', () => {
    for (const target of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript&#58;alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=']) {
      const html = render(`[cliquez](${target}) et <a href="${target}">ici</a>`);
      expect(html, target).not.toMatch(/href="\s*(javascript|data):/i);
      expect(html, target).not.toContain('alert(1)');
    }
  });

  it('shows no images, which could show a protected face or call a third-party host', () => {
    const html = render('![photo](https://tracker.example.org/pixel.png)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('pixel.png');
  });
});
