import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations } from '../../src/lib/citations/citation-record.ts';
import { formatWarning } from '../../src/lib/problems.ts';
import { normalizeHtml, renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * Each folder of test/fixtures/citations/ is a case: input.mdx, optionally listed.json (the
 * frontmatter `sources`), and what must come out: output.html, expected-error.txt (the exact
 * build error) or expected-warnings.txt (the exact warnings). Every case runs through the site's
 * processor, Sätteri, with the site's plugins (test/helpers/markdown-pipeline.ts). The
 * output.html files were written by the unified() pipeline before the move to Sätteri; the two
 * agree after normalizeHtml (attribute order, class order, whitespace between blocks).
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/citations');
const SOURCES = join(FIXTURES, 'sources');
const library = sourceLibraryOf(SOURCES);
const cases = readdirSync(FIXTURES).filter((name) => name !== 'sources' && existsSync(join(FIXTURES, name, 'input.mdx')));

async function run(name: string, options: { sidenotes?: boolean } = {}) {
  const directory = join(FIXTURES, name);
  const path = join(directory, 'input.mdx');
  const listed = join(directory, 'listed.json');
  const frontmatter = existsSync(listed) ? { sources: JSON.parse(readFileSync(listed, 'utf8')) as unknown } : {};
  const warnings: string[] = [];
  const rendered = await renderMarkdown(readFileSync(path, 'utf8'), {
    path: options.sidenotes ? join(process.cwd(), 'content/briefings', `${name}.mdx`) : path,
    frontmatter,
    library: () => library,
    terms: () => [],
    base: '/',
    warn: (problem) => warnings.push(formatWarning(problem)),
  });
  return { ...rendered, warnings, relativePath: relative(process.cwd(), path) };
}

describe('citations plugin fixtures', () => {
  it('has a case for every kind of outcome', () => {
    expect(cases.filter((name) => name.startsWith('ok-')).length).toBeGreaterThanOrEqual(4);
    expect(cases.filter((name) => name.startsWith('err-')).length).toBeGreaterThanOrEqual(5);
  });

  for (const name of cases) {
    const directory = join(FIXTURES, name);
    const expectedError = join(directory, 'expected-error.txt');
    const expectedWarnings = join(directory, 'expected-warnings.txt');
    it(name, async () => {
      if (existsSync(expectedError)) {
        const outcome = await run(name).then(
          () => 'built without error',
          (error: Error) => error.message,
        );
        expect(outcome).toBe(readFileSync(expectedError, 'utf8').trimEnd());
        return;
      }
      const { html, warnings } = await run(name);
      if (existsSync(expectedWarnings)) expect(warnings.join('\n')).toBe(readFileSync(expectedWarnings, 'utf8').trimEnd());
      else expect(warnings).toEqual([]);
      expect(normalizeHtml(html)).toBe(normalizeHtml(readFileSync(join(directory, 'output.html'), 'utf8')));
    });
  }
});

describe('citations plugin behaviour', () => {
  it('links a quotation without a locator to the paragraph where it was found', async () => {
    const { html } = await run('ok-quote-finds-paragraph');
    expect(html).toContain('href="/sources/shafaq-iraq-resurgence-2025/#p-3"');
    expect(html).toContain('href="/sources/nyt-costa-clarke-2024/#p-3"');
  });

  it('names a run of paragraphs of one source once: [Shafaq ¶5, ¶6]', async () => {
    const { html } = await run('ok-several-of-one-source');
    expect(html).toMatch(/\[<a [^>]*>Shafaq ¶5<\/a>, <a [^>]*>¶6<\/a>; <a [^>]*>NYT ¶2<\/a>\]/u);
    expect(html).toContain('aria-label="¶6: Shafaq News, paragraph 6"');
  });

  it('lists sources in order of first citation, by their site-wide label', async () => {
    const { frontmatter } = await run('ok-several-and-prefix');
    const citations = frontmatter.citations as BriefingCitations;
    expect(citations.sources).toEqual([
      { slug: 'nyt-costa-clarke-2024', label: 'NYT', paragraphs: [5] },
      { slug: 'shafaq-iraq-resurgence-2025', label: 'Shafaq', paragraphs: [1, 12] },
    ]);
    expect(citations.links.map((link) => link.id)).toEqual(['cite-1', 'cite-2', 'cite-3']);
  });

  it('keeps the prefix and suffix text of a citation', async () => {
    const { html } = await run('ok-several-and-prefix');
    expect(html).toMatch(/\[see <a [^>]*>NYT ¶5<\/a>; <a [^>]*>Shafaq ¶12<\/a>, on tactics\]/u);
  });

  it('gives every link an accessible name and a description pointing at its card', async () => {
    const { html } = await run('ok-locator');
    expect(html).toContain('aria-label="Shafaq ¶16: Shafaq News, paragraph 16"');
    expect(html).toContain('aria-describedby="cite-card-1"');
  });

  it('writes a glimpse of each cited passage beside its marker, for the margin, hidden from assistive technology and search', async () => {
    const { html } = await run('ok-several-and-prefix', { sidenotes: true });
    expect(html).toMatch(/<\/span><span class="sidenote" aria-hidden="true" data-pagefind-ignore="all">/u);
    expect(html).toMatch(/<span class="sidenote-item"><span class="sidenote-label">NYT ¶5<\/span> [^<]{20,}<\/span>/u);
    expect(html).toMatch(/<span class="sidenote-item"><span class="sidenote-label">Shafaq ¶12<\/span> [^<]{20,}<\/span>/u);
    // Once per passage: a second citation of it adds no second glimpse.
    const twice = await renderMarkdown('One [@shafaq-iraq-resurgence-2025, ¶5].\n\nTwo [@shafaq-iraq-resurgence-2025, ¶5; @shafaq-iraq-resurgence-2025, ¶6].', {
      path: join(process.cwd(), 'content/briefings/twice.md'),
      library: () => library,
      terms: () => [],
      base: '/',
      warn: () => {},
    });
    const labels = [...twice.html.matchAll(/<span class="sidenote-label">([^<]*)<\/span>/gu)].map((match) => match[1]);
    expect(labels).toEqual(['Shafaq ¶5', 'Shafaq ¶6']);
    // Not in documents that have no margin (outside content/briefings/), nor in key takeaways.
    expect((await run('ok-several-and-prefix')).html).not.toContain('sidenote');
  });

  it('keeps its state per document', async () => {
    await run('ok-several-and-prefix');
    const { html } = await run('ok-locator');
    expect(html).toContain('id="cite-1"');
    expect(html).not.toContain('id="cite-2"');
  });
});
