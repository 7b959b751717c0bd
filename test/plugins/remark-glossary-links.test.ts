import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { remarkGlossaryLinks } from '../../src/plugins/remark-glossary-links.ts';
import { glossaryTermsOf, sourceLibraryOf } from '../helpers/source-library.ts';

const ROOT = join(import.meta.dirname, '../..');
const GLOSSARY = join(ROOT, 'test/fixtures/glossary');
const library = sourceLibraryOf(join(ROOT, 'content/sources'));
const terms = glossaryTermsOf(GLOSSARY);

function render(markdown: string, path = join(ROOT, 'content/briefings/example.mdx')) {
  const file = new VFile({ value: markdown, path, cwd: ROOT });
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitations, { library: () => library, base: '/site/', warn: () => {} })
    .use(remarkGlossaryLinks, { terms: () => terms, base: '/site/' })
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(processor.processSync(file));
  const links = [...html.matchAll(/<a href="([^"]+)" class="glossary-link"[^>]*>([^<]*)<\/a>/gu)].map((match) => `${match[2]} → ${match[1]}`);
  return { html, links, data: file.data as { astro?: { frontmatter?: { glossaryTerms?: string[] } } } };
}

describe('remarkGlossaryLinks', () => {
  it('links the first use of each term in the document, under the base path', () => {
    const { links } = render('The caliphate fell.\n\nThe caliphate again, and the Syrian Badia, then the Badia.');
    expect(links).toEqual(['caliphate → /site/glossary/#caliphate', 'Syrian Badia → /site/glossary/#badia']);
  });

  it('does not link inside headings, quotations, links or citations', () => {
    const { links } = render(
      [
        '## The caliphate',
        '',
        'They wrote that losing its “self-proclaimed caliphate is not the same as beating it” [@nyt-costa-clarke-2024, ¶3]; see [the caliphate](https://example.org).',
        '',
        'Only here: the caliphate.',
      ].join('\n'),
    );
    expect(links).toEqual(['caliphate → /site/glossary/#caliphate']);
  });

  it('does not link inside the margin’s glimpses of cited passages: the first use in the prose gets the link', () => {
    const { html, links } = render('They lost the territory [@nyt-costa-clarke-2024, ¶3].\n\nOnly here: the caliphate.');
    const sidenote = /<span class="sidenote"[^>]*>(.*?)<\/span><\/span>/su.exec(html)?.[1] ?? '';
    expect(sidenote).toMatch(/caliphate/u);
    expect(sidenote).not.toContain('glossary-link');
    expect(links).toEqual(['caliphate → /site/glossary/#caliphate']);
    expect(html).toContain('Only here: the <a href="/site/glossary/#caliphate" class="glossary-link" aria-describedby="glossary-card-caliphate">caliphate</a>.');
  });

  it('keeps the text around a link intact, including emphasis', () => {
    const { html } = render('Before *the ISIS years* after.');
    expect(html).toContain('<em>the <a href="/site/glossary/#isis" class="glossary-link" aria-describedby="glossary-card-isis">ISIS</a> years</em> after.');
  });

  it('links several terms inside one text node', () => {
    const { links } = render('ISIS held the caliphate in the Badia.');
    expect(links).toEqual(['ISIS → /site/glossary/#isis', 'caliphate → /site/glossary/#caliphate', 'Badia → /site/glossary/#badia']);
  });

  it('names each term’s preview card as the link’s description', () => {
    const { html } = render('The caliphate fell.');
    expect(html).toContain('<a href="/site/glossary/#caliphate" class="glossary-link" aria-describedby="glossary-card-caliphate">caliphate</a>');
  });

  it('records the linked terms for the glossary page', () => {
    const { data } = render('The Badia and the caliphate.');
    expect(data.astro?.frontmatter?.glossaryTerms).toEqual(['badia', 'caliphate']);
  });

  it('leaves documents outside content/briefings alone', () => {
    const { links } = render('The caliphate.', join(ROOT, 'content/glossary/x.md'));
    expect(links).toEqual([]);
  });
});
