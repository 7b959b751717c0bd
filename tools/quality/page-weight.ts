import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** What a loaded resource counts towards. Images are reported but excluded from the budgets. */
export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface Resource {
  /** Site path of the resource ("/_astro/x.css"), or "inline:<sha1>" for code inside the HTML (same code, same path). */
  path: string;
  kind: ResourceKind;
  /** Bytes as stored in dist/. */
  bytes: number;
  /** The same bytes gzipped (zlib default level 6): what a compressing host sends. */
  gzipBytes: number;
  /** Inline code is already inside the HTML's bytes: it counts for its kind but not twice in the total. */
  inline?: boolean;
}

export interface PageWeight {
  /** The page's path in dist/. */
  page: string;
  template: string;
  /** The interactive features on the page (see interactiveFeatures): only those justify JavaScript of its own. */
  features: string[];
  resources: Resource[];
}

/** The page-weight rules of the quality issue, in bytes of gzip. */
export interface PageBudgets {
  /** Everything a page loads before interaction, images excluded. */
  totalGzip: number;
  /** JavaScript and CSS limits for briefing pages (the route file named here). */
  briefing: { route: string; jsGzip: number; cssGzip: number };
  /**
   * Pages without an interactive feature load no JavaScript of their own. The one exception is
   * script every page of the site loads (the header search's keyboard shortcuts, which also
   * lazy-load the search box on first focus): it may total at most this many bytes of gzip.
   */
  siteWideScriptGzip: number;
}

/**
 * The features that may bring JavaScript to a page, each recognised by its markup: charts
 * (interaction per chart kind, issue 4), citation preview cards (hover, focus, click and
 * tap, issue 3), the search page (results, filters, issue 5) and copy buttons ("Cite this
 * briefing", issue 15; hidden without JavaScript). Everything else on the site
 * works as plain HTML and CSS.
 */
export const INTERACTIVE_FEATURES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'chart', pattern: /<figure\b[^>]*\sdata-chart\b/u },
  { name: 'citation preview', pattern: /<a\b[^>]*\saria-describedby="[^"]*(?:cite|glossary)-card-/u },
  { name: 'search page', pattern: /<[a-z]+\b[^>]*\sdata-search-page\b/u },
  { name: 'copy button', pattern: /<button\b[^>]*\sdata-copy-target=/u },
];

/** Which interactive features a page's HTML contains. */
export function interactiveFeatures(html: string): string[] {
  return INTERACTIVE_FEATURES.filter((feature) => feature.pattern.test(html)).map((feature) => feature.name);
}

export const PAGE_BUDGETS: PageBudgets = {
  totalGzip: 100 * 1024,
  briefing: { route: 'briefings/[slug].astro', jsGzip: 10 * 1024, cssGzip: 15 * 1024 },
  siteWideScriptGzip: 1024,
};

const KIND_BY_EXTENSION: Record<string, ResourceKind> = {
  html: 'html',
  css: 'css',
  js: 'js',
  mjs: 'js',
  woff2: 'font',
  woff: 'font',
  ttf: 'font',
  otf: 'font',
  svg: 'image',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  avif: 'image',
  ico: 'image',
};

/** A resource's kind from its path ("/_astro/x.js" → "js"; "/sources/x/" → "html"). */
export function resourceKind(path: string): ResourceKind {
  const clean = path.replace(/[?#].*$/u, '');
  if (clean.endsWith('/')) return 'html';
  const extension = /\.([a-z0-9]+)$/iu.exec(clean)?.[1]?.toLowerCase() ?? '';
  return KIND_BY_EXTENSION[extension] ?? 'other';
}

export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes).length;
}

/** The inline `<script>` (code, not JSON data) and `<style>` of a page as resources, in document order. */
export function inlineResources(html: string): Resource[] {
  return inlineCode(html).map(({ kind, text }) => ({
    path: `inline:${createHash('sha1').update(text).digest('hex').slice(0, 12)}`,
    kind,
    bytes: Buffer.byteLength(text),
    gzipBytes: gzipSize(text),
    inline: true,
  }));
}

