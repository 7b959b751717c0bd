import { escapeXml } from '../../publishing/xml.ts';
import { estimateTextWidth, wrapText } from '../text-width.ts';

/** A drawing as it stands in a page: its viewBox, the size it is drawn at, its classes and its markup (SVG, serialized). */
export interface Drawing {
  viewBox: string;
  width: number;
  height: number;
  className: string;
  markup: string;
}

export interface ChartImageInput {
  /** The chart's wide drawing. */
  chart: Drawing;
  /** The legend's entries: each key's small drawing and its words. */
  legend: { key: Drawing; text: string }[];
  title: string;
  /** "Sources: Shafaq News; The New York Times." */
  sourceLine: string;
  /** The site and the chart's page: "After the Caliphate · https://…/visuals/map/". */
  credit: string;
  /** The chart stylesheet as standaloneCss made it, and the colours of the image's own texts and background. */
  css: string;
  colours: { background: string; text: string; muted: string };
}

const PAD = 24;
const FONT = { title: 22, legend: 13, note: 13 } as const;

/**
 * A chart as one picture to take away: title, legend, the drawing, the sources and where it
 * comes from, in one standalone SVG (its stylesheet inside) at the drawing's own width; the PNG
 * download is drawn from it. Every text is escaped; sizes are whole units.
 */
export function chartImageSvg(input: ChartImageInput): { svg: string; width: number; height: number } {
  const width = input.chart.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(input.title, FONT.title * 1.1, inner)) {
    y += FONT.title + 4;
    parts.push(`<text class="export-title" x="${PAD}" y="${y}">${escapeXml(line)}</text>`);
  }
  y += 14;

  // Legend entries flow in rows, each key drawn at its own size beside its words.
  let x = PAD;
  const rowHeight = 22;
  let rowTop = y;
  for (const { key, text } of input.legend) {
    const itemWidth = key.width + 6 + estimateTextWidth(text, FONT.legend) + 18;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      rowTop += rowHeight;
    }
    const keyY = rowTop + (rowHeight - key.height) / 2;
    parts.push(
      `<g class="${escapeXml(key.className)}"><svg x="${round(x)}" y="${round(keyY)}" width="${key.width}" height="${key.height}" viewBox="${escapeXml(key.viewBox)}" overflow="visible">${key.markup}</svg></g>`,
      `<text class="export-legend" x="${round(x + key.width + 6)}" y="${round(rowTop + rowHeight / 2 + FONT.legend * 0.35)}">${escapeXml(text)}</text>`,
    );
    x += itemWidth;
  }
  y = (input.legend.length > 0 ? rowTop + rowHeight : y) + 10;

  parts.push(
    // The classes go on a group around the drawing: its stylesheet's rules for what is inside apply, its sizing rules do not.
    `<g class="${escapeXml(input.chart.className)}"><svg x="${PAD}" y="${round(y)}" width="${inner}" height="${round((input.chart.height * inner) / input.chart.width)}" viewBox="${escapeXml(input.chart.viewBox)}">${input.chart.markup}</svg></g>`,
  );
  y += (input.chart.height * inner) / input.chart.width + 16;

  for (const line of [...wrapText(input.sourceLine, FONT.note, inner), ...wrapText(input.credit, FONT.note, inner)]) {
    y += FONT.note + 5;
    parts.push(`<text class="export-note" x="${PAD}" y="${round(y)}">${escapeXml(line)}</text>`);
  }
  const height = Math.ceil(y + PAD);
  const { background, text, muted } = input.colours;
  const style =
    `${input.css}\n.export-title{font-size:${FONT.title}px;font-weight:600;fill:${text}}` +
    `.export-legend{font-size:${FONT.legend}px;fill:${text}}.export-note{font-size:${FONT.note}px;fill:${muted}}` +
    `text{font-family:'Source Sans 3',sans-serif}`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(input.title)}">` +
    `<title>${escapeXml(input.title)}</title><style>${style.replace(/</gu, '\\3C ')}</style>` +
    `<rect width="${width}" height="${height}" fill="${background}"/>${parts.join('')}</svg>`;
  return { svg, width, height };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
