import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations } from '../../src/lib/citations/citation-record.ts';
import { formatWarning } from '../../src/lib/problems.ts';
import { remarkCitations } from '../../src/plugins/remark-citations.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * Each folder of test/fixtures/citations/ is a case: input.mdx, optionally listed.json (the
 * frontmatter `sources`), and what must come out: output.html (a file snapshot),
 * expected-error.txt (the exact build error) or expected-warnings.txt (the exact warnings).
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/citations');
const SOURCES = join(FIXTURES, 'sources');
const library = sourceLibraryOf(SOURCES);
const cases = readdirSync(FIXTURES).filter((name) => name !== 'sources' && existsSync(join(FIXTURES, name, 'input.mdx')));

/** MDX nodes have no HTML form: show a JSX element as <div data-jsx="Name"> around its children, drop imports. */
function showMdxNodes() {
  return (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const mdx = node as unknown as { type: string; name?: string; children?: ElementContent[] };
      if (mdx.type === 'mdxjsEsm') {
        parent.children.splice(index, 1);
        return index;
      }
      if (mdx.type === 'mdxJsxFlowElement' || mdx.type === 'mdxJsxTextElement') {
        const element: Element = { type: 'element', tagName: 'div', properties: { dataJsx: mdx.name ?? '' }, children: mdx.children ?? [] };
        parent.children[index] = element;
      }
      return undefined;
    });
  };
}

async function run(name: string, options: { sidenotes?: boolean } = {}) {
  const directory = join(FIXTURES, name);
  const path = join(directory, 'input.mdx');
  const file = new VFile({ path, value: readFileSync(path, 'utf8'), cwd: process.cwd() });
  const listed = join(directory, 'listed.json');
  if (existsSync(listed)) file.data = { astro: { frontmatter: { sources: JSON.parse(readFileSync(listed, 'utf8')) } } };
  const warnings: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkCitations, { library: () => library, base: '/', warn: (problem) => warnings.push(formatWarning(problem)), ...(options.sidenotes ? { sidenotes: () => true } : {}) })
    .use(remarkRehype, { passThrough: ['mdxjsEsm', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression'] })
    .use(showMdxNodes)
    .use(rehypeStringify);
  const tree = processor.parse(file);
  const transformed = await processor.run(tree, file);
  const html = processor.stringify(transformed as never, file);
  return { html: String(html), warnings, file, relativePath: relative(process.cwd(), path) };
}

describe('remark-citations fixtures', () => {
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
      await expect(html).toMatchFileSnapshot(join(directory, 'output.html'));
    });
  }
});

describe('remark-citations behaviour', () => {
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
    const { file } = await run('ok-several-and-prefix');
    const citations = (file.data as { astro: { frontmatter: { citations: BriefingCitations } } }).astro.frontmatter.citations;
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
    const notes = [...html.matchAll(/<span class="sidenote"[^>]*>(.*?)<\/span><\/span>(?=[^<]*(?:<|$))/gsu)];
    expect(html).toMatch(/<\/span><span class="sidenote" aria-hidden="true" data-pagefind-ignore="all">/u);
    expect(notes.length).toBeGreaterThan(0);
    expect(html).toMatch(/<span class="sidenote-item"><span class="sidenote-label">NYT ¶5<\/span> [^<]{20,}<\/span>/u);
    expect(html).toMatch(/<span class="sidenote-item"><span class="sidenote-label">Shafaq ¶12<\/span> [^<]{20,}<\/span>/u);
    // Once per passage: a second citation of it adds no second glimpse.
    const twice = await unified()
      .use(remarkParse)
      .use(remarkCitations, { library: () => library, base: '/', warn: () => {}, sidenotes: () => true })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(new VFile({ path: join(FIXTURES, 'twice.md'), value: 'One [@shafaq-iraq-resurgence-2025, ¶5].\n\nTwo [@shafaq-iraq-resurgence-2025, ¶5; @shafaq-iraq-resurgence-2025, ¶6].' }));
    const labels = [...String(twice).matchAll(/<span class="sidenote-label">([^<]*)<\/span>/gu)].map((match) => match[1]);
    expect(labels).toEqual(['Shafaq ¶5', 'Shafaq ¶6']);
    // Not in documents that have no margin.
    expect((await run('ok-several-and-prefix')).html).not.toContain('sidenote');
  });

  it('keeps its state per document', async () => {
    await run('ok-several-and-prefix');
    const { html } = await run('ok-locator');
    expect(html).toContain('id="cite-1"');
    expect(html).not.toContain('id="cite-2"');
  });
});
