/**
 * The search benchmark behind `npm run bench:search` (scripts/bench-search.ts). Measures search
 * on the built site (dist/, run `npm run build` first) and on a synthetic corpus of `pages`
 * pages made from the site's own page template and vocabulary (written to .bench/synthetic/ and
 * indexed with the same Pagefind step as the build), in Debian's Chromium:
 *
 * - index size on disk (Pagefind's index files, and its runtime: pagefind.js, worker, WebAssembly);
 * - bytes fetched for the first query in the header box, from focusing the field to rendered
 *   results, entered at once and typed one key every 120 ms (as sent by our uncompressing static
 *   server, and as a host that gzips text would send them), and for opening /search/?q=… directly;
 * - keystroke-to-results time: median of `queries` queries after the index has loaded, from the
 *   keydown of a query's last character to the next frame after its results are in the page.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';
import { emptySearchState, searchStateToQueryString } from '../../src/lib/search/search-state.ts';
import { launchChromium } from '../browser/chromium.ts';
import { PROJECT_ROOT } from '../process/project-copy.ts';
import { serveSite } from '../server/serve-site.ts';
import { summarizeTimings, type Timing } from './statistics.ts';
import { syntheticPages, vocabularyOf } from './synthetic-corpus.ts';

const DIST = join(PROJECT_ROOT, 'dist');
const BENCH = join(PROJECT_ROOT, '.bench');
const FIRST_QUERY = 'Wadi Hauran';
/** Names, places and themes readers search for; all occur in the sources (and so in the synthetic vocabulary). */
const ALL_QUERIES = [
  'Rutte', 'Sahel', 'ISIS-K', 'Baghdad', 'coalition', 'Erbil', 'Moscow', 'Taliban', 'Syria', 'NATO',
  'Mosul', 'Anbar', 'Austin', 'withdrawal', 'intelligence', 'Afghanistan', 'Badia', 'Idlib', 'Kurdish', 'sovereignty',
  'Hamrin', 'Brussels', 'caliphate', 'terrorism',
];
const TYPING_DELAY_MS = 120;
/**
 * How long the keystroke timings leave the field alone before the measured key: longer than the
 * header box's burst pause (src/client/search-box.ts), so that the key is one a reader presses
 * after a pause. The key that ends a burst of typing is timed separately (typed first query).
 */
const PAUSE_BEFORE_KEY_MS = 400;
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '']);

interface SiteFigures {
  label: string;
  pages: number;
  indexBytes: number;
  indexFiles: number;
  runtimeBytes: number;
  /** The whole query arrives in one input event (pasted, or typed faster than a search takes). */
  boxFirstQuery: FetchFigures;
  /** Typed one key at a time, each prefix searched on the way. */
  boxFirstQueryTyped: FetchFigures;
  pageFirstQuery: FetchFigures;
  boxKeystroke: Timing;
  pageKeystroke: Timing;
}
interface FetchFigures {
  requests: number;
  /** Bytes on the wire from our static server (headers and bodies, nothing compressed but Pagefind's own gzip). */
  sentBytes: number;
  /** The same bodies gzipped as a host compressing text would send them (Pagefind's files are already gzip). */
  gzipBytes: number;
  /** Each request: its path under the site and its gzip bytes, in the order they finished (in .bench/search-results.json). */
  files: { path: string; gzipBytes: number }[];
  /** Typed only: from the keydown of the last character to the results in the page (the index loaded on the way). */
  lastKeyMs?: number;
}

function walk(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function indexFigures(root: string): Pick<SiteFigures, 'indexBytes' | 'indexFiles' | 'runtimeBytes' | 'pages'> {
  const files = walk(join(root, 'pagefind'));
  const runtime = files.filter((file) => /pagefind\.js$|pagefind-worker\.js$|wasm\.[a-z]+\.pagefind$/u.test(file));
  const index = files.filter((file) => !runtime.includes(file));
  const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
  const entry = JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return {
    indexBytes: size(index),
    indexFiles: index.length,
    runtimeBytes: size(runtime),
    pages: Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0),
  };
}

