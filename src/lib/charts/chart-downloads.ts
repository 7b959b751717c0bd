import type { VerifiedChart } from './types.ts';

/** One downloadable file of a chart's data. */
export interface ChartDownload {
  /** File name under /data/: "timeline.csv". */
  file: string;
  /** Link text: "CSV", "JSON", "CSV (actors)". */
  label: string;
  contentType: string;
  body: string;
}

type Row = Record<string, string | number | boolean | undefined>;

/** Text a spreadsheet would read as a formula (or, after a tab or carriage return, start one). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; lines end in CRLF.
 * Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` and
 * quoted, as OWASP recommends against CSV injection: a label `=HYPERLINK("http://evil.example","x")`
 * opens in a spreadsheet as that text, not as a link. Numbers stay numbers (`-12` is written as is);
 * the JSON download keeps every value exactly.
 */
export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  const field = (value: Row[string]) => {
    if (typeof value === 'string' && FORMULA_START.test(value)) return `"'${value.replaceAll('"', '""')}"`;
    const text = value === undefined ? '' : String(value);
    return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((column) => field(row[column])).join(','))].join('\r\n') + '\r\n';
}

/**
 * The chart's data files: a CSV with one row per datum (a network has two, relations and
 * actors) and a JSON file with everything, each datum with its source, paragraph, the quoted
 * passage and an absolute link to it. `link` turns a site path into an absolute URL.
 */
export function chartDownloads(chart: VerifiedChart, link: (path: string) => string): ChartDownload[] {
  const cite = (datum: { source: string; quote: string; note?: string | undefined; citation: { label: string; path: string; matched: string } }) => ({
    source: datum.source,
    passage: datum.citation.label,
    link: link(datum.citation.path),
    quote: datum.citation.matched,
    note: datum.note,
  });
  const citeColumns = ['source', 'passage', 'link', 'quote', 'note'];
  let csv: { rows: Row[]; columns: string[] }[];
  let records: Record<string, unknown>;
  switch (chart.kind) {
    case 'timeline': {
      const rows = chart.events.map((event) => ({
        id: event.id,
        date: event.iso,
        date_precision: event.when.precision,
        date_qualifier: event.dateQualifier,
        date_label: event.dateLabel,
        label: event.label,
        category: event.category,
        regions: event.regions.join('; '),
        ...cite(event),
      }));
      csv = [{ rows, columns: ['id', 'date', 'date_precision', 'date_qualifier', 'date_label', 'label', 'category', 'regions', ...citeColumns] }];
      records = { regions: chart.regions, events: rows.map((row, i) => ({ ...row, regions: chart.events[i]!.regions })) };
      break;
    }
    case 'map': {
      const rows = chart.places.map((place) => ({
        id: place.id,
        label: place.label,
        country: place.country,
        longitude: place.at?.[0],
        latitude: place.at?.[1],
        coordinates: place.at ? 'approximate locator position' : undefined,
        role: place.role,
        inset: place.inset,
        ...cite(place),
      }));
      csv = [{ rows, columns: ['id', 'label', 'country', 'longitude', 'latitude', 'coordinates', 'role', 'inset', ...citeColumns] }];
      records = { coordinatesNote: chart.coordinatesNote, places: rows };
      break;
    }
    case 'figures': {
      const panels = new Map(chart.panels.map((panel) => [panel.id, panel]));
      const rows = chart.figures.map((figure) => ({
        id: figure.id,
        panel: figure.panel,
        panel_title: panels.get(figure.panel)?.title,
        unit: panels.get(figure.panel)?.unit,
        label: figure.label,
        stated: figure.stated,
        qualifier: figure.qualifier,
        value: figure.value,
        low: figure.range?.[0],
        high: figure.range?.[1],
        ...cite(figure),
      }));
      csv = [{ rows, columns: ['id', 'panel', 'panel_title', 'unit', 'label', 'stated', 'qualifier', 'value', 'low', 'high', ...citeColumns] }];
      records = { panels: chart.panels, figures: rows };
      break;
    }
    case 'network': {
      const labels = new Map(chart.actors.map((actor) => [actor.id, actor.label]));
      const relations = chart.relations.map((relation) => ({
        id: relation.id,
        from: relation.from,
        from_label: labels.get(relation.from),
        type: relation.type,
        to: relation.to,
        to_label: labels.get(relation.to),
        ...cite(relation),
      }));
      const actors = chart.actors.map((actor) => ({ id: actor.id, label: actor.label, type: actor.type, ...cite(actor) }));
      csv = [
        { rows: relations, columns: ['id', 'from', 'from_label', 'type', 'to', 'to_label', ...citeColumns] },
        { rows: actors, columns: ['id', 'label', 'type', ...citeColumns] },
      ];
      records = { actors, relations };
      break;
    }
  }
  const json = JSON.stringify({ chart: chart.id, kind: chart.kind, title: chart.title, caption: chart.caption, ...records }, (_key, value: unknown) => (value === undefined ? undefined : value), 2) + '\n';
  const files = downloadFiles(chart);
  return files.map((file, i) =>
    file.file.endsWith('.json')
      ? { ...file, contentType: 'application/json; charset=utf-8', body: json }
      : { ...file, contentType: 'text/csv; charset=utf-8', body: toCsv(csv[i]!.rows, csv[i]!.columns) },
  );
}

/** The names and link texts of a chart's data files, CSV first, then JSON. */
export function downloadFiles(chart: Pick<VerifiedChart, 'id' | 'kind'>): { file: string; label: string }[] {
  return [
    { file: `${chart.id}.csv`, label: 'CSV' },
    ...(chart.kind === 'network' ? [{ file: `${chart.id}-actors.csv`, label: 'CSV (actors)' }] : []),
    { file: `${chart.id}.json`, label: 'JSON' },
  ];
}

/** The names and link texts of a chart's pictures (src/data/chart-images.ts): SVG, then PNG. */
export function imageFiles(chart: Pick<VerifiedChart, 'id'>): { file: string; label: string }[] {
  return [
    { file: `${chart.id}.svg`, label: 'SVG' },
    { file: `${chart.id}.png`, label: 'PNG' },
  ];
}
