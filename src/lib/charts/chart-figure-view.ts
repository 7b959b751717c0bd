import type { ChartKind } from '../schema/chart-data.ts';
import { downloadFiles, imageFiles } from './chart-downloads.ts';
import { chartDomId } from './dom-ids.ts';
import { chartCitation } from './export/chart-citation.ts';
import type { ChartSourceEntry, SiteLink } from './types.ts';
import { routes } from '../routes.ts';

/** What a reader calls each kind of chart, in the line that cites it. */
const KIND_NOUN: Record<ChartKind, string> = { timeline: 'timeline', map: 'map', figures: 'chart', network: 'network diagram' };

export interface ChartFigureViewOptions {
  kind: ChartKind;
  /** The chart's id (data file name). */
  chart: string;
  title: string;
  sources: readonly ChartSourceEntry[];
  /** The site's name and the publication date as the citation gives them: "30 November 2025". */
  site: string;
  date: string;
  link: SiteLink;
  /** Turns a site path into an absolute URL, for the citation. */
  absoluteLink: SiteLink;
}

export interface ChartFigureView {
  ids: { figure: string; title: string; summary: string };
  /** "for 12 data points": the Sources disclosure's count. */
  sourceCount: string;
  sources: (ChartSourceEntry & { elementId: string; href: string })[];
  /** The data downloads (CSV, JSON) and the pictures (SVG, PNG), each a link with its file name. */
  downloads: { href: string; file: string; label: string }[];
  images: { href: string; file: string; label: string }[];
  /** One line to copy: site, title, kind, date, address, the publishers of the data. */
  citation: string;
}

/** What the frame every chart shares renders, apart from the chart's own slots. */
export function chartFigureView(options: ChartFigureViewOptions): ChartFigureView {
  const { kind, chart, sources, link } = options;
  const ids = chartDomId(chart);
  const fileLink = (file: { file: string; label: string }) => ({ href: link(routes.dataFile(file.file)), file: file.file, label: file.label });
  return {
    ids: { figure: ids.figure, title: ids.title, summary: ids.summary },
    sourceCount: `for ${sources.length} ${sources.length === 1 ? 'data point' : 'data points'}`,
    sources: sources.map((entry) => ({ ...entry, elementId: ids.source(entry.id), href: link(entry.citation.path) })),
    downloads: downloadFiles({ id: chart, kind }).map(fileLink),
    images: imageFiles({ id: chart }).map(fileLink),
    citation: chartCitation({
      site: options.site,
      title: options.title,
      kind: KIND_NOUN[kind],
      date: options.date,
      url: options.absoluteLink(routes.visual(chart)),
      publishers: [...new Set(sources.map((entry) => entry.citation.publisher))],
    }),
  };
}