/** Records what a page fetches (its workers included) between start() and stop(). */
function fetchRecorder(page: Page, root: string, siteUrl: string) {
  const fetched: { path: string; sent: number }[] = [];
  let recording = false;
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    if (!recording) return;
    pending.push(
      request.sizes().then((sizes) => {
        fetched.push({ path: request.url(), sent: sizes.responseHeadersSize + sizes.responseBodySize });
      }),
    );
  });
  const gzipSize = (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname).slice(new URL(siteUrl).pathname.length);
    const file = join(root, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
    if (!existsSync(file)) return 0;
    const body = readFileSync(file);
    return COMPRESSIBLE.has(extname(file)) ? Math.min(body.length, gzipSync(body, { level: 6 }).length) : body.length;
  };
  return {
    start: () => {
      recording = true;
    },
    stop: async (): Promise<FetchFigures> => {
      recording = false;
      await Promise.all(pending);
      const files = fetched.map((item) => ({ path: new URL(item.path).pathname, gzipBytes: gzipSize(item.path) }));
      return {
        requests: fetched.length,
        sentBytes: fetched.reduce((sum, item) => sum + item.sent, 0),
        gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
        files,
      };
    },
  };
}

async function boxFirstQuery(browser: Browser, root: string, siteUrl: string, typed: boolean): Promise<FetchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(siteUrl);
  await page.waitForLoadState('networkidle');
  const recorder = fetchRecorder(page, root, siteUrl);
  recorder.start();
  const input = page.locator('#site-search-q');
  await input.focus();
  await page.evaluate(() => {
    const marks = { lastKey: 0 };
    (window as unknown as { marks: typeof marks }).marks = marks;
    document.querySelector('#site-search-q')!.addEventListener('keydown', () => (marks.lastKey = performance.now()), true);
  });
  if (typed) await page.keyboard.type(FIRST_QUERY, { delay: TYPING_DELAY_MS });
  else await input.fill(FIRST_QUERY);
  const rendered = await page.waitForFunction((query) => {
    const done = document.querySelector<HTMLElement>('form.site-search')?.dataset.renderedQuery === query;
    return done ? performance.now() - (window as unknown as { marks: { lastKey: number } }).marks.lastKey : false;
  }, FIRST_QUERY, { polling: 'raf' });
  const lastKeyMs = Number(await rendered.jsonValue());
  await page.waitForLoadState('networkidle');
  const figures: FetchFigures = await recorder.stop();
  if (typed) figures.lastKeyMs = lastKeyMs;
  await context.close();
  return figures;
}

async function pageFirstQuery(browser: Browser, root: string, siteUrl: string): Promise<FetchFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const recorder = fetchRecorder(page, root, siteUrl);
  const state = searchStateToQueryString({ ...emptySearchState(), query: FIRST_QUERY });
  recorder.start();
  await page.goto(`${siteUrl}search/?${state}`);
  await page.waitForSelector(`[data-search-page][data-rendered-state="${state}"]`);
  await page.waitForLoadState('networkidle');
  const figures = await recorder.stop();
  await context.close();
  return figures;
}

/**
 * Keystroke to rendered results: each query is typed up to its last character and left to settle,
 * then the last key is pressed; the page records the time from that keydown to the frame after
 * the results for the whole query are in the DOM.
 */
