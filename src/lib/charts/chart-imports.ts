import { CHART_COMPONENTS } from './chart-usage.ts';

const IMPORT = /\bimport\s+(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([A-Za-z_$][\w$]*))?\s*from\s*(['"])([^'"]+)\4/gu;

export interface ChartImports {
  /** Chart components by the local name they were imported under: `PlacesMap` → `Map.astro`. */
  charts: Map<string, string>;
  /** Every local name the imports bind, charts or not. */
  localNames: Set<string>;
}

/**
 * The chart components an MDX page's import statements bring in, read from their source text
 * (`import PlacesMap from '../../src/components/charts/Map.astro';`).
 */
export function chartImports(esm: readonly string[]): ChartImports {
  const charts = new Map<string, string>();
  const localNames = new Set<string>();
  for (const statement of esm) {
    for (const match of statement.matchAll(IMPORT)) {
      const [, defaultName, named, namespace, , from = ''] = match;
      for (const specifier of named?.split(',') ?? []) {
        const local = /(?:\bas\s+)?([A-Za-z_$][\w$]*)\s*$/u.exec(specifier.trim())?.[1];
        if (local) localNames.add(local);
      }
      if (namespace) localNames.add(namespace);
      if (!defaultName) continue;
      localNames.add(defaultName);
      const file = /(?:^|\/)components\/charts\/([^/]+\.astro)$/u.exec(from)?.[1];
      if (file && file in CHART_COMPONENTS) charts.set(defaultName, file);
    }
  }
  return { charts, localNames };
}

/**
 * The chart components a page uses, by the name it writes them under: each registered chart by
 * its own name (`<Timeline />`, given to every briefing by src/components/briefing-components.ts),
 * unless the page imports something else under that name, and each chart it imports under the
 * local name (`PlacesMap` → `Map.astro`).
 */
export function chartsByName(esm: readonly string[]): Map<string, string> {
  const { charts: imported, localNames } = chartImports(esm);
  const charts = new Map<string, string>();
  for (const file of Object.keys(CHART_COMPONENTS)) {
    const name = file.replace(/\.astro$/u, '');
    if (!localNames.has(name)) charts.set(name, file);
  }
  for (const [name, file] of imported) charts.set(name, file);
  return charts;
}
