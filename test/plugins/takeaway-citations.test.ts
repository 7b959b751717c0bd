import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations, RenderedTakeaway } from '../../src/lib/citations/citation-record.ts';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * Key takeaways carry citations in the body's syntax: the citations plugin verifies them with the
 * same resolver and errors as the body, numbers them first (the page shows them first), gives
 * their links preview cards, and records each as HTML and as plain text. A problem is placed at
 * the takeaway's line and column in the frontmatter.
 */
const ROOT = join(import.meta.dirname, '../..');
const library = sourceLibraryOf(join(ROOT, 'test/fixtures/citations/sources'));
const S = 'shafaq-iraq-resurgence-2025';

/** A briefing written to a real file, as Astro gives plugins its path. */
async function render(takeaways: string[], body = `A claim [@${S}, ¶3].`) {
  const directory = mkdtempSync(join(tmpdir(), 'takeaways-'));
  const path = join(directory, 'content/briefings/case.mdx');
  const yaml = takeaways.map((takeaway) => `  - ${JSON.stringify(takeaway)}`).join('\n');
  const frontmatterText = `---\ntitle: "T"\nkeyTakeaways:\n${yaml}\n---\n`;
  const { mkdirSync } = await import('node:fs');
  mkdirSync(join(directory, 'content/briefings'), { recursive: true });
  writeFileSync(path, `${frontmatterText}${body}\n`);
  const content = `${frontmatterText.replace(/[^\n]/gu, ' ')}${body}\n`;
  const result = await renderMarkdown(content, { path, frontmatter: { keyTakeaways: takeaways }, library: () => library, terms: () => [], base: '/', warn: () => {} });
  return { ...result, takeaways: result.frontmatter.takeaways as RenderedTakeaway[], citations: result.frontmatter.citations as BriefingCitations };
}

describe('key takeaways with citations', () => {
  it('are rendered with their citations as links, numbered before the body’s', async () => {
    const { takeaways, citations, html } = await render([`The embassy voiced *deep concern* [@${S}, ¶3].`, `@${S} [¶4] reports "a regional power threat."`]);
    expect(takeaways[0]?.html).toBe(
      `The embassy voiced <em>deep concern</em><span data-pagefind-ignore=""> <span class="citation" data-pagefind-ignore="">[<a href="/sources/${S}/#p-3" id="cite-1" class="cite-link" aria-label="Shafaq ¶3: Shafaq News, paragraph 3" aria-describedby="cite-card-1">Shafaq ¶3</a>]</span></span>.`,
    );
    expect(takeaways[1]?.html).toContain('Shafaq News<span data-pagefind-ignore=""> <span class="citation"');
    // The body's citation of the same paragraph shares the first takeaway's card.
    expect(html).toContain('id="cite-3" class="cite-link" aria-label="Shafaq ¶3: Shafaq News, paragraph 3" aria-describedby="cite-card-1"');
    expect(citations.cards.map((card) => card.id)).toEqual(['cite-card-1', 'cite-card-2']);
    expect(citations.cards[1]).toMatchObject({ anchor: 'p-4', highlight: expect.any(Object) });
  });

  it('are recorded as plain text, markers out and names in, and with how many citations each carries', async () => {
    const { takeaways } = await render([`The embassy voiced *deep concern* [@${S}, ¶3].`, `@${S} [¶4] says so.`, 'No citation here.']);
    expect(takeaways.map((takeaway) => takeaway.text)).toEqual(['The embassy voiced deep concern.', 'Shafaq News says so.', 'No citation here.']);
    expect(takeaways.map((takeaway) => takeaway.citations)).toEqual([1, 1, 0]);
  });

  it('fail on a misquotation or an unknown source, at the takeaway’s line and column', async () => {
    const message = await render(['First.', `The embassy voiced "grave concern" [@${S}, ¶3].`, 'Third [@nope, ¶1].']).then(
      () => 'no error',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toMatch(/^2 citation problems:/u);
    expect(message).toMatch(/content\/briefings\/case\.mdx:5:25: quotation not found in "shafaq-iraq-resurgence-2025" ¶3:\n +“grave concern”/u);
    expect(message).toContain('content/briefings/case.mdx:6:12: unknown source "@nope"');
  });
});