async function keystrokeTimes(browser: Browser, siteUrl: string, where: 'box' | 'page', queries: readonly string[]): Promise<Timing> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(where === 'box' ? siteUrl : `${siteUrl}search/`);
  const input = page.locator(where === 'box' ? '#site-search-q' : '#search-q');
  const marker = where === 'box' ? 'form.site-search' : '[data-search-page]';
  const attribute = where === 'box' ? 'renderedQuery' : 'renderedState';
  const expected = (query: string) => (where === 'box' ? query : searchStateToQueryString({ ...emptySearchState(), query }));
  const settled = (query: string) =>
    page.waitForFunction(([selector, key, value]) => document.querySelector<HTMLElement>(selector!)?.dataset[key!] === value, [marker, attribute, expected(query)]);

  await input.focus();
  await input.fill(FIRST_QUERY);
  await settled(FIRST_QUERY);
  await page.evaluate(
    ([selector, key]) => {
      const element = document.querySelector<HTMLElement>(selector!)!;
      const field = document.querySelector<HTMLInputElement>('input[data-search-input]')!;
      const bench = { start: 0, expect: '', result: null as number | null };
      (window as unknown as { bench: typeof bench }).bench = bench;
      field.addEventListener('keydown', () => {
        bench.start = performance.now();
        bench.result = null;
      }, true);
      new MutationObserver(() => {
        if (bench.start === 0 || bench.result !== null || element.dataset[key!] !== bench.expect) return;
        const start = bench.start;
        bench.start = 0;
        requestAnimationFrame(() => {
          bench.result = performance.now() - start;
        });
      }).observe(element, { attributes: true });
    },
    [marker, attribute],
  );
  const samples: number[] = [];
  for (const query of queries) {
    const prefix = query.slice(0, -1);
    await page.evaluate(() => {
      const bench = (window as unknown as { bench: { start: number; result: number | null } }).bench;
      bench.start = 0;
      bench.result = null;
    });
    await input.fill(prefix);
    await settled(prefix);
    await page.waitForTimeout(PAUSE_BEFORE_KEY_MS);
    await page.evaluate((value) => ((window as unknown as { bench: { expect: string } }).bench.expect = value), expected(query));
    await page.keyboard.press(query.at(-1)!);
    const result = await page.waitForFunction(() => (window as unknown as { bench: { result: number | null } }).bench.result);
    samples.push(Number(await result.jsonValue()));
  }
  await context.close();
  return summarizeTimings(samples);
}

async function measure(label: string, root: string, browser: Browser, queries: readonly string[]): Promise<SiteFigures> {
  const site = await serveSite(root);
  try {
    const figures: SiteFigures = {
      label,
      ...indexFigures(root),
      boxFirstQuery: await boxFirstQuery(browser, root, site.url, false),
      boxFirstQueryTyped: await boxFirstQuery(browser, root, site.url, true),
      pageFirstQuery: await pageFirstQuery(browser, root, site.url),
      boxKeystroke: await keystrokeTimes(browser, site.url, 'box', queries),
      pageKeystroke: await keystrokeTimes(browser, site.url, 'page', queries),
    };
    return figures;
  } finally {
    await site.close();
  }
}

