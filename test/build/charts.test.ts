import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { DIST, assertDistBuilt, pageExists, readPage } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';

beforeAll(assertDistBuilt);

const KINDS = { timeline: 'timeline', map: 'map', figures: 'figures', network: 'network' } as const;
type Kind = keyof typeof KINDS;

/** The chart's data as published in its JSON download: what the page must show one mark for. */
function downloaded(id: string): Record<string, unknown> & { kind: Kind } {
  return JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8')) as Record<string, unknown> & { kind: Kind };
}

function data(id: string): { id: string; label?: string; link: string; passage: string }[] {
  const json = downloaded(id);
  const lists: Record<Kind, string[]> = { timeline: ['events'], map: ['places'], figures: ['figures'], network: ['relations', 'actors'] };
  return lists[json.kind].flatMap((list) => json[list] as { id: string; label?: string; link: string; passage: string }[]);
}

/** A CSV file as rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += char;
  }
  if (field || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

const pageCache = new Map<string, Root>();
function sourcePage(path: string): Root {
  let tree = pageCache.get(path);
  if (!tree) pageCache.set(path, (tree = readPage(path)));
  return tree;
}

const charts = ['timeline', 'map', 'figures', 'network'] as const;

describe.each(charts)('/visuals/%s/', (id) => {
  const kind = downloaded(id).kind;
  const page = () => readPage(`/visuals/${id}/`);
  const figure = () => select(`figure[data-chart="${kind}"]`, page())!;

  it('is a figure with a title, a caption, and SVGs named by them', () => {
    expect(pageExists(`/visuals/${id}/`)).toBe(true);
    const root = figure();
    expect(root).toBeDefined();
    expect(toText(select('.chart-title', root)!).length).toBeGreaterThan(10);
    expect(toText(select('.chart-caption', root)!).length).toBeGreaterThan(20);
    const svgs = selectAll('svg.chart-svg', root);
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      // A group, not an image: its marks are links, and an image's children are hidden from assistive technology.
      expect(svg.properties.role).toBe('group');
      const labelledBy = String(svg.properties.ariaLabelledBy ?? (svg.properties['aria-labelledby'] as string | undefined) ?? '').split(/[\s,]+/u);
      expect(labelledBy.length).toBe(2);
      for (const ref of labelledBy) expect(select(`#${ref}`, page()), `#${ref}`).toBeDefined();
      expect(String(svg.properties.viewBox)).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/u);
    }
  });

  it('draws one mark per datum in each SVG (a phone’s network lists its relations under the picture), each linking to its source paragraph', () => {
    const expected = data(id);
    for (const svg of selectAll('svg.chart-svg', figure())) {
      const listed = svg.properties.className?.toString().includes('net-narrow') ? selectAll('.net-relation-list a', figure()).map((link) => ({ ...link, properties: { ...link.properties, dataId: String(link.properties.dataRef).replace(/^.*-src-/u, ''), ariaLabel: 'Source: listed' } })) : [];
      const marks = [...selectAll('a.chart-mark', svg), ...listed];
      expect(marks.length).toBe(expected.length);
      const ids = marks.map((mark) => String(mark.properties.dataId)).sort();
      const expectedIds = expected.map((datum) => datum.id).sort();
      expect(ids).toEqual(expectedIds);
      for (const mark of marks) {
        const href = String(mark.properties.href);
        const [path, anchor] = href.split('#');
        expect(anchor, href).toMatch(/^(p|bio|note)-\d+$/u);
        expect(select(`#${anchor}`, sourcePage(path!)), `${href} points at no element`).toBeDefined();
        expect(String(mark.properties.ariaLabel ?? '')).toMatch(/Source: .+/u);
      }
    }
  });

  it('labels the marks: the datum’s label appears in each SVG', () => {
    const labels = data(id)
      .filter((datum) => typeof datum.label === 'string')
      .map((datum) => datum.label!);
    for (const svg of selectAll('svg.chart-svg', figure())) {
      const text = toText(svg).replace(/\s+/gu, ' ');
      for (const label of labels) {
        // Wrapped labels are split across tspans: compare their words.
        for (const word of label.split(' ')) expect(text, `${label} in ${id}`).toContain(word);
      }
    }
  });

  it('has no NaN or undefined anywhere in its SVG', () => {
    for (const svg of selectAll('svg.chart-svg', figure())) expect(toHtml(svg)).not.toMatch(/NaN|undefined|Infinity/u);
  });

  it('lists every datum under Sources, each with the quoted passage and a link to its paragraph', () => {
    const entries = selectAll('details.chart-sources li', figure());
    expect(entries.length).toBe(data(id).length);
    for (const entry of entries) {
      const link = select('a.chart-source-link', entry)!;
      expect(String(link.properties.href)).toMatch(/\/sources\/[a-z0-9-]+\/#(p|bio|note)-\d+$/u);
      expect(toText(select('blockquote', entry)!).length).toBeGreaterThan(5);
    }
    for (const mark of selectAll('a.chart-mark', figure())) expect(select(`#${String(mark.properties.dataRef)}`, figure())).toBeDefined();
  });

  it('has a Data table with a header and a row per datum (a row per relation for the network)', () => {
    const table = select('details.chart-data table', figure())!;
    expect(selectAll('thead th[scope="col"]', table).length).toBeGreaterThanOrEqual(4);
    const json = downloaded(id);
    const rows = kind === 'network' ? (json.relations as unknown[]).length : data(id).length;
    expect(selectAll('tbody tr', table).length).toBe(rows);
    for (const row of selectAll('tbody tr', table)) expect(select('th[scope="row"]', row)).toBeDefined();
  });

  it('offers CSV and JSON downloads that exist and parse, with the same data', () => {
    const links = selectAll('.chart-downloads a', figure()).map((link) => String(link.properties.href));
    expect(links).toContain(`/data/${id}.csv`);
    expect(links).toContain(`/data/${id}.json`);
    const csv = parseCsv(readFileSync(join(DIST, 'data', `${id}.csv`), 'utf8'));
    const header = csv[0]!;
    expect(header).toEqual(expect.arrayContaining(['id', 'source', 'passage', 'link', 'quote']));
    const json = downloaded(id);
    const rows = kind === 'network' ? (json.relations as unknown[]).length : data(id).length;
    expect(csv.length - 1).toBe(rows);
    for (const row of csv.slice(1)) expect(row).toHaveLength(header.length);
  });

  it('offers the chart as an SVG and a PNG picture with its title, legend, sources and address', () => {
    const links = selectAll('.chart-downloads a', figure()).map((link) => String(link.properties.href));
    expect(links).toEqual(expect.arrayContaining([`/data/${id}.svg`, `/data/${id}.png`]));
    const svg = readFileSync(join(DIST, 'data', `${id}.svg`), 'utf8');
    expect(XMLValidator.validate(svg), `${id}.svg is well-formed`).toBe(true);
    const title = toText(select('.chart-title', figure())!);
    expect(svg).toContain(`<title>${title}</title>`);
    expect(svg).toMatch(/Sources: [^<]+\./u);
    expect(svg).toContain(`/visuals/${id}/`);
    // The wide drawing, and every legend entry's words.
    expect(svg).toMatch(/<g class="chart-svg[^"]*"><svg /u);
    for (const entry of selectAll('.chart-legend li', figure())) expect(svg).toContain(toText(entry).replace(/\s+/gu, ' ').trim().replace(/&/gu, '&amp;'));
    expect(svg).not.toMatch(/var\(--|NaN|undefined/u);
    const png = readFileSync(join(DIST, 'data', `${id}.png`));
    const size = pngSize(png);
    expect(size.width).toBeGreaterThanOrEqual(1200);
    expect(size.height).toBeGreaterThan(600);
  });

  it('gives a citation of the chart to copy, with its address and the sources of its data', () => {
    const citation = toText(select('.chart-cite-text', figure())!);
    expect(citation).toContain(toText(select('.chart-title', figure())!));
    expect(citation).toMatch(new RegExp(`https?://[^ ]+/visuals/${id}/\\. Data: .+\\.$`, 'u'));
  });

  it('loads its client script as an external module (no inline script: the CSP forbids them)', () => {
    const scripts = selectAll('script', page());
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      if (script.properties.type === 'application/ld+json') continue;
      expect(script.properties.src, toHtml(script).slice(0, 120)).toBeDefined();
    }
  });
});

/** The kind's lazily imported module and the chunks it imports, from the page's loader script. */
function clientChunks(id: string, kind: Kind): string[] {
  const loader = selectAll('script[src]', readPage(`/visuals/${id}/`))
    .map((script) => String(script.properties.src))
    .find((src) => src.includes(kind === 'network' ? 'ActorNetwork' : `${kind[0]!.toUpperCase()}${kind.slice(1)}`))!;
  const loaderCode = readFileSync(join(DIST, loader), 'utf8');
  const entry = new RegExp(`${kind}-chart\\.[\\w-]+\\.js`, 'u').exec(loaderCode)?.[0];
  if (!entry) throw new Error(`${loader} does not import the ${kind} chart module`);
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(join(DIST, '_astro', file), 'utf8');
    for (const match of code.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']|import\s*["']\.\/([\w.-]+\.js)["']/gu)) visit(match[1] ?? match[2]!);
  };
  visit(entry);
  return [...files];
}

