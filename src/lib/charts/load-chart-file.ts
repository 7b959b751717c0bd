import type { SourceLibrary } from '../citations/source-library.ts';
import { chartData, CHART_KINDS } from '../schema/chart-data.ts';
import { describeValue } from '../schema/error-messages.ts';
import { figureDatum, figurePanel, figuresData } from '../schema/figures-data.ts';
import { mapData, mapPlace } from '../schema/map-data.ts';
import { networkActor, networkData, networkRelation } from '../schema/network-data.ts';
import { timelineData, timelineEvent } from '../schema/timeline-data.ts';
import { closestFirst } from '../text/closest.ts';
import type { ChartProblem } from './chart-problem.ts';
import { parseDataFile } from './parse-data-file.ts';
import type { VerifiedChart } from './types.ts';
import { verifyChart } from './verify-chart.ts';

/** The value at a Zod issue's path in the input an author wrote, or undefined where the path leads nowhere. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The fields allowed at the top of each kind's file and in each of its lists, for "did you mean" hints. */
const FIELDS: Record<string, { top: string[]; lists: Record<string, string[]> }> = {
  timeline: { top: Object.keys(timelineData.shape), lists: { events: Object.keys(timelineEvent.shape) } },
  map: { top: Object.keys(mapData.shape), lists: { places: Object.keys(mapPlace.shape) } },
  figures: { top: Object.keys(figuresData.shape), lists: { panels: Object.keys(figurePanel.shape), figures: Object.keys(figureDatum.shape) } },
  network: { top: Object.keys(networkData.shape), lists: { actors: Object.keys(networkActor.shape), relations: Object.keys(networkRelation.shape) } },
};

export interface LoadChartFileOptions {
  /** The file's path as authors know it ("content/data/timeline.yaml"), for messages. */
  file: string;
  /** The chart's id: the file name without extension. */
  id: string;
  text: string;
  library: SourceLibrary;
  countryNames: readonly string[];
}

/**
 * Reads one chart data file: parse (YAML or JSON) → schema (src/lib/schema/chart-data.ts) →
 * verification of every datum against the source library. Returns the verified chart, or
 * every problem found, each with its line, datum, field, expectation and hint.
 */
export function loadChartFile(options: LoadChartFileOptions): { chart: VerifiedChart; problems: [] } | { chart?: undefined; problems: ChartProblem[] } {
  const parsed = parseDataFile(options.text);
  if (parsed.errors.length > 0) {
    return { problems: parsed.errors.map((error) => ({ line: error.line, message: `not valid YAML or JSON: ${error.message}`, hint: 'check indentation and quotes near that line.' })) };
  }
  const result = chartData.safeParse(parsed.value);
  if (!result.success) {
    const kind = (parsed.value as { kind?: unknown } | undefined)?.kind;
    const fields = typeof kind === 'string' ? FIELDS[kind] : undefined;
    const problems: ChartProblem[] = [];
    for (const issue of result.error.issues) {
      const [list, index, ...rest] = issue.path;
      const inList = typeof list === 'string' && typeof index === 'number';
      const datumValue = inList ? valueAt(parsed.value, [list, index]) : undefined;
      const datumId = datumValue && typeof datumValue === 'object' ? (datumValue as { id?: unknown }).id : undefined;
      const datum = inList ? { list, index, ...(typeof datumId === 'string' ? { id: datumId } : {}) } : undefined;
      const fieldPath = (inList ? rest : issue.path).map(String);
      const line = parsed.lineOf(issue.path);
      if (issue.code === 'unrecognized_keys') {
        const allowed = (inList ? fields?.lists[list] : fields?.top) ?? [];
        for (const key of issue.keys) {
          const suggestion = closestFirst(key, allowed)[0];
          problems.push({
            ...(parsed.lineOf([...issue.path, key]) !== undefined ? { line: parsed.lineOf([...issue.path, key])! } : {}),
            ...(datum ? { datum } : {}),
            field: [...fieldPath, key].join('.'),
            message: `unknown field "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
            hint: `fields allowed here: ${allowed.join(', ')}`,
          });
        }
        continue;
      }
      const value = valueAt(parsed.value, issue.path);
      const message = issue.message.includes(' got ') || issue.message.includes('"') ? issue.message : `${issue.message} (got ${describeValue(value)})`;
      problems.push({
        ...(line !== undefined ? { line } : {}),
        ...(datum ? { datum } : {}),
        ...(fieldPath.length > 0 ? { field: fieldPath.join('.') } : {}),
        message,
        ...(issue.path[0] === 'kind' || fieldPath.length === 0 ? { hint: `every chart data file starts with kind: ${CHART_KINDS.join(' | ')}` } : {}),
      });
    }
    return { problems };
  }
  const verified = verifyChart(result.data, { id: options.id, library: options.library, countryNames: options.countryNames, lineOf: parsed.lineOf });
  if (verified.chart && verified.problems.length === 0) return { chart: verified.chart, problems: [] };
  return { problems: verified.problems };
}
