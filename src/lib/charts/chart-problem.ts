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

/**
 * The build error for a data file: every problem, each on its own lines with the file and
 * line, the datum, the field, what was expected and a hint.
 *
 *     content/data/timeline.yaml:42: events[3] "kabul-attack", quote: quotation not found …
 *       hint: …
 */
export function formatChartProblems(file: string, problems: readonly ChartProblem[]): string {
  const header = `${problems.length} problem${problems.length === 1 ? '' : 's'} in chart data ${file}:`;
  const lines = problems.map((problem) => {
    const location = `${file}${problem.line ? `:${problem.line}` : ''}`;
    const place = where(problem);
    let text = `${location}: ${place ? `${place}: ` : ''}${problem.message}`;
    if (problem.hint) text += `\n  hint: ${problem.hint}`;
    return text;
  });
  return [header, ...lines].join('\n\n');
}

/** Thrown by the chart loader so the build stops with the formatted problems. */
export class ChartDataError extends Error {
  readonly file: string;
  readonly problems: readonly ChartProblem[];
  constructor(file: string, problems: readonly ChartProblem[]) {
    super(formatChartProblems(file, problems));
    this.name = 'ChartDataError';
    this.file = file;
    this.problems = problems;
  }
}
