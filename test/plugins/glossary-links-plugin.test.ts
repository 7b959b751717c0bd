import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { glossaryTermsOf, sourceLibraryOf } from '../helpers/source-library.ts';

const ROOT = join(import.meta.dirname, '../..');
const GLOSSARY = join(ROOT, 'test/fixtures/glossary');
const library = sourceLibraryOf(join(ROOT, 'content/sources'));
const terms = glossaryTermsOf(GLOSSARY);

/** Through the site's pipeline (citations first, then glossary links), as a Markdown briefing. */
async function render(markdown: string, path = join(ROOT, 'content/briefings/example.md')) {
  const { html, frontmatter } = await renderMarkdown(markdown, { path, library: () => library, terms: () => terms, base: '/site/', warn: () => {} });
  const links = [...html.matchAll(/<a href="([^"]+)" class="glossary-link"[^>]*>([^<]*)<\/a>/gu)].map((match) => `${match[2]} → ${match[1]}`);
  return { html, links, frontmatter };
}

describe('glossary links plugin', () => {
  it('links the first use of each term in the document, under the base path', async () => {
    const { links } = await render('The caliphate fell.\n\nThe caliphate again, and the Syrian Badia, then the Badia.');
    expect(links).toEqual(['caliphate → /site/glossary/#caliphate', 'Syrian Badia → /site/glossary/#badia']);
  });

  it('does not link inside headings, quotations, links or citations', async () => {
    const { links } = await render(
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

  it('does not link inside the margin’s glimpses of cited passages: the first use in the prose gets the link', async () => {
    const { html, links } = await render('They lost the territory [@nyt-costa-clarke-2024, ¶3].\n\nOnly here: the caliphate.');
    const sidenote = /<span class="sidenote"[^>]*>(.*?)<\/span><\/span>/su.exec(html)?.[1] ?? '';
    expect(sidenote).toMatch(/caliphate/u);
    expect(sidenote).not.toContain('glossary-link');
    expect(links).toEqual(['caliphate → /site/glossary/#caliphate']);
    expect(html).toContain('Only here: the <a href="/site/glossary/#caliphate" class="glossary-link" aria-describedby="glossary-card-caliphate">caliphate</a>.');
  });

  it('keeps the text around a link intact, including emphasis', async () => {
    const { html } = await render('Before *the ISIS years* after.');
    expect(html).toContain('<em>the <a href="/site/glossary/#isis" class="glossary-link" aria-describedby="glossary-card-isis">ISIS</a> years</em> after.');
  });

  it('links several terms inside one text node', async () => {
    const { links } = await render('ISIS held the caliphate in the Badia.');
    expect(links).toEqual(['ISIS → /site/glossary/#isis', 'caliphate → /site/glossary/#caliphate', 'Badia → /site/glossary/#badia']);
  });

  it('records the linked terms for the glossary page', async () => {
    const { frontmatter } = await render('The Badia and the caliphate.');
    expect(frontmatter.glossaryTerms).toEqual(['badia', 'caliphate']);
  });

  it('leaves documents outside content/briefings alone', async () => {
    const { links } = await render('The caliphate.', join(ROOT, 'content/glossary/x.md'));
    expect(links).toEqual([]);
  });
});
