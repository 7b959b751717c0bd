/**
 * One problem type for everything an author can get wrong (ingest, sources, citations, chart
 * data, components), one formatter and one error class, so every message reads the same way:
 *
 *     content/briefings/x.mdx:12:45: quotation not found in "nyt-costa-clarke-2024" ¶3:
 *         “is the same as beating it”
 *       hint: quotations must be verbatim. …
 */
export interface Problem {
  /** The file, relative to the project root (or as the author named it, for ingest inputs). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** 1-based column, when known. */
  column?: number | undefined;
  /** What is wrong: what was read and what was expected. Continuation lines are indented. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** `file:line:column` with the parts that are known. */
export function formatPlace(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
}

/** One problem as the author reads it: place, message, hint. */
export function formatProblem(problem: Problem): string {
  return `${formatPlace(problem)}: ${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`;
}

/** A warning: the build goes on, and repeats every warning at its end. */
export function formatWarning(problem: Problem): string {
  return `${formatPlace(problem)}: warning: ${problem.message}${problem.hint ? `\n  hint: ${problem.hint}` : ''}`;
}

/** "1 citation problem", "3 citation problems". */
export function countProblems(count: number, kind: string): string {
  return `${count} ${kind}${kind ? ' ' : ''}problem${count === 1 ? '' : 's'}`;
}

/**
 * The error that stops a build or a command because of its input. Its message lists every
 * problem under a heading; `loc` and `hint` are where Astro's error overlay looks for the
 * place and the advice of the first one.
 */
export class ProblemError extends Error {
  readonly problems: readonly Problem[];
  readonly heading: string | undefined;
  readonly loc: { file: string; line?: number; column?: number };
  readonly hint: string | undefined;
  /**
   * The first problem's line and column, also as `line` and `column`: @astrojs/mdx renames an
   * error thrown while compiling a page and keeps only these for the place it reports.
   */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(problems: readonly Problem[], heading?: string) {
    const body = problems.map(formatProblem).join('\n\n');
    super(heading ? `${heading}\n\n${body}` : body);
    this.name = 'ProblemError';
    this.problems = problems;
    this.heading = heading;
    const first = problems[0];
    this.loc = { file: first?.file ?? '', ...(first?.line !== undefined ? { line: first.line } : {}), ...(first?.column !== undefined ? { column: first.column } : {}) };
    this.hint = first?.hint;
    this.line = first?.line;
    this.column = first?.column;
  }

}

/**
 * Whether an error is a ProblemError, by its shape: Astro loads our modules more than once
 * (the config's plugins and the content layer are separate instances), so `instanceof` fails
 * for an error thrown by the other copy.
 */
export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof Error && error.name === 'ProblemError' && Array.isArray((error as Partial<ProblemError>).problems);
}

/** Throws the error for one problem. */
export function fail(problem: Problem): never {
  throw new ProblemError([problem]);
}

/** Where warnings go: the console by default; tests and commands pass their own. */
export type WarningSink = (problem: Problem) => void;

export const warnOnConsole: WarningSink = (problem) => console.warn(formatWarning(problem));
