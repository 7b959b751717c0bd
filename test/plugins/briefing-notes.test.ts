import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BriefingCitations, RenderedNotes } from '../../src/lib/citations/citation-record.ts';
import { createSourceLibrary } from '../../src/lib/citations/source-library.ts';
import { formatWarning } from '../../src/lib/problems.ts';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * A briefing's corrections (`now`) and updates (`text`) are rendered by the citations plugin as it
 * renders the briefing: verified like the body, with citation links and cards of their own (ids
 * carrying the briefing's name, as /corrections/ shows every briefing's notes on one page), and
 * problems placed at their line and column in the frontmatter. A correction must cite.
 */
const ROOT = join(import.meta.dirname, '../..');
const fixtures = sourceLibraryOf(join(ROOT, 'test/fixtures/citations/sources'));
const S = 'shafaq-iraq-resurgence-2025';

interface Note {
  now?: string;
  text?: string;
}

/** A briefing written to a real file, as Astro gives plugins its path and frontmatter. */
async function render(corrections: Note[], updates: Note[] = [], options: { library?: typeof fixtures; draft?: boolean } = {}) {
  const directory = mkdtempSync(join(tmpdir(), 'notes-'));
  mkdirSync(join(directory, 'content/briefings'), { recursive: true });
  const path = join(directory, 'content/briefings/the-case.mdx');
  const list = (name: string, notes: Note[]) =>
    notes.length === 0 ? '' : `${name}:\n${notes.map((note) => `  - date: "2026-11-30"\n${note.now !== undefined ? `    wrong: "It was wrong."\n    now: ${JSON.stringify(note.now)}` : `    text: ${JSON.stringify(note.text)}`}`).join('\n')}\n`;
  const head = `---\ntitle: "T"\npublished: "2025-11-20"\n${options.draft ? 'draft: true\n' : ''}${list('corrections', corrections)}${list('updates', updates)}---\n`;
  const body = `A claim [@${S}, ¶3].`;
  writeFileSync(path, `${head}${body}\n`);
  const warnings: string[] = [];
  const frontmatter = { published: '2025-11-20', ...(options.draft ? { draft: true } : {}), corrections: corrections.map((note) => ({ date: '2026-11-30', wrong: 'It was wrong.', ...note })), updates: updates.map((note) => ({ date: '2026-11-30', ...note })) };
  const result = await renderMarkdown(`${head.replace(/[^\n]/gu, ' ')}${body}\n`, {
    path,
    frontmatter,
    library: () => options.library ?? fixtures,
    terms: () => [],
    base: '/',
    warn: (problem) => warnings.push(formatWarning(problem)),
  });
  return { ...result, warnings, notes: result.frontmatter.notes as RenderedNotes, citations: result.frontmatter.citations as BriefingCitations };
}

async function failure(...args: Parameters<typeof render>): Promise<string> {
  return render(...args).then(
    () => 'no error',
    (error: unknown) => (error as Error).message,
  );
}

describe('corrections and updates', () => {
  it('are rendered as paragraphs with their citations as links, each list recorded apart from the body', async () => {
    const { notes, citations } = await render([{ now: `It now says they voiced “deep concern” [@${S}, ¶3].` }, { now: `And [@${S}, ¶3].` }], [{ text: `Added [@${S}, ¶4].` }]);
    expect(notes.corrections.notes).toHaveLength(2);
    expect(notes.corrections.notes[0]?.html).toMatch(/^<p>It now says they voiced “deep concern”<span data-pagefind-ignore=""> <span class="citation" data-pagefind-ignore="">\[<a href="\/sources\/shafaq-iraq-resurgence-2025\/#p-3" id="the-case-corrections-cite-1" class="cite-link" [^>]*aria-describedby="the-case-corrections-cite-card-1">Shafaq ¶3<\/a>\]<\/span><\/span>\.<\/p>$/u);
    expect(notes.corrections.citations.links.map((link) => link.id)).toEqual(['the-case-corrections-cite-1', 'the-case-corrections-cite-2']);
    expect(notes.corrections.citations.cards.map((card) => card.id)).toEqual(['the-case-corrections-cite-card-1', 'the-case-corrections-cite-card-2']);
    expect(notes.corrections.citations.sources).toEqual([{ slug: S, label: 'Shafaq', paragraphs: [3] }]);
    expect(notes.updates.notes[0]?.html).toContain('id="the-case-updates-cite-1"');
    expect(notes.updates.citations.sources).toEqual([{ slug: S, label: 'Shafaq', paragraphs: [4] }]);
    // The body's own record starts at cite-1, without the notes'.
    expect(citations.links.map((link) => link.id)).toEqual(['cite-1']);
  });

  it('give no margin glimpses inside a note', async () => {
    const { notes } = await render([{ now: `It now says so [@${S}, ¶3].` }]);
    expect(notes.corrections.notes[0]?.html).not.toContain('sidenote');
  });

  it('fail on a correction that cites nothing, at its line and column in the frontmatter', async () => {
    const message = await failure([{ now: 'It now says something else.' }]);
    expect(message).toMatch(/^1 citation problem:/u);
    expect(message).toContain('content/briefings/the-case.mdx:7:11: a correction must cite the passage it rests on, like any claim; this one cites nothing.');
  });

  it('fail on a misquotation in a correction, at the quotation’s place in the frontmatter', async () => {
    const message = await failure([{ now: `They voiced “grave concern” [@${S}, ¶3].` }]);
    expect(message).toContain(`content/briefings/the-case.mdx:7:23: quotation not found in "${S}" ¶3:`);
  });

  it('report an update’s problems too, but an update need not cite', async () => {
    expect((await render([], [{ text: 'A paragraph was added on the Sahel.' }])).notes.updates.notes).toHaveLength(1);
    expect(await failure([], [{ text: 'Added [@nope, ¶1].' }])).toContain('content/briefings/the-case.mdx:6:18: unknown source "@nope"');
  });

  it('warn, as a draft, instead of failing', async () => {
    const { warnings } = await render([{ now: 'It now cites nothing.' }], [], { draft: true });
    expect(warnings).toEqual([expect.stringContaining('content/briefings/the-case.mdx:8:11: warning: in a draft (not published): a correction must cite the passage it rests on')]);
  });

  it('place a moved citation’s warning at its line in the frontmatter', async () => {
    const facts = { title: 'T', publisher: 'Shafaq News', authors: [], published: '2025', datePrecision: 'year' as const, url: null, rights: 'full-text' as const, citeAs: 'Shafaq' };
    const v1 = fixtures.get(S)!.paragraphs.map((passage) => ({ role: 'paragraph' as const, lines: [passage.text] }));
    const moved = createSourceLibrary([{ slug: S, facts, blocks: [{ role: 'paragraph', lines: ['An editor’s note.'] }, ...v1], previous: [{ facts, blocks: v1 }], reanchorFrom: 1 }]);
    const { warnings, notes } = await render([{ now: `It now says they voiced “deep concern” [@${S}, ¶3].` }], [], { library: moved });
    expect(notes.corrections.notes[0]?.html).toContain(`href="/sources/${S}/#p-4"`);
    expect(warnings).toContainEqual(expect.stringMatching(new RegExp(`content/briefings/the-case\\.mdx:7:50: warning: "${S}" ¶3 moved to ¶4 in the source's new text`, 'u')));
  });
});
