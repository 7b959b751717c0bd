import type { ChartKind } from '../schema/chart-data.ts';

/** What a prop of a chart component takes, as far as it can be known from the MDX that writes it. */
export type PropType = 'text' | 'list of text';

export interface ChartComponentEntry {
  /** The kind of data file it draws, which is also its default `chart` (the data file's name). */
  kind: ChartKind;
  /** Its props as a briefing writes them; keep in step with the component's Props. */
  props: Readonly<Record<string, PropType>>;
}

/** The props every chart component takes (Figures adds `panels`), as the components declare them. */
export interface ChartComponentProps {
  /** The data file's id, `content/data/<chart>.yaml`; by default the file named after the component's kind. */
  chart?: string;
  /** Replaces the data file's title. */
  title?: string;
  /** Replaces the data file's caption. */
  caption?: string;
  /** Set by the pages that show charts on their own (/visuals/): the chart's title is the page's or the section's heading. */
  heading?: 'h1' | 'h2' | undefined;
}

/** What a briefing may write of ChartComponentProps (`heading` is the /visuals/ pages'). */
const COMMON = { chart: 'text', title: 'text', caption: 'text' } as const satisfies Record<string, PropType>;

/**
 * The chart components, by the name a briefing writes them under, which is also their file name
 * under src/components/charts/ (`<Map />` is `Map.astro`). The one list of them: the chart-usage
 * check, the charts a page records, the components given to briefings
 * (src/components/briefing-components.ts) and the chart picked for a data file
 * (src/components/charts/Chart.astro) all read it.
 */
export const CHART_COMPONENTS = {
  Timeline: { kind: 'timeline', props: COMMON },
  Map: { kind: 'map', props: COMMON },
  Figures: { kind: 'figures', props: { ...COMMON, panels: 'list of text' } },
  ActorNetwork: { kind: 'network', props: COMMON },
} as const satisfies Record<string, ChartComponentEntry>;

export type ChartComponentName = keyof typeof CHART_COMPONENTS;

export const CHART_COMPONENT_NAMES = Object.keys(CHART_COMPONENTS) as ChartComponentName[];

export function isChartComponentName(name: string): name is ChartComponentName {
  return Object.hasOwn(CHART_COMPONENTS, name);
}

/** The chart component a file under src/components/charts/ is (`Map.astro` → `Map`), if it is one. */
export function chartComponentOfFile(file: string): ChartComponentName | undefined {
  const name = file.replace(/\.astro$/u, '');
  return file.endsWith('.astro') && isChartComponentName(name) ? name : undefined;
}

/** The component that draws a kind of data file. */
export function chartComponentOfKind(kind: ChartKind): ChartComponentName {
  const name = CHART_COMPONENT_NAMES.find((candidate) => CHART_COMPONENTS[candidate].kind === kind);
  if (!name) throw new Error(`No chart component draws a "${kind}" data file; add one to CHART_COMPONENTS in src/lib/charts/chart-registry.ts.`);
  return name;
}
