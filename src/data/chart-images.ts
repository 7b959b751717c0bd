import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { Resvg } from '@resvg/resvg-js';
import Chart from '../components/charts/Chart.astro';
import chartsCss from '../styles/charts.css?raw';
import globalCss from '../styles/global.css?raw';
import { chartImageSvg, type Drawing } from '../lib/charts/export/chart-image.ts';
import { rootVariables, standaloneCss } from '../lib/charts/export/standalone-css.ts';
import type { VerifiedChart } from '../lib/charts/types.ts';
import { RENDER_FACES, renderFileName } from '../lib/fonts/site-fonts.ts';
import { siteFontFiles } from '../lib/fonts/site-font-files.ts';
import { routes } from '../lib/routes.ts';
import { SITE, absoluteUrl } from '../config.ts';
import { perBuildBy } from './memo.ts';
import { allCharts } from './charts.ts';

/** Every cited datum of a chart, for its sources line. */
function citedData(chart: VerifiedChart): { citation: { publisher: string } }[] {
  switch (chart.kind) {
    case 'timeline':
      return chart.events;
    case 'map':
      return chart.places;
    case 'figures':
      return chart.figures;
    case 'network':
      return [...chart.relations, ...chart.actors];
  }
}

function drawingOf(svg: Element, size?: { width: number; height: number }): Drawing {
  const viewBox = String(svg.properties.viewBox ?? '0 0 0 0');
  const [, , width = 0, height = 0] = viewBox.split(/\s+/u).map(Number);
  return {
    viewBox,
    width: size?.width ?? width,
    height: size?.height ?? height,
    className: ([] as unknown[]).concat(svg.properties.className ?? []).join(' '),
    markup: toHtml(svg.children as ElementContent[], { space: 'svg', closeEmptyElements: true }),
  };
}

/**
 * A chart as a picture to take away, drawn at build time from the very markup its pages show:
 * the chart rendered (Astro's container), its wide drawing and legend taken from it, and set
 * with the title, the sources and the site's address in one standalone SVG in the light palette
 * (src/lib/charts/export/). The PNG is that SVG drawn by resvg in the site's own typeface.
 */
export const chartImage = perBuildBy(async (id: string): Promise<{ svg: string; png: Uint8Array }> => {
  const chart = (await allCharts()).find((candidate) => candidate.id === id);
  if (!chart) throw new Error(`No chart "${id}" to draw as an image.`);
  const container = await AstroContainer.create();
  const tree = fromHtml(await container.renderToString(Chart, { props: { chart } }), { fragment: true });
  const drawing = select('svg.chart-svg', tree);
  if (!drawing) throw new Error(`Chart "${id}" rendered without a drawing.`);
  const legend = selectAll('.chart-legend li', tree).map((item) => {
    const key = select('svg', item);
    return {
      key: key
        ? { ...drawingOf(key, { width: Number(key.properties.width), height: Number(key.properties.height) }), className: ([] as unknown[]).concat(item.properties.className ?? []).join(' ') }
        : { viewBox: '0 0 0 0', width: 0, height: 0, className: '', markup: '' },
      text: toText(item).replace(/\s+/gu, ' ').trim(),
    };
  });
  const publishers = [...new Set(citedData(chart).map((datum) => datum.citation.publisher))];
  const palette = rootVariables(globalCss);
  const { svg } = chartImageSvg({
    chart: drawingOf(drawing),
    legend,
    title: chart.title,
    sourceLine: `Sources: ${publishers.join('; ')}. Every mark is cited to a paragraph on the chart’s page.`,
    credit: `${SITE.name} · ${absoluteUrl(routes.visual(chart.id))}`,
    css: standaloneCss(chartsCss, palette),
    colours: { background: palette['--bg'] ?? '#ffffff', text: palette['--text'] ?? '#000000', muted: palette['--muted'] ?? '#555555' },
  });
  const fonts = await siteFontFiles(process.cwd());
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: RENDER_FACES.map((face) => join(fonts.directory, renderFileName(face))), defaultFontFamily: 'Source Sans 3' },
    fitTo: { mode: 'zoom', value: 2 },
  });
  return { svg, png: new Uint8Array(resvg.render().asPng()) };
});