describe('client scripts and sizes', () => {
  it.each(charts)('%s: the chart module and its imports are at most 8 KB gzip', (id) => {
    const kind = downloaded(id).kind;
    const files = clientChunks(id, kind);
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, '_astro', file))).length, 0);
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
    // Layouts are done at build time: no d3 module reaches the browser.
    for (const file of files) expect(readFileSync(join(DIST, '_astro', file), 'utf8')).not.toMatch(/forceSimulation|geoPath|scaleLinear/u);
  });

  it('a page without a chart loads no chart script', () => {
    const scripts = selectAll('script[src]', readPage('/sources/')).map((script) => String(script.properties.src));
    expect(scripts.filter((src) => /Timeline|Map|Figures|ActorNetwork|chart/u.test(src))).toEqual([]);
  });

  it('the map SVG is at most 60 KB', () => {
    const svg = select('figure[data-chart="map"] svg.chart-svg', readPage('/visuals/map/')) as Element;
    expect(Buffer.byteLength(toHtml(svg))).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('a chart’s title', () => {
  it('is said once on a chart’s page, as its heading, and once per chart on /visuals/', () => {
    for (const id of charts) {
      const page = readPage(`/visuals/${id}/`);
      const headings = selectAll('h1', page);
      expect(headings.map((heading) => String(heading.properties.id))).toEqual([`chart-${id}-title`]);
      const title = toText(headings[0]!);
      expect(selectAll('h1, h2, h3, p', select('main', page)!).filter((element) => toText(element).trim() === title)).toHaveLength(1);
      const list = readPage('/visuals/');
      expect(selectAll('h2', list).filter((element) => toText(element).trim() === title).map((heading) => String(heading.properties.id))).toEqual([`chart-${id}-title`]);
    }
  });
});

describe('/visuals/', () => {
  it('shows every chart and links to each chart’s page and data', () => {
    const tree = readPage('/visuals/');
    for (const id of charts) {
      expect(select(`#chart-${id}`, tree), id).toBeDefined();
      expect(select(`a[href="/visuals/${id}/"]`, tree), id).toBeDefined();
    }
  });

  it('links each chart to the briefings that embed it, or says none does', () => {
    const tree = readPage('/visuals/');
    for (const id of charts) {
      const section = select(`section[aria-labelledby="chart-${id}-title"]`, tree)!;
      const usage = select('.chart-usage', section)!;
      const links = selectAll('a', usage);
      if (links.length === 0) expect(toText(usage)).toContain('Not yet used');
      for (const link of links) expect(pageExists(String(link.properties.href))).toBe(true);
    }
  });
});
