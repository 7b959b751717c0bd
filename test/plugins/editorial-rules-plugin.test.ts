import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITORIAL } from '../../src/config.ts';
import { formatWarning, type Problem } from '../../src/lib/problems.ts';
import { renderMarkdown } from '../helpers/markdown-pipeline.ts';
import { sourceLibraryOf } from '../helpers/source-library.ts';

/**
 * The editorial rules and the draft rule through the site's pipeline: a briefing breaking a
 * rule fails with one message per rule; a draft or a briefing dated after the build is checked
 * the same and only warned about, its problems recorded for its page. The rules are the site's
 * (EDITORIAL) with the length scaled down so the examples stay short.
 */
const ROOT = join(import.meta.dirname, '../..');
const library = sourceLibraryOf(join(ROOT, 'test/fixtures/citations/sources'));
const S = 'shafaq-iraq-resurgence-2025';
const N = 'nyt-costa-clarke-2024';
const rules = { ...EDITORIAL, words: { min: 20, max: 200 }, uncitedParagraphWords: 12 };
const frontmatter = { keyTakeaways: [`One [@${S}, ¶3].`, `Two [@${N}, ¶3].`, `Three [@${S}, ¶4].`], published: '2025-11-20', sources: [S, N] };
const GOOD = [
  `The embassy voiced "deep concern" this week [@${S}, ¶3]. Losing the caliphate is not the same as beating it [@${N}, ¶3].`,
  '',
  '<Analysis>',
  'Our own reading goes here and may run on for as long as it needs to without a single citation in it at all.',
  '</Analysis>',
  '',
  '## What to watch',
  '',
  `Whether the embassy's "deep concern" turns into policy [@${S}, ¶3].`,
].join('\n');

async function render(body: string, options: { front?: Record<string, unknown>; path?: string } = {}) {
  const warnings: string[] = [];
  const result = await renderMarkdown(body, {
    path: options.path ?? join(ROOT, 'content/briefings/rules-case.mdx'),
    frontmatter: { ...frontmatter, ...options.front },
    library: () => library,
    terms: () => [],
    base: '/',
    editorial: rules,
    now: () => new Date('2026-01-01T23:59:59Z'),
    warn: (problem) => warnings.push(formatWarning(problem)),
  });
  return { ...result, warnings };
}
const failure = (body: string, options?: Parameters<typeof render>[1]) =>
  render(body, options).then(
    () => 'no error',
    (error: unknown) => (error as Error).message,
  );

describe('the editorial rules in the build', () => {
  it('pass a briefing that keeps them, analysis in <Analysis> uncited', async () => {
    expect((await render(GOOD)).warnings).toEqual([]);
  });

  it('fail a long paragraph that cites nothing, at its line', async () => {
    const message = await failure(`${GOOD}\n\nThis long paragraph makes a claim of its own and gives no source for it at all.`);
    expect(message).toMatch(/^1 editorial problem:/u);
    expect(message).toContain('content/briefings/rules-case.mdx:11:1: a paragraph of 12 words or more cites nothing (line 11)');
  });

  it('fail a citation without a locator unless it follows the quotation it verifies', async () => {
    expect(await failure(`${GOOD}\n\nA claim [@${S}].`)).toContain(`rules-case.mdx:11:9: a citation names no paragraph and follows no quotation: [@${S}] (line 11)`);
    expect((await render(`${GOOD}\n\nThey spoke of "deep concern" [@${S}].`)).warnings).toEqual([]);
  });

  it('fail a briefing without "What to watch", with too few takeaways or sources, and report them with its citation problems', async () => {
    const message = await failure(`The embassy voiced "deep concern" this week [@${S}, ¶3] and a few more words to pass the length rule of twenty words [@nope, ¶2].`, { front: { keyTakeaways: [`One [@${S}, ¶3].`] } });
    expect(message).toMatch(/^4 problems:/u);
    expect(message).toContain('unknown source "@nope"');
    expect(message).toContain('1 key takeaway; a briefing lists 3 to 5');
    expect(message).toContain(`cites 1 source (${S}); a briefing cites at least 2`);
    expect(message).toContain('has no "What to watch" section');
  });

  it('fail key takeaways that cite nothing', async () => {
    expect(await failure(GOOD, { front: { keyTakeaways: [`One [@${S}, ¶3].`, 'Two.', 'Three.'] } })).toContain('key takeaways 2 and 3 cite nothing; every takeaway cites the paragraphs it rests on');
  });

  it('leave glossary and people entries to the citation rules alone', async () => {
    expect(await failure('A definition [@shafaq-iraq-resurgence-2025].', { path: join(ROOT, 'content/glossary/term.md') })).toBe('no error');
  });
});

describe('drafts and briefings dated after the build', () => {
  const broken = `${GOOD}\n\nA claim [@nope, ¶2].\n\nAn uncited long paragraph that goes on for a while without any source.`;

  it('are checked like any briefing, warned about as drafts, never failed', async () => {
    const { warnings, frontmatter: recorded } = await render(broken, { front: { draft: true } });
    expect(warnings).toEqual([
      'content/briefings/rules-case.mdx:11:9: warning: in a draft (not published): unknown source "@nope".\n  known sources, closest first: nyt-costa-clarke-2024, shafaq-iraq-resurgence-2025\n  hint: cite a file of content/sources/ by its name without ".md", or ingest the article first (npm run ingest).',
      'content/briefings/rules-case.mdx:13:1: warning: in a draft (not published): a paragraph of 12 words or more cites nothing (line 13) (EDITORIAL in src/config.ts).\n  hint: cite the source of each paragraph\'s facts, or put what is our own reading inside <Analysis>…</Analysis>.',
    ]);
    expect((recorded.draftProblems as Problem[]).map((problem) => problem.line)).toEqual([11, 13]);
  });

  it('name the date of a briefing published after the build', async () => {
    const { warnings } = await render(broken, { front: { published: '2027-03-01' } });
    expect(warnings[0]).toContain('warning: in a briefing dated 2027-03-01, after the build date (not published): unknown source "@nope"');
  });

  it('fail as soon as they are published', async () => {
    expect(await failure(broken, { front: { published: '2025-12-31' } })).toMatch(/^2 problems:/u);
  });
});
