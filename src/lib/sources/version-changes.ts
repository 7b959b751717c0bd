import { blockDiff, wordDiff, type BlockChange, type DiffPart } from '../history/word-diff.ts';
import { alignParagraphs } from './align-versions.ts';
import type { SourceBlock } from './types.ts';

/** What happened to the paragraphs of a source from one version to the next, in the newer text's order. */
export type ParagraphChange =
  /** A run of paragraphs with the same words and numbers. */
  | { kind: 'unchanged'; count: number; first: number }
  /** The same words at another number: alone (`same`), inside a longer paragraph (`within`) or over several (`split`). */
  | { kind: 'moved'; from: number; to: number[]; how: 'same' | 'within' | 'split' }
  | { kind: 'changed'; from: number; to: number; parts: DiffPart[] }
  | { kind: 'removed'; from: number; text: string }
  | { kind: 'added'; to: number; text: string };

export interface VersionChanges {
  paragraphs: ParagraphChange[];
  /** Changes to the rest of the text (headings, bylines, notes), block by block. */
  other: BlockChange[];
  /** Counts for the summary line. */
  counts: { unchanged: number; moved: number; changed: number; removed: number; added: number };
}

const paragraphsOf = (blocks: readonly SourceBlock[]) => blocks.filter((block) => block.role === 'paragraph').map((block) => block.lines.join(' '));
const othersOf = (blocks: readonly SourceBlock[]) => blocks.filter((block) => block.role !== 'paragraph').map((block) => ({ section: block.role, text: block.lines.join('\n') }));

/**
 * The difference between two versions of a source, paragraph by paragraph through the same
 * alignment that re-anchors citations (align-versions.ts), so the page and the build's report
 * agree on what moved, changed or went.
 */
export function versionChanges(before: readonly SourceBlock[], after: readonly SourceBlock[]): VersionChanges {
  const old = paragraphsOf(before);
  const now = paragraphsOf(after);
  const { fates, added } = alignParagraphs(old, now);
  const keyed: { key: number; change: ParagraphChange }[] = [];
  let lastTo = 0;
  fates.forEach((fate, index) => {
    const from = index + 1;
    if (fate.kind === 'gone') {
      keyed.push({ key: lastTo + 0.5, change: { kind: 'removed', from, text: old[index] ?? '' } });
      return;
    }
    const to = fate.kind === 'split' ? fate.to : [fate.to];
    lastTo = to[to.length - 1] ?? lastTo;
    if (fate.kind === 'changed') keyed.push({ key: fate.to, change: { kind: 'changed', from, to: fate.to, parts: wordDiff(old[index] ?? '', now[fate.to - 1] ?? '') } });
    else if (fate.kind === 'same' && fate.to === from) keyed.push({ key: from, change: { kind: 'unchanged', count: 1, first: from } });
    else keyed.push({ key: to[0] ?? from, change: { kind: 'moved', from, to, how: fate.kind } });
  });
  for (const to of added) keyed.push({ key: to, change: { kind: 'added', to, text: now[to - 1] ?? '' } });
  keyed.sort((a, b) => a.key - b.key);
  const paragraphs: ParagraphChange[] = [];
  for (const { change } of keyed) {
    const last = paragraphs[paragraphs.length - 1];
    if (change.kind === 'unchanged' && last?.kind === 'unchanged' && last.first + last.count === change.first) last.count += 1;
    else paragraphs.push(change);
  }
  const count = (kind: ParagraphChange['kind']) => paragraphs.filter((change) => change.kind === kind).reduce((sum, change) => sum + (change.kind === 'unchanged' ? change.count : 1), 0);
  return {
    paragraphs,
    other: blockDiff(othersOf(before), othersOf(after)).filter((change) => change.kind !== 'unchanged'),
    counts: { unchanged: count('unchanged'), moved: count('moved'), changed: count('changed'), removed: count('removed'), added: count('added') },
  };
}
