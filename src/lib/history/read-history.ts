import { parseFollowLog, type StoredRevision } from './revision-history.ts';

/** Runs git with arguments (and optional standard input) in the project; returns standard output or throws with git's message. */
export type RunGit = (args: readonly string[], input?: string) => Buffer;

/** What the repository can tell about history. */
export type RepositoryState =
  | { status: 'complete'; head: string }
  /** A shallow clone: the history it has is cut off, so no revision list can be trusted. */
  | { status: 'shallow'; head: string }
  /** No repository (a copy of the project), no git, or no commit yet. */
  | { status: 'unavailable'; reason: string };

/** The message git (or the system) gave, first line. */
export function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: Buffer | string } | undefined)?.stderr;
  const text = stderr && String(stderr).trim() ? String(stderr) : error instanceof Error ? error.message : String(error);
  return text.trim().split('\n')[0] ?? '';
}

/**
 * Asks git what history the project has. `hasOwnRepository` says whether the project root has
 * a `.git` of its own: then a git that cannot read it is an error to report (thrown), not an
 * absence to warn about.
 */
export function repositoryState(git: RunGit, hasOwnRepository: boolean): RepositoryState {
  let inside: string;
  try {
    inside = git(['rev-parse', '--is-inside-work-tree']).toString().trim();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') return { status: 'unavailable', reason: 'git is not installed' };
    if (hasOwnRepository) throw new Error(`git cannot read the repository: ${gitMessage(error)}`, { cause: error });
    return { status: 'unavailable', reason: 'the project is not in a git repository' };
  }
  if (inside !== 'true') return { status: 'unavailable', reason: 'the project is not in a git work tree' };
  let head: string;
  try {
    head = git(['rev-parse', '--verify', '--quiet', 'HEAD']).toString().trim();
  } catch {
    return { status: 'unavailable', reason: 'the repository has no commit yet' };
  }
  if (!head) return { status: 'unavailable', reason: 'the repository has no commit yet' };
  const shallow = git(['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
  return shallow ? { status: 'shallow', head } : { status: 'complete', head };
}

/**
 * Every committed version of one file, newest first, following renames: one `git log` and one
 * `git cat-file --batch` for all the texts, whatever the number of revisions.
 */
export function readFileHistory(git: RunGit, path: string): StoredRevision[] {
  const log = parseFollowLog(git(['log', '--follow', '--format=%x1e%H%x1f%cI', '--name-only', '--', path]).toString('utf8'));
  if (log.length === 0) return [];
  const objects = git(['cat-file', '--batch'], log.map((entry) => `${entry.commit}:${entry.path}\n`).join(''));
  const revisions: StoredRevision[] = [];
  let offset = 0;
  for (const entry of log) {
    const end = objects.indexOf(0x0a, offset);
    const header = objects.subarray(offset, end).toString('utf8');
    offset = end + 1;
    const match = /^\S+ blob (\d+)$/u.exec(header);
    // A file deleted at this commit (`git log --follow` lists the deletion) has no text there.
    if (!match) continue;
    const size = Number(match[1]);
    revisions.push({ ...entry, text: objects.subarray(offset, offset + size).toString('utf8') });
    offset += size + 1;
  }
  return revisions;
}
