import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations } from '../../src/lib/citations/citation-record.ts';
import { createSourceLibrary } from '../../src/lib/citations/source-library.ts';
import { formatWarning } from '../../src/lib/problems.ts';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';

/**
 * Citations of a source whose text changed, through the site's pipeline: a citation pinned to a
 * kept version (`[@s@v1, ¶2]`) resolves against that text and links to its page; an unpinned
 * one of a source awaiting re-anchoring is followed from the text it was written against: moved,
 * it links to its new paragraph with a warning at its place; changed, it fails with the old and
 * new passage.
 */
const facts = { title: 'T', publisher: 'The Paper', authors: [], published: '2024', datePrecision: 'year' as const, url: null, rights: 'full-text' as const, citeAs: 'Paper' };
const paragraphs = (...texts: string[]) => texts.map((text) => ({ role: 'paragraph' as const, lines: [text] }));
const V1 = paragraphs('The group lost its territory.', 'Officials voiced deep concern.', 'The danger is real.');
const V2 = paragraphs('An editor’s note opens the new text.', 'The group lost its territory.', 'Officials voiced deep concern.', 'The danger is not real.');
const library = createSourceLibrary([{ slug: 's', facts, blocks: V2, previous: [{ facts, blocks: V1 }], reanchorFrom: 1 }]);

async function render(body: string) {
  const directory = mkdtempSync(join(tmpdir(), 'versions-'));
  mkdirSync(join(directory, 'content/briefings'), { recursive: true });
  const path = join(directory, 'content/briefings/case.mdx');
  writeFileSync(path, `${body}\n`);
  const warnings: string[] = [];
  const result = await renderMarkdown(`${body}\n`, { path, library: () => library, terms: () => [], base: '/', warn: (problem) => warnings.push(formatWarning(problem)) });
  return { ...result, warnings, citations: result.frontmatter.citations as BriefingCitations };
}

describe('citations of a source with versions', () => {
  it('resolve a pin to a kept version against that text, link to its page and record the version', async () => {
    const { html, citations, warnings } = await render('It said “the danger is real” [@s@v1, ¶3].');
    expect(warnings).toEqual([]);
    expect(html).toContain('href="/sources/s/v/1/#p-3"');
    expect(html).toContain('>Paper ¶3</a>');
    expect(citations.links[0]).toMatchObject({ slug: 's', version: 1, anchor: 'p-3', paragraph: 3 });
    expect(citations.cards[0]).toMatchObject({ slug: 's', version: 1, anchor: 'p-3' });
  });

  it('give a pin to the current text the current page and no version', async () => {
    const { html, citations, warnings } = await render('An editor’s note [@s@v2, ¶1].');
    expect(warnings).toEqual([]);
    expect(html).toContain('href="/sources/s/#p-1"');
    expect(citations.links[0]?.version).toBeUndefined();
  });

  it('follow a moved citation to its new paragraph, with a warning at its place', async () => {
    const { html, warnings } = await render('First line.\n\nOfficials voiced “deep concern” [@s, ¶2]. A range [@s, ¶1–2].');
    expect(html).toContain('href="/sources/s/#p-3"');
    expect(html).toContain('>Paper ¶3</a>');
    expect(html).toContain('>Paper ¶2–3</a>');
    expect(warnings).toEqual([
      expect.stringMatching(/content\/briefings\/case\.mdx:3:33: warning: "s" ¶2 moved to ¶3 in the source's new text \(v2; the citation was written against v1\)/u),
      expect.stringMatching(/content\/briefings\/case\.mdx:3:51: warning: "s" ¶1–2 moved to ¶2–3 in the source's new text/u),
    ]);
  });

  it('fail on a citation whose words changed, showing the old and the new passage', async () => {
    const message = await render('The danger [@s, ¶3].').then(
      () => 'no error',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toContain('content/briefings/case.mdx:1:12: the passage cited as "s" ¶3 changed in the source\'s new text (v2; the citation was written against v1):');
    expect(message).toContain('was (v1 ¶3): “The danger is real.”');
    expect(message).toContain('now (v2 ¶4): “The danger is not real.”');
    expect(message).toContain('[@s@v1, ¶3]');
  });
});
