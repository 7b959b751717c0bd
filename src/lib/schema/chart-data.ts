import { z } from 'astro/zod';
import { figuresData } from './figures-data.ts';
import { mapData } from './map-data.ts';
import { networkData } from './network-data.ts';
import { timelineData } from './timeline-data.ts';

/** The chart kinds, each drawn by its own component in src/components/charts/. */
export const CHART_KINDS = ['timeline', 'map', 'figures', 'network'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A chart data file, `content/data/<chart>.yaml` (or `.json`): its `kind` picks the schema. */
export const chartData = z.discriminatedUnion('kind', [timelineData, mapData, figuresData, networkData], {
  error: (issue) => (issue.code === 'invalid_union' ? `expected \`kind\`: one of ${CHART_KINDS.map((kind) => `"${kind}"`).join(', ')}` : undefined),
});

export type ChartData = z.infer<typeof chartData>;
