import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import { unpublishedReason } from '../lib/briefings/published-briefings.ts';
import { buildMoment } from '../lib/dates/build-date.ts';
import { countProblems, ProblemError, warnOnConsole, type Problem, type WarningSink } from '../lib/problems.ts';
import { pageDocument, recordForPage } from './page-document.ts';

/** What kind of rule a problem breaks: its heading counts them ("2 citation problems:"). */
export type ProblemKind = 'citation' | 'chart' | 'editorial';

interface Bag {
  data: Record<string, unknown>;
}

const KEY = 'pageProblems';

/**
 * Files a document's problems with the others found while rendering it. Plugins do not throw:
 * problemsPlugin, last in the list, reports them all at once, as errors or, for a briefing that is
 * not published (a draft, or dated after the build), as warnings.
 */
export function addPageProblems(context: Bag, kind: ProblemKind, problems: readonly Problem[]): void {
  if (problems.length === 0) return;
  const bag = (context.data[KEY] ??= []) as { kind: ProblemKind; problem: Problem }[];
  for (const problem of problems) bag.push({ kind, problem });
}

export interface ProblemsPluginOptions {
  /** "Now" for deciding whether a briefing is published; default: BUILD_DATE, else the clock. */
  now?: () => Date;
  warn?: WarningSink;
  /** Which documents may be drafts, by path: those under content/briefings/. */
  mayBeUnpublished?: (path: string) => boolean;
}

const inBriefings = (path: string) => /(?:^|[\\/])content[\\/]briefings[\\/]/u.test(path);

/**
 * Reports every problem the plugins before it filed, in document order within each kind: a
 * ProblemError (file, line and column of each; the build fails, `npm run dev` shows it on the
 * page), or, for a draft or a briefing dated after the build, one warning each naming it as
 * such, recorded for the page as well (`draftProblems`) so `npm run dev` shows them on it. An
 * unpublished briefing is checked exactly like a published one; it never blocks a build.
 */
export function problemsPlugin(options: ProblemsPluginOptions = {}) {
  const now = options.now ?? (() => buildMoment(process.env.BUILD_DATE));
  const warn = options.warn ?? warnOnConsole;
  const mayBeUnpublished = options.mayBeUnpublished ?? inBriefings;
  return (_factory: PluginFactoryContext): MdastPluginDefinition => ({
    name: 'page-problems',
    after(_root, context) {
      const bag = (context.data[KEY] ?? []) as { kind: ProblemKind; problem: Problem }[];
      if (bag.length === 0) return;
      const document = pageDocument(context, '(page)');
      const problems = bag.map((entry) => entry.problem);
      const reason = document.path && mayBeUnpublished(document.path) ? unpublishedReason(document.frontmatter, now()) : undefined;
      if (reason) {
        for (const problem of problems) warn({ ...problem, message: `in ${reason} (not published): ${problem.message}` });
        recordForPage(context, { draftProblems: problems.map((problem) => ({ ...problem, message: problem.message })) });
        return;
      }
      const kinds = new Set(bag.map((entry) => entry.kind));
      const [only] = kinds;
      throw new ProblemError(problems, `${countProblems(problems.length, kinds.size === 1 && only ? only : '')}:`);
    },
  });
}
