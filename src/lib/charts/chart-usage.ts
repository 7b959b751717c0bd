import { closestFirst } from '../text/closest.ts';
import { CHART_COMPONENTS, type ChartComponentName, type PropType } from './chart-registry.ts';

/**
 * Checks how a page uses the chart components, before anything renders, so that a misspelt
 * prop or a list written as a string fails with the file and line instead of being ignored
 * (Astro passes unknown props through silently) or failing deep inside a component.
 */

/** A prop as written in MDX, reduced to what can be known without running it. */
export type WrittenValue =
  | { kind: 'text'; value: string }
  | { kind: 'list of text'; values: string[] }
  /** A bare attribute (`<Figures panels />`), which JSX reads as `true`. */
  | { kind: 'bare' }
  /** Any other `{expression}`: checked when it renders. */
  | { kind: 'expression' }
  | { kind: 'spread' };

export interface ChartUse {
  /** The name the page imported the component under (`PlacesMap`). */
  name: string;
  /** The chart component it is (`Map`). */
  component: ChartComponentName;
  props: { name: string; value: WrittenValue }[];
  line: number;
  column: number;
}

export interface ChartUsageProblem {
  line: number;
  column: number;
  message: string;
}

function example(type: PropType, name: string): string {
  return type === 'text' ? `${name}="…"` : `${name}={['first-id', 'second-id']}`;
}

/** Every problem with the chart components used on one page, in the order they appear. */
export function chartUsageProblems(uses: readonly ChartUse[]): ChartUsageProblem[] {
  const problems: ChartUsageProblem[] = [];
  const seen = new Map<string, ChartUse>();
  for (const use of uses) {
    const component: { kind: string; props: Readonly<Record<string, PropType>> } = CHART_COMPONENTS[use.component];
    const at = { line: use.line, column: use.column };
    const known = Object.keys(component.props);
    let chart = component.kind;
    for (const { name, value } of use.props) {
      const type = component.props[name];
      if (value.kind === 'spread') continue;
      if (!type) {
        const [closest] = closestFirst(name, known);
        problems.push({
          ...at,
          message: `<${use.name}> has no prop "${name}"; its props are ${known.join(', ')}.${closest ? ` Did you mean "${closest}"?` : ''}`,
        });
        continue;
      }
      if (value.kind === 'expression') continue;
      if (value.kind === 'bare' || value.kind !== type) {
        const written = value.kind === 'bare' ? `a bare ${name}` : value.kind === 'text' ? `${name}="${value.value}"` : `${name}={[…]}`;
        problems.push({ ...at, message: `<${use.name}> ${name} takes ${type === 'text' ? 'a text' : 'a list of text values'}, not ${written}. Write ${example(type, name)}.` });
        continue;
      }
      if (name === 'chart' && value.kind === 'text') chart = value.value;
    }
    const key = `${use.component}\u0000${chart}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        ...at,
        message:
          `<${use.name}> shows the chart "${chart}" a second time on this page (first at line ${earlier.line}); ` +
          'the two would share element ids. Show each chart once' +
          (use.component === 'Figures' ? ', listing every panel you need in one panels={[…]}.' : '.'),
      });
    } else seen.set(key, use);
  }
  return problems;
}

/**
 * The charts (data file ids) a page shows, in order, each once: a use's `chart="…"` or its
 * component's default. A `chart={expression}` cannot be known before rendering and is left out.
 */
export function chartsShown(uses: readonly ChartUse[]): string[] {
  const shown: string[] = [];
  for (const use of uses) {
    const chart = use.props.find((prop) => prop.name === 'chart')?.value;
    const id = chart === undefined ? CHART_COMPONENTS[use.component].kind : chart.kind === 'text' ? chart.value : undefined;
    if (id !== undefined && !shown.includes(id)) shown.push(id);
  }
  return shown;
}
