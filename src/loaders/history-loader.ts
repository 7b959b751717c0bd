import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { defaultEntryId } from '../lib/briefings/unique-entry-ids.ts';
import { historyCacheKey } from '../lib/history/history-key.ts';
import { gitMessage, readFileHistory, repositoryState, type RepositoryState, type RunGit } from '../lib/history/read-history.ts';
import type { StoredRevision } from '../lib/history/revision-history.ts';
import { fail } from '../lib/problems.ts';
import { rendererDigest } from './markdown-entries.ts';

/** What the `revisions` collection holds for each briefing. */
export interface BriefingHistoryData {
  /** `complete`: every revision is here; `shallow`: a shallow clone, none listed; `unavailable`: no repository. */
  status: RepositoryState['status'];
  /** Why there is no history, for the page. */
  reason?: string;
  /** Every committed version of the file, newest first (all of them: the page keeps those on or before the build date). */
  revisions: StoredRevision[];
}

const META_KEY = 'history-cache-key';

/**
 * The revision history of every briefing, read from the repository with git: the one reader of
 * history. Stored in the data store under a key of the HEAD commit, whether the clone is
 * shallow, the briefing files and this code (src/lib/history/history-key.ts), so a warm build
 * reads git again only when one of them changed. Without a repository (a copy of the project),
 * or in a shallow clone, the build warns once and every changes page says so; a repository that
 * is there but cannot be read fails the build.
 */
export function historyLoader(options: { base: string }): Loader {
  return {
    name: 'briefings-history-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const names = readdirSync(join(root, options.base)).filter((name) => /\.mdx?$/u.test(name)).sort();
      const files = names.map((name) => `${options.base}/${name}`);
      const git: RunGit = (args, input) =>
        execFileSync('git', [...args], { cwd: root, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });

      let state: RepositoryState;
      try {
        state = repositoryState(git, existsSync(join(root, '.git')));
      } catch (error) {
        fail({
          file: '.git',
          message: `the revision history cannot be read: ${gitMessage((error as { cause?: unknown }).cause ?? error)}.`,
          hint: 'the build reads each briefing\'s history with git. Repair the repository (git fsck), or build from a fresh clone; a project copy without .git builds with a warning instead.',
        });
      }
      if (state.status === 'shallow') {
        console.warn(
          'warning: this is a shallow clone, so the briefings\' revision histories are incomplete: each changes page says so instead of listing them. Fetch the full history (git fetch --unshallow) before building.',
        );
      } else if (state.status === 'unavailable') {
        console.warn(`warning: no revision history (${state.reason}): each briefing's changes page says so. Build from a clone of the repository to publish the histories.`);
      }

      const key = historyCacheKey({
        head: state.status === 'unavailable' ? `none: ${state.reason}` : state.head,
        shallow: state.status === 'shallow',
        files,
        code: rendererDigest(root),
      });
      if (context.meta.get(META_KEY) === key && context.store.keys().length === names.length) return;

      context.store.clear();
      for (const [index, name] of names.entries()) {
        const file = files[index]!;
        let revisions: StoredRevision[] = [];
        if (state.status === 'complete') {
          try {
            revisions = readFileHistory(git, file);
          } catch (error) {
            fail({ file, message: `its revision history cannot be read: git says "${gitMessage(error)}".`, hint: 'repair the repository (git fsck), or build from a fresh clone.' });
          }
        }
        const data: BriefingHistoryData = { status: state.status, ...(state.status === 'unavailable' ? { reason: state.reason } : {}), revisions };
        context.store.set({ id: defaultEntryId(name, {}), data: data as unknown as Record<string, unknown>, digest: `${key}:${file}` });
      }
      context.meta.set(META_KEY, key);
    },
  };
}
