import { join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeBasePathLinks } from '../../src/plugins/rehype-base-path-links.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

const ROOT = join(import.meta.dirname, '../..');
const library = sourceLibraryOf(join(ROOT, 'content/sources'));

/** Markdown through citations (which put the base path on their own links) and this plugin, to HTML. */
function render(markdown: string, base: string) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitations, { library: () => library, base, warn: () => {} })
    .use(remarkRehype)
    .use(rehypeBasePathLinks, { base })
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path: join(ROOT, 'content/briefings/example.mdx'), cwd: ROOT })));
}

describe('rehypeBasePathLinks', () => {
  it('puts the base path on a root-relative Markdown link', () => {
    expect(render('See [Syria and the border](/briefings/syria-and-the-border/).', '/briefings-site/')).toBe(
      '<p>See <a href="/briefings-site/briefings/syria-and-the-border/">Syria and the border</a>.</p>',
    );
  });

  it('leaves citation links, which already carry the base path, and other URLs as they are', () => {
    const html = render('A claim [@nyt-costa-clarke-2024, ¶3], [elsewhere](https://example.org/a) and [below](#what-to-watch).', '/briefings-site/');
    expect(html).toContain('href="/briefings-site/sources/nyt-costa-clarke-2024/#p-3"');
    expect(html).not.toContain('/briefings-site/briefings-site/');
    expect(html).toContain('<a href="https://example.org/a">elsewhere</a>');
    expect(html).toContain('<a href="#what-to-watch">below</a>');
  });

  it('changes nothing at the root', () => {
    expect(render('[Briefings](/briefings/)', '/')).toBe('<p><a href="/briefings/">Briefings</a></p>');
  });

  it('leaves a JSX <a> in MDX as written: it is code, not a Markdown link', () => {
    const mdast = unified().use(remarkParse).use(remarkMdx).parse('A <a href="/briefings/">link</a>.');
    const hast = unified().use(remarkRehype, { passThrough: ['mdxJsxTextElement'] }).runSync(mdast) as HastRoot;
    rehypeBasePathLinks({ base: '/briefings-site/' })(hast);
    expect(JSON.stringify(hast)).toContain('"name":"href","value":"/briefings/"');
  });
});
