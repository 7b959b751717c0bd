import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

const ROOT = join(import.meta.dirname, '../..');
const library = sourceLibraryOf(join(ROOT, 'content/sources'));

/** Through the site's pipeline (citations put the base path on their own links; this plugin on the author's), as MDX. */
async function render(markdown: string, base: string) {
  const { html } = await renderMarkdown(markdown, { path: join(ROOT, 'content/briefings/example.mdx'), library: () => library, terms: () => [], base, warn: () => {} });
  return html;
}

describe('base path links plugin', () => {
  it('puts the base path on a root-relative Markdown link', async () => {
    expect(await render('See [Syria and the border](/briefings/syria-and-the-border/).', '/briefings-site/')).toBe(
      '<p>See <a href="/briefings-site/briefings/syria-and-the-border/">Syria and the border</a>.</p>',
    );
  });

  it('leaves citation links, which already carry the base path, and other URLs as they are', async () => {
    const html = await render('A claim [@nyt-costa-clarke-2024, ¶3], [elsewhere](https://example.org/a) and [below](#what-to-watch).', '/briefings-site/');
    expect(html).toContain('href="/briefings-site/sources/nyt-costa-clarke-2024/#p-3"');
    expect(html).not.toContain('/briefings-site/briefings-site/');
    expect(html).toContain('<a href="https://example.org/a">elsewhere</a>');
    expect(html).toContain('<a href="#what-to-watch">below</a>');
  });

  it('changes nothing at the root', async () => {
    expect(await render('[Briefings](/briefings/)', '/')).toBe('<p><a href="/briefings/">Briefings</a></p>');
  });

  it('leaves a JSX <a> in MDX as written: it is code, not a Markdown link', async () => {
    expect(await render('A <a href="/briefings/">link</a>.', '/briefings-site/')).toContain('<a href="/briefings/">link</a>');
  });
});