/** Inline `<script>` (code, not JSON data) and `<style>` contents of a page, in document order. */
export function inlineCode(html: string): { kind: 'js' | 'css'; text: string }[] {
  const found: { kind: 'js' | 'css'; text: string }[] = [];
  for (const match of html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/giu)) {
    const [, tag = '', attributes = '', text = ''] = match;
    if (text.trim() === '') continue;
    if (tag.toLowerCase() === 'script') {
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/iu.exec(attributes)?.[1]?.toLowerCase();
      if (type && !/^(?:module|text\/javascript|application\/javascript)$/u.test(type)) continue;
      found.push({ kind: 'js', text });
    } else {
      found.push({ kind: 'css', text });
    }
  }
  return found;
}

export interface WeightTotals {
  html: number;
  css: number;
  js: number;
  font: number;
  image: number;
  other: number;
  /** Everything but images, inline code counted once (inside the HTML). */
  total: number;
}

export function weightTotals(weight: PageWeight): WeightTotals {
  const totals: WeightTotals = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
  for (const resource of weight.resources) {
    totals[resource.kind] += resource.gzipBytes;
    if (resource.kind !== 'image' && !resource.inline) totals.total += resource.gzipBytes;
  }
  return totals;
}

/** Scripts every measured page loads: the site-wide scripts the JavaScript rule allows. */
export function siteWideScripts(weights: readonly PageWeight[]): Set<string> {
  const [first, ...rest] = weights;
  if (!first) return new Set();
  const common = new Set(first.resources.filter((resource) => resource.kind === 'js').map((resource) => resource.path));
  for (const weight of rest) {
    const paths = new Set(weight.resources.filter((resource) => resource.kind === 'js').map((resource) => resource.path));
    for (const path of common) if (!paths.has(path)) common.delete(path);
  }
  return common;
}

/**
 * Checks one page against the budgets; returns one line per breach, empty when within.
 * `siteWide` is the set from siteWideScripts over all measured pages.
 */
export function checkPageBudgets(weight: PageWeight, siteWide: ReadonlySet<string>, budgets: PageBudgets = PAGE_BUDGETS): string[] {
  const problems: string[] = [];
  const totals = weightTotals(weight);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  if (totals.total > budgets.totalGzip) {
    problems.push(`${weight.page}: initial transfer is ${kb(totals.total)} gzip without images; the budget is ${kb(budgets.totalGzip)}.`);
  }
  if (weight.template === budgets.briefing.route) {
    if (totals.js > budgets.briefing.jsGzip) problems.push(`${weight.page}: loads ${kb(totals.js)} gzip of JavaScript; a briefing may load ${kb(budgets.briefing.jsGzip)}.`);
    if (totals.css > budgets.briefing.cssGzip) problems.push(`${weight.page}: loads ${kb(totals.css)} gzip of CSS; a briefing may load ${kb(budgets.briefing.cssGzip)}.`);
  }
  const scripts = weight.resources.filter((resource) => resource.kind === 'js');
  const siteWideBytes = scripts.filter((resource) => siteWide.has(resource.path)).reduce((sum, resource) => sum + resource.gzipBytes, 0);
  if (siteWideBytes > budgets.siteWideScriptGzip) {
    problems.push(`${weight.page}: the scripts every page loads total ${kb(siteWideBytes)} gzip; they may total ${kb(budgets.siteWideScriptGzip)}.`);
  }
  if (weight.features.length === 0) {
    const own = scripts.filter((resource) => !siteWide.has(resource.path));
    if (own.length > 0) {
      problems.push(
        `${weight.page}: has no ${INTERACTIVE_FEATURES.map((feature) => feature.name).join(' or ')} but loads JavaScript: ${own.map((resource) => `${resource.path} (${kb(resource.gzipBytes)})`).join(', ')}.`,
      );
    }
  }
  return problems;
}
