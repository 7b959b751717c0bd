import type { ChartKind } from '../schema/chart-data.ts';

/** The chart components, by file name, with the kind each draws (its default chart id). */
export const CHART_COMPONENTS: Record<string, ChartKind> = {
  Timeline: 'timeline',
  Map: 'map',
  Figures: 'figures',
  ActorNetwork: 'network',
};

const IMPORT = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+['"][^'"]*\/components\/charts\/(\w+)\.astro['"]/gmu;

/**
 * The chart ids an MDX briefing embeds, in order of first use: for each chart component it
 * imports (`import Timeline from '../../src/components/charts/Timeline.astro'`), each element
 * `<Timeline …/>` counts, with its `chart="…"` prop or the kind's default chart.
 */
export function chartsUsedIn(mdx: string): string[] {
  const kinds = new Map<string, ChartKind>();
  for (const match of mdx.matchAll(IMPORT)) {
    const [, local, component] = match;
    const kind = component ? CHART_COMPONENTS[component] : undefined;
    if (local && kind) kinds.set(local, kind);
  }
  const used: string[] = [];
  for (const [local, kind] of kinds) {
    for (const element of mdx.matchAll(new RegExp(`<${local}(?=[\\s/>])([^>]*)>`, 'gu'))) {
      const chart = /\bchart\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/u.exec(element[1] ?? '');
      const id = chart?.[1] ?? chart?.[2] ?? chart?.[3] ?? kind;
      if (!used.includes(id)) used.push(id);
    }
  }
  return used;
}