/** dist/ with `count` synthetic pages added and the whole indexed again, in .bench/synthetic/. */
async function buildSyntheticSite(count: number, chunkSize: number | undefined): Promise<string> {
  const root = join(BENCH, 'synthetic');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(BENCH, { recursive: true });
  // dist is a link to the build's folder: copy the folder, not the link (writing through it would add the synthetic pages to the real site).
  cpSync(realpathSync(DIST), root, { recursive: true });
  rmSync(join(root, 'pagefind'), { recursive: true, force: true });
  const sourceFiles = readdirSync(join(PROJECT_ROOT, 'content/sources')).filter((name) => name.endsWith('.md'));
  const vocabulary = vocabularyOf(sourceFiles.map((name) => readFileSync(join(PROJECT_ROOT, 'content/sources', name), 'utf8').replace(/^---[\s\S]*?---/u, '')));
  const template = readFileSync(join(DIST, 'sources', sourceFiles[0]!.replace(/\.md$/u, ''), 'index.html'), 'utf8');
  let written = 0;
  for (const page of syntheticPages({ count, vocabulary, template, seed: 5000 })) {
    const folder = join(root, page.sitePath);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), page.html);
    written += 1;
  }
  const started = performance.now();
  const summary = await buildSearchIndex({ siteDir: root, ...(chunkSize !== undefined ? { indexChunkSize: chunkSize } : {}) });
  console.log(`Synthetic corpus: ${written} pages (vocabulary of ${vocabulary.length} words) indexed in ${((performance.now() - started) / 1000).toFixed(1)} s into ${relative(process.cwd(), summary.outputPath)}`);
  return root;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function report(all: SiteFigures[], queries: readonly string[]): string {
  const rows: [string, (figures: SiteFigures) => string][] = [
    ['pages in the index', (f) => String(f.pages)],
    ['index on disk (files)', (f) => `${kb(f.indexBytes)} (${f.indexFiles})`],
    ['Pagefind runtime on disk (js, worker, wasm)', (f) => kb(f.runtimeBytes)],
    ['first query, header box, entered at once: requests', (f) => String(f.boxFirstQuery.requests)],
    ['first query, header box, entered at once: bytes sent (uncompressed server)', (f) => kb(f.boxFirstQuery.sentBytes)],
    ['first query, header box, entered at once: bytes with gzip for text', (f) => kb(f.boxFirstQuery.gzipBytes)],
    [`first query, header box, typed (${TYPING_DELAY_MS} ms a key): requests`, (f) => String(f.boxFirstQueryTyped.requests)],
    [`first query, header box, typed: bytes with gzip for text`, (f) => kb(f.boxFirstQueryTyped.gzipBytes)],
    [`first query, header box, typed: last key → results (one sample)`, (f) => ms(f.boxFirstQueryTyped.lastKeyMs ?? Number.NaN)],
    ['first query, /search/?q= page load: bytes sent', (f) => kb(f.pageFirstQuery.sentBytes)],
    ['first query, /search/?q= page load: bytes with gzip', (f) => kb(f.pageFirstQuery.gzipBytes)],
    [`keystroke → results, header box: median (p90, max) of ${queries.length}`, (f) => `${ms(f.boxKeystroke.median)} (${ms(f.boxKeystroke.p90)}, ${ms(f.boxKeystroke.max)})`],
    [`keystroke → results, search page: median (p90, max) of ${queries.length}`, (f) => `${ms(f.pageKeystroke.median)} (${ms(f.pageKeystroke.p90)}, ${ms(f.pageKeystroke.max)})`],
  ];
  const header = `| | ${all.map((f) => f.label).join(' | ')} |\n|---|${all.map(() => '---').join('|')}|`;
  return [header, ...rows.map(([name, value]) => `| ${name} | ${all.map(value).join(' | ')} |`)].join('\n');
}

export interface SearchBenchOptions {
  /** Synthetic pages to add to the built site. */
  pages: number;
  /** How many of the benchmark's queries to time (at most 24). */
  queries: number;
  /** Leave out the built site, or the synthetic one. */
  skipReal: boolean;
  skipSynthetic: boolean;
  /** Index the synthetic corpus with this many word locations per chunk instead of the build's setting. */
  chunkSize?: number | undefined;
  /** Measure the synthetic site already in .bench/synthetic/ instead of building it again. */
  reuse: boolean;
}

/** Runs the benchmark, prints its table and writes .bench/search-results.json. */
export async function runSearchBench(options: SearchBenchOptions): Promise<void> {
  if (!existsSync(join(DIST, 'pagefind', 'pagefind-entry.json'))) throw new Error(`No search index in ${DIST}. Run "npm run build" first.`);
  const queries = ALL_QUERIES.slice(0, options.queries);
  const browser = await launchChromium();
  try {
    const results: SiteFigures[] = [];
    if (!options.skipReal) results.push(await measure('real site', DIST, browser, queries));
    if (!options.skipSynthetic) {
      const root = options.reuse ? join(BENCH, 'synthetic') : await buildSyntheticSite(options.pages, options.chunkSize);
      results.push(await measure(`synthetic, ${options.pages} pages`, root, browser, queries));
    }
    const table = report(results, queries);
    console.log(`\nFirst query "${FIRST_QUERY}", typed one key per ${TYPING_DELAY_MS} ms; keystroke timings over: ${queries.join(', ')}\n`);
    console.log(table);
    mkdirSync(BENCH, { recursive: true });
    writeFileSync(join(BENCH, 'search-results.json'), `${JSON.stringify({ date: new Date().toISOString(), firstQuery: FIRST_QUERY, queries, results }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}
