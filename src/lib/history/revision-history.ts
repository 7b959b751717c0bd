import { briefingProse, isDraftRevision } from './briefing-prose.ts';
import { classifyRevision, type RevisionKind } from './classify-revision.ts';
import { blockDiff, type BlockChange } from './word-diff.ts';

/** One version of a file as the repository holds it: the commit that wrote it, its date and its text. */
export interface StoredRevision {
  /** Full commit hash. */
  commit: string;
  /** Commit date, ISO 8601 with its offset, as git gives it (`%cI`). */
  date: string;
  /** The file's path in the repository at that commit (it may have been renamed since). */
  path: string;
  text: string;
}

/** A published revision of a briefing, with what it changed since the previous one. */
export interface Revision {
  commit: string;
  /** The first 7 characters of the commit, as readers can quote it. */
  short: string;
  date: Date;
  /** `first` for the first published version; otherwise what the change did to the prose. */
  kind: RevisionKind | 'first';
  /** Block by block, what changed since the previous published revision (none for the first). */
  changes: BlockChange[];
}

/**
 * The published revisions of a briefing, oldest first: the versions committed on or before
 * `now` that were not drafts, each compared with the one before. Versions identical to the one
 * before (a merge that brought nothing) are not revisions. A revision is labelled from its text
 * as written (citation syntax included); its changes are given as `shown` writes each block for
 * readers (the changes page writes citations as their markers), as written by default.
 */
export function publishedRevisions(stored: readonly StoredRevision[], now: Date, shown: (text: string) => string = (text) => text): Revision[] {
  const published = stored
    .filter((revision) => new Date(revision.date).getTime() <= now.getTime() && !isDraftRevision(revision.text))
    .sort((a, b) => new Date(a.date).getTime() - new Date(b.date).getTime());
  const revisions: Revision[] = [];
  let previous: StoredRevision | undefined;
  for (const revision of published) {
    if (previous && previous.text === revision.text) continue;
    const base = { commit: revision.commit, short: revision.commit.slice(0, 7), date: new Date(revision.date) };
    if (!previous) {
      revisions.push({ ...base, kind: 'first', changes: [] });
    } else {
      const before = briefingProse(previous.text);
      const after = briefingProse(revision.text);
      const joined = (blocks: typeof before) => blocks.map((block) => block.text).join('\n\n');
      const show = (blocks: typeof before) => blocks.map((block) => ({ ...block, text: shown(block.text) }));
      revisions.push({ ...base, kind: classifyRevision(joined(before), joined(after)), changes: blockDiff(show(before), show(after)) });
    }
    previous = revision;
  }
  return revisions;
}

/** A commit in `git log --follow --format=%x1e%H%x1f%cI --name-only` output, with the path the file had there. */
export interface LoggedCommit {
  commit: string;
  date: string;
  /** Empty for a merge, which git lists without file names. */
  path: string;
}

/** Reads the output of `git log --follow --format=%x1e%H%x1f%cI --name-only -- <file>`, newest first. */
export function parseFollowLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const record of output.split('\x1e')) {
    const lines = record.split('\n');
    const [commit, date] = (lines[0] ?? '').split('\x1f');
    if (!commit || !date) continue;
    const path = lines.slice(1).find((line) => line.trim() !== '')?.trim() ?? '';
    commits.push({ commit: commit.trim(), date: date.trim(), path });
  }
  // A merge lists no file: it had the path of the newer commit listed before it.
  let newer = '';
  for (const entry of commits) {
    if (!entry.path) entry.path = newer;
    newer = entry.path;
  }
  return commits;
}
