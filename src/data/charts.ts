import { getCollection, getEntry } from 'astro:content';
import type { ChartKind } from '../lib/schema/chart-data.ts';
import type { ChartOfKind, VerifiedChart } from '../lib/charts/types.ts';
import { publishedBriefings } from './briefings.ts';
import { renderEntry } from './rendered.ts';

/** The chart of a data file, checked to be of the kind the component draws. */
export async function getChart<K extends ChartKind>(id: string, kind: K): Promise<ChartOfKind<K>> {
  const entry = await getEntry('charts', id);
  if (!entry) {
    const known = (await getCollection('charts')).map((chart) => chart.id);
    throw new Error(`No chart data "${id}": expected a file content/data/${id}.yaml. Charts: ${known.join(', ')}`);
  }
  const chart = entry.data as unknown as VerifiedChart;
  if (chart.kind !== kind) {
    throw new Error(`Chart "${id}" is a ${chart.kind} (content/data/${id}.yaml has kind: ${chart.kind}); the ${kind} component cannot draw it.`);
  }
  return chart as ChartOfKind<K>;
}

/** Every chart, in file-name order. */
export async function allCharts(): Promise<VerifiedChart[]> {
  return (await getCollection('charts')).map((entry) => entry.data as unknown as VerifiedChart).sort((a, b) => a.id.localeCompare(b.id));
}

/** For each chart id, the published briefings that show it (as the chart-usage plugin recorded while rendering them). */
export async function briefingsUsingCharts(): Promise<Map<string, { slug: string; title: string }[]>> {
  const usage = new Map<string, { slug: string; title: string }[]>();
  for (const briefing of await publishedBriefings()) {
    for (const id of (await renderEntry(briefing)).charts) {
      const list = usage.get(id) ?? [];
      list.push({ slug: briefing.id, title: briefing.data.title });
      usage.set(id, list);
    }
  }
  return usage;
}
