import type { ChartKind } from '../schema/chart-data.ts';

/** The chart components, by file name (also the name briefings use them under), with the kind each draws (its default chart id). */
export const CHART_COMPONENTS: Record<string, ChartKind> = {
  Timeline: 'timeline',
  Map: 'map',
  Figures: 'figures',
  ActorNetwork: 'network',
};

const IMPORT = /^\s*import\s+([A-Za-z_$][\w$]*)\s+from\s+['"][^'"]*\/components\/charts\/(\w+)\.astro['"]/gmu;
/** The names any import declares (`import A, { b as C } from …` → A, b, C: over-counting is harmless here). */
const IMPORT_CLAUSE = /^\s*import\s+([^'"]+?)\s+from\s/gmu;

/**
 * The chart ids an MDX briefing embeds: each element `<Timeline …/>` of a chart component counts,
 * with its `chart="…"` prop or the kind's default chart. Chart components are used by their own
 * names (registered for every briefing, src/components/briefing-components.ts) unless the page
 * imports something else under that name, or under the name a page imports them as
 * (`import Timeline from '../../src/components/charts/Timeline.astro'`).
 */
export function chartsUsedIn(mdx: string): string[] {
  const declared = new Set([...mdx.matchAll(IMPORT_CLAUSE)].flatMap((match) => match[1]!.match(/[A-Za-z_$][\w$]*/gu) ?? []));
  const kinds = new Map<string, ChartKind>();
  for (const [component, kind] of Object.entries(CHART_COMPONENTS)) if (!declared.has(component)) kinds.set(component, kind);
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
