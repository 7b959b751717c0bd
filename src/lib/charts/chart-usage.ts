import { closestFirst } from '../text/closest.ts';

/**
 * Checks how a page uses the chart components, before anything renders, so that a misspelt
 * prop or a list written as a string fails with the file and line instead of being ignored
 * (Astro passes unknown props through silently) or failing deep inside a component.
 */

type PropType = 'text' | 'list of text';

interface ChartComponent {
  /** The data file kind, also the default `chart` (data file name). */
  kind: string;
  props: Record<string, PropType>;
}

const COMMON: Record<string, PropType> = { chart: 'text', title: 'text', caption: 'text' };

/** The chart components by file name under src/components/charts/; keep in step with their Props. */
export const CHART_COMPONENTS: Record<string, ChartComponent> = {
  'Timeline.astro': { kind: 'timeline', props: COMMON },
  'Map.astro': { kind: 'map', props: COMMON },
  'Figures.astro': { kind: 'figures', props: { ...COMMON, panels: 'list of text' } },
  'ActorNetwork.astro': { kind: 'network', props: COMMON },
};

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
  /** Its file name under src/components/charts/ (`Map.astro`). */
  component: string;
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
    const component = CHART_COMPONENTS[use.component];
    if (!component) continue;
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
          (use.component === 'Figures.astro' ? ', listing every panel you need in one panels={[…]}.' : '.'),
      });
    } else seen.set(key, use);
  }
  return problems;
}
