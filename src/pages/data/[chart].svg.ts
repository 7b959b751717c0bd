import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../data/charts.ts';
import { chartImage } from '../../data/chart-images.ts';

/** /data/<chart>.svg: each chart as one standalone picture, with its title, legend, sources and address (src/data/chart-images.ts). */
export const getStaticPaths = (async () => (await allCharts()).map((chart) => ({ params: { chart: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response((await chartImage(String(params.chart))).svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
