import type { APIRoute, GetStaticPaths } from 'astro';
import { allCharts } from '../../data/charts.ts';
import { chartImage } from '../../data/chart-images.ts';

/** /data/<chart>.png: the chart's SVG picture drawn at twice its size (src/data/chart-images.ts). */
export const getStaticPaths = (async () => (await allCharts()).map((chart) => ({ params: { chart: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response((await chartImage(String(params.chart))).png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
