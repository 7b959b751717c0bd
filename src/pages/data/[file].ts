import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../data/charts.ts';
import { chartDownloads, type ChartDownload } from '../../lib/charts/chart-downloads.ts';
import { href } from '../../config.ts';

/** /data/<chart>.csv and /data/<chart>.json: every chart's data, generated at build time from the verified data files. */
export const getStaticPaths = (async () => {
  const site = import.meta.env.SITE ?? 'https://briefings.example.org';
  const charts = await allCharts();
  return charts.flatMap((chart) =>
    chartDownloads(chart, (path) => new URL(href(path), site).href).map((download) => ({ params: { file: download.file }, props: { download } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: ChartDownload }> = ({ props }) =>
  new Response(props.download.body, { headers: { 'Content-Type': props.download.contentType } });
