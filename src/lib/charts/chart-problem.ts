import { ProblemError, type Problem } from '../problems.ts';

/** One thing wrong with a chart data file, located as precisely as possible. */
export interface ChartProblem {
  /** 1-based line in the data file, when known. */
  line?: number;
  /** The datum: its list ("events"), position (0-based) and id when it has one. */
  datum?: { list: string; index: number; id?: string };
  /** The field within the datum (or the file), dotted: "quote", "range.1". */
  field?: string;
  /** What is wrong: what was expected and what was found. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

function where(problem: ChartProblem): string {
  const parts: string[] = [];
  if (problem.datum) {
    const { list, index, id } = problem.datum;
    parts.push(`${list}[${index}]${id ? ` "${id}"` : ''}`);
  }
  if (problem.field) parts.push(problem.field);
  return parts.join(', ');
}

/** A chart problem as a problem of its file: the datum and field lead the message. */
function toProblem(file: string, problem: ChartProblem): Problem {
  const place = where(problem);
  return { file, line: problem.line || undefined, message: `${place ? `${place}: ` : ''}${problem.message}`, hint: problem.hint };
}

/**
 * The build error for a data file: every problem, each on its own lines with the file and
 * line, the datum, the field, what was expected and a hint.
 *
 *     content/data/timeline.yaml:42: events[3] "kabul-attack", quote: quotation not found …
 *       hint: …
 */
export function chartDataError(file: string, problems: readonly ChartProblem[]): ProblemError {
  return new ProblemError(
    problems.map((problem) => toProblem(file, problem)),
    `${problems.length} problem${problems.length === 1 ? '' : 's'} in chart data ${file}:`,
  );
}
