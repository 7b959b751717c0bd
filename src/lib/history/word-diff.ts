import { diffArrays, diffWords } from 'diff';

/** A run of text that is in both versions, only in the old one, or only in the new one. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The word-level difference between two texts, computed with jsdiff's `diffWords` (words and
 * punctuation are tokens; a change in spacing alone is not a change). Adjacent parts of one
 * kind are joined.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWords(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}

/** One block (a paragraph, a takeaway, the title) of a text, with what it is. */
export interface TextBlock {
  /** Where it sits, for readers: "Title", "Key takeaways", "Body". */
  section: string;
  text: string;
}

/** What happened to a block between two versions. */
export type BlockChange =
  | { kind: 'unchanged'; section: string; count: number }
  | { kind: 'added'; section: string; text: string }
  | { kind: 'removed'; section: string; text: string }
  | { kind: 'changed'; section: string; parts: DiffPart[] };

const same = (a: TextBlock, b: TextBlock) => a.section === b.section && a.text === b.text;

/**
 * Block-by-block difference of two versions: blocks in both are counted, not repeated
 * (readers see what changed, with the number of untouched paragraphs between); a run of
 * removed blocks followed by a run of added ones is paired block for block as changes, each
 * with its word-level difference; what is left over is added or removed whole.
 */
export function blockDiff(before: readonly TextBlock[], after: readonly TextBlock[]): BlockChange[] {
  const changes: BlockChange[] = [];
  const runs = diffArrays([...before], [...after], { comparator: same });
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    if (!run.added && !run.removed) {
      const section = run.value[0]?.section ?? '';
      changes.push({ kind: 'unchanged', section, count: run.value.length });
      continue;
    }
    if (run.removed && runs[i + 1]?.added) {
      const added = runs[i + 1]!.value;
      const removed = run.value;
      const paired = Math.min(added.length, removed.length);
      for (let k = 0; k < paired; k++) {
        const old = removed[k]!;
        const now = added[k]!;
        changes.push({ kind: 'changed', section: now.section, parts: wordDiff(old.text, now.text) });
      }
      for (const block of removed.slice(paired)) changes.push({ kind: 'removed', section: block.section, text: block.text });
      for (const block of added.slice(paired)) changes.push({ kind: 'added', section: block.section, text: block.text });
      i += 1;
      continue;
    }
    for (const block of run.value) changes.push({ kind: run.added ? 'added' : 'removed', section: block.section, text: block.text });
  }
  return changes;
}
