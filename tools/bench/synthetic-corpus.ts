import { stringify } from 'yaml';
import { escapeHtml } from '../../src/lib/text/escape-html.ts';
import { pageSearchAttributes, type PageSearchFacts } from '../../src/lib/search/page-search-attributes.ts';
import { ingestText } from '../../src/lib/sources/ingest-article.ts';

/**
 * The synthetic corpus every benchmark builds: sources written through the real ingest,
 * briefings whose every citation quotes its paragraph, a timeline whose every event quotes its
 * source (npm run bench, npm run bench:citations), and built pages in the site's own template
 * with Zipf-distributed words (npm run bench:search). Everything is drawn from one seeded
 * generator, so the same options give the same corpus on every run and machine.
 */

/**
 * The seeded generator: a 32-bit linear congruential generator (Numerical Recipes' constants),
 * returning numbers in [0, 1) from the state's high bits. Kept over the search benchmark's
 * mulberry32 because BENCHMARKS.md was measured on the corpus this one generates.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An item of a list, chosen uniformly. */
function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** `length` words from `word()`, the first capitalised, ending in a full stop. */
function sentence(length: number, word: () => string): string {
  const words = Array.from({ length }, word);
  const first = words[0] ?? '';
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(' ')}.`;
}

// ── Sources and briefings ────────────────────────────────────────────────────────────────

const WORDS = (
  'coalition security forces border desert valley mountain cells leadership withdrawal agreement timetable ' +
  'alliance intelligence training mission threat attack network region government militia election ' +
  'sovereignty partners officials analysts report warning operations capacity support presence strategy'
).split(' ');

/** A sentence of the sources' and briefings' small vocabulary, every word equally likely. */
const plainSentence = (random: () => number, length: number) => sentence(length, () => pick(random, WORDS));

export interface SyntheticSource {
  slug: string;
  /** The whole `content/sources/<slug>.md`, written through the real ingest. */
  markdown: string;
  paragraphs: string[];
}

/** N sources of `paragraphs` paragraphs each, ingested exactly as a received text would be. */
export function syntheticSources(count: number, options: { paragraphs?: number; seed?: number } = {}): SyntheticSource[] {
  const random = seededRandom(options.seed ?? 1);
  const paragraphCount = options.paragraphs ?? 8;
  return Array.from({ length: count }, (_, i) => {
    const slug = `source-${String(i + 1).padStart(5, '0')}`;
    const paragraphs = Array.from({ length: paragraphCount }, () =>
      Array.from({ length: 4 }, () => plainSentence(random, 8 + Math.floor(random() * 8))).join(' '),
    );
    const text = paragraphs.join('\n');
    const entry = {
      file: `${slug}.txt`,
      slug,
      title: `Synthetic source ${i + 1}`,
      publisher: `Publisher ${(i % 37) + 1}`,
      authors: [`Author ${(i % 101) + 1}`],
      published: `20${String(10 + (i % 15)).padStart(2, '0')}-0${(i % 9) + 1}-1${i % 9}`,
      datePrecision: 'day' as const,
      url: `https://example.org/articles/${slug}`,
      kind: 'news report',
      language: 'en',
      regions: ['Iraq'],
      topics: ['coalition'],
      rights: 'full-text' as const,
      notes: '',
    };
    const { markdown } = ingestText(new TextEncoder().encode(text), entry.file, entry, '2026-01-01');
    return { slug, markdown, paragraphs };
  });
}

/** Six consecutive words of one of a source's paragraphs (no closing full stop): a quotation the matcher verifies. */
function quoteFrom(random: () => number, source: SyntheticSource): { paragraphIndex: number; quote: string } {
  const paragraphIndex = Math.floor(random() * source.paragraphs.length);
  const words = (source.paragraphs[paragraphIndex] ?? '').split(' ');
  const start = Math.floor(random() * Math.max(1, words.length - 6));
  return { paragraphIndex, quote: words.slice(start, start + 6).join(' ').replace(/[.]$/u, '') };
}

/**
 * N briefings, each with `citations` sentences that cite a paragraph of a source with a
 * `¶N` locator and quote six consecutive words of it, so every citation is verified. Each keeps
 * the editorial rules the build enforces (EDITORIAL in src/config.ts): sentences long enough for
 * 600 to 1,500 words whatever the number of citations, at least two sources, a "What to watch"
 * section, and three key takeaways that each cite a paragraph.
 */
export function syntheticBriefings(
  count: number,
  sources: readonly SyntheticSource[],
  options: { citations?: number; seed?: number; quotes?: 'straight' | 'curly' } = {},
): { slug: string; mdx: string }[] {
  const random = seededRandom(options.seed ?? 2);
  const citations = options.citations ?? 20;
  const [open, close] = options.quotes === 'curly' ? ['“', '”'] : ['"', '"'];
  // About 800 words in all: each cited sentence carries its share, beside the quotation (six words) and "as one report put it".
  const sentenceWords = Math.max(14, Math.ceil(800 / Math.max(1, citations)) - 10);
  return Array.from({ length: count }, (_, i) => {
    const slug = `briefing-${String(i + 1).padStart(5, '0')}`;
    const cited: string[] = [];
    const body: string[] = [];
    const watchAt = Math.max(0, citations - Math.max(1, Math.floor(citations / 5)));
    for (let c = 0; c < citations; c++) {
      // Two sources at least: the second citation never repeats the first one's source.
      let source = sources[Math.floor(random() * sources.length)];
      if (c === 1 && source && sources.length > 1 && source.slug === cited[0]) source = sources[(sources.indexOf(source) + 1) % sources.length];
      if (!source) continue;
      const { paragraphIndex, quote } = quoteFrom(random, source);
      if (!cited.includes(source.slug)) cited.push(source.slug);
      if (c === watchAt) body.push('', '## What to watch', '');
      body.push(`${plainSentence(random, sentenceWords).slice(0, -1)}, as one report put it: ${open}${quote}${close} [@${source.slug}, ¶${paragraphIndex + 1}].`);
      if (c % 5 === 4) body.push('');
      if (c % 10 === 9 && c + 1 < watchAt) body.push(`## Section ${c / 10 + 0.1}`.replace('.1', ''), '');
    }
    const takeaways = [1, 2, 3].map((n) => `"Generated takeaway ${n} [@${cited[(n - 1) % cited.length] ?? ''}, ¶${n}]."`);
    const frontmatter = [
      '---',
      `title: "Synthetic briefing ${i + 1}"`,
      `dek: "A generated briefing for benchmarks."`,
      `published: "2025-${String((i % 12) + 1).padStart(2, '0')}-01"`,
      'authors: ["Bench"]',
      'regions: ["Iraq"]',
      'topics: ["coalition"]',
      `sources: [${cited.map((slug) => `"${slug}"`).join(', ')}]`,
      `keyTakeaways: [${takeaways.join(', ')}]`,
      '---',
      '',
    ].join('\n');
    return { slug, mdx: `${frontmatter}${body.join('\n')}\n` };
  });
}

// ── Chart data ───────────────────────────────────────────────────────────────────────────

const CATEGORIES = ['attack', 'diplomacy', 'military', 'politics'] as const;
const TIMELINE_REGIONS = ['Iraq', 'Syria', 'Sahel', 'Europe'];

/**
 * `content/data/timeline.yaml` for a synthetic corpus: `events` events, each citing a random
 * source and quoting six consecutive words of one of its paragraphs, so the chart loader
 * verifies every datum as it does the real timeline's.
 */
export function syntheticTimeline(sources: readonly SyntheticSource[], options: { events?: number; seed?: number } = {}): string {
  const random = seededRandom(options.seed ?? 3);
  const count = Math.min(options.events ?? 24, sources.length * 4);
  const events = Array.from({ length: count }, (_, i) => {
    const source = pick(random, sources);
    const { quote } = quoteFrom(random, source);
    return {
      id: `event-${i + 1}`,
      date: `${2001 + (i % 25)}`,
      label: `Synthetic event ${i + 1}`,
      category: CATEGORIES[i % CATEGORIES.length],
      regions: [TIMELINE_REGIONS[i % TIMELINE_REGIONS.length]],
      source: source.slug,
      quote,
    };
  });
  return stringify({ kind: 'timeline', title: 'Synthetic timeline', caption: 'Events of the synthetic corpus, for benchmarks.', regions: TIMELINE_REGIONS, events });
}

const TIMELINE_IMPORT = "import Timeline from '../../src/components/charts/Timeline.astro';";

/** A briefing with the timeline embedded after its first section, as the real briefings embed charts. */
export function embedTimeline(mdx: string): string {
  const end = mdx.indexOf('\n---\n', 4) + '\n---\n'.length;
  return `${mdx.slice(0, end)}${TIMELINE_IMPORT}\n\n<Timeline />\n\n${mdx.slice(end)}`;
}

/** The same briefing for a plain Astro site, which has none of our components: imports and chart tags removed. */
export function withoutComponents(mdx: string): string {
  return mdx.replace(/^import .*\n/gmu, '').replace(/^<[A-Z][A-Za-z]* [^>]*\/>\n|^<[A-Z][A-Za-z]* ?\/>\n/gmu, '');
}

// ── Built pages for the search benchmark ─────────────────────────────────────────────────

export interface SyntheticPagesOptions {
  count: number;
  /** Words, most frequent first (a real text's vocabulary by frequency). */
  vocabulary: readonly string[];
  /** A built page whose `<article …>…</article>` is replaced by each synthetic article. */
  template: string;
  seed?: number;
  /** Roughly this many words per page (real sources have 600–1,900). */
  wordsPerPage?: number;
}

export interface SyntheticPage {
  /** Site path of the page's folder: `/sources/synthetic-00042/`. */
  sitePath: string;
  html: string;
}

const PUBLISHERS = Array.from({ length: 40 }, (_, i) => `Publisher ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? String(i) : ''}`);
const PAGE_REGIONS = Array.from({ length: 30 }, (_, i) => `Region ${i + 1}`);
const TOPICS = Array.from({ length: 60 }, (_, i) => `Topic ${i + 1}`);

/** A word of the vocabulary, the word of rank r drawn with weight 1/r (Zipf), so the index has a realistic mix of common and rare words. */
function zipfWord(random: () => number, vocabulary: readonly string[]): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low]!;
  };
}

/**
 * Built pages shaped like our source pages (numbered paragraphs with ids, section headings with
 * ids, the same Pagefind facets) inside a real page's template, for the search benchmark.
 */
export function* syntheticPages(options: SyntheticPagesOptions): Generator<SyntheticPage> {
  const random = seededRandom(options.seed ?? 1);
  const wordsPerPage = options.wordsPerPage ?? 900;
  if (options.vocabulary.length === 0) throw new Error('The synthetic corpus needs a vocabulary of at least one word.');
  const word = zipfWord(random, options.vocabulary);
  const zipfSentence = (length: number) => sentence(length, word);
  const articleStart = options.template.indexOf('<article');
  const articleEnd = options.template.indexOf('</article>');
  if (articleStart < 0 || articleEnd < 0) throw new Error('The template page has no <article> to replace.');

  for (let index = 1; index <= options.count; index++) {
    const type = random() < 0.1 ? 'briefing' : 'source';
    const year = 2014 + Math.floor(random() * 12);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const facts: PageSearchFacts = {
      type,
      publisher: type === 'source' ? pick(random, PUBLISHERS) : undefined,
      authors: [`${zipfSentence(2).slice(0, -1)}`],
      regions: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, PAGE_REGIONS)),
      topics: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random, TOPICS)),
      published: `${year}-${month}`,
    };
    const parts: string[] = [`<h1>${escapeHtml(zipfSentence(6 + Math.floor(random() * 6)).slice(0, -1))}</h1>`, '<div class="source-body">'];
    let written = 0;
    let paragraph = 0;
    let section = 0;
    while (written < wordsPerPage) {
      if (paragraph > 0 && random() < 0.2) {
        section += 1;
        parts.push(`<h2 id="section-${section}" class="source-heading">${escapeHtml(zipfSentence(3 + Math.floor(random() * 4)).slice(0, -1))}</h2>`);
      }
      paragraph += 1;
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => zipfSentence(8 + Math.floor(random() * 14)));
      const text = sentences.join(' ');
      written += text.split(' ').length;
      parts.push(
        `<p id="p-${paragraph}" class="para"><a class="para-link" href="#p-${paragraph}" data-pagefind-ignore><span class="visually-hidden" data-pagefind-ignore>Paragraph </span>${paragraph}</a> <span class="para-text">${escapeHtml(text)}</span></p>`,
      );
    }
    parts.push('</div>', '<div class="search-facets" hidden>');
    for (const { attribute, value } of pageSearchAttributes(facts)) parts.push(`<span ${attribute}="${escapeHtml(value)}"></span>`);
    parts.push('</div>');
    const article = `<article class="source" data-pagefind-body>${parts.join('\n')}`;
    const folder = type === 'source' ? 'sources' : 'briefings';
    yield {
      sitePath: `/${folder}/synthetic-${String(index).padStart(5, '0')}/`,
      html: options.template.slice(0, articleStart) + article + options.template.slice(articleEnd),
    };
  }
}

/** The words of some texts, most frequent first: letters and digits only, lower-cased unless always capitalised. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/u)) {
      const clean = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (!/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(clean)) continue;
      counts.set(clean, (counts.get(clean) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

// ── Received files for the ingest benchmark ──────────────────────────────────────────────

/**
 * A saved news page of about `bytes` bytes, shaped like a real one: half of it scripts, styles and
 * an inline SVG sprite (what makes saved pages heavy), then navigation, advertisements and an
 * `<article>` with a headline, byline, figures with captions, share bars and a related list
 * around many body paragraphs.
 */
export function syntheticWebPage(bytes: number, seed = 3): string {
  const random = seededRandom(seed);
  const paragraph = () => Array.from({ length: 4 }, () => plainSentence(random, 8 + Math.floor(random() * 10))).join(' ');
  const head = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Synthetic report | The Bench Gazette</title>',
    '<link rel="canonical" href="https://gazette.example/bench"><meta property="og:site_name" content="The Bench Gazette">',
    '<script type="application/ld+json">{"@type":"NewsArticle","headline":"A synthetic report for the ingest benchmark","datePublished":"2025-11-04","author":{"@type":"Person","name":"Bench Writer"},"publisher":{"@type":"Organization","name":"The Bench Gazette"}}</script>',
  ];
  const noise: string[] = [];
  let noiseBytes = 0;
  while (noiseBytes < bytes / 2) {
    const chunk = `<script>window.__state_${noise.length} = ${JSON.stringify(Array.from({ length: 40 }, () => plainSentence(random, 6)))};</script>\n<style>.c${noise.length}{margin:${noise.length}px}</style>\n`;
    noise.push(chunk);
    noiseBytes += chunk.length;
  }
  const body: string[] = ['</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>', '<div class="ad-slot" aria-label="Advertisement">Advertisement</div>', '<main><article><h1>A synthetic report for the ingest benchmark</h1><p class="byline">By Bench Writer</p>'];
  let size = head.join('').length + noiseBytes;
  let i = 0;
  while (size < bytes - 2000) {
    i += 1;
    const block =
      i % 25 === 0
        ? `<figure><img src="x${i}.jpg" alt=""><figcaption>${plainSentence(random, 10)} Photo: Bench Agency</figcaption></figure>\n`
        : i % 40 === 0
          ? `<div class="share-tools"><a href="#">Share on X</a> <a href="#">Share by email</a></div>\n<h2>${plainSentence(random, 4).slice(0, -1)}</h2>\n`
          : `<p>${paragraph()}</p>\n`;
    body.push(block);
    size += block.length;
  }
  body.push('<aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">A third story</a></li></ul></aside></article></main><footer>© The Bench Gazette</footer></body></html>');
  return [...head, ...noise, ...body].join('');
}

/**
 * A think-tank report of `pages` A4 pages as HTML for Chromium's print-to-PDF: two columns a
 * page, a running header and page numbers (`@page` margin boxes), a heading and footnotes on
 * every page.
 */
export function syntheticReportHtml(pages: number, seed = 4): string {
  const random = seededRandom(seed);
  const paragraph = () => Array.from({ length: 4 }, () => plainSentence(random, 9 + Math.floor(random() * 8))).join(' ');
  const style =
    '@page{size:A4;margin:22mm 18mm 20mm 18mm;@top-left{content:"Bench Institute";font:8pt serif}@bottom-center{content:counter(page);font:8pt serif}}' +
    'body{font:10.5pt/1.35 serif;margin:0}.page{height:250mm;break-after:page;position:relative}.cols{column-count:2;column-gap:9mm}' +
    'h1{font-size:22pt}h2{font-size:13pt}p{margin:0 0 2.5mm;text-align:justify}.fn{position:absolute;bottom:0;font-size:8pt}';
  const body = Array.from({ length: pages }, (_, p) => {
    const heading = p === 0 ? '<h1>A synthetic report for the ingest benchmark</h1><p>Bench Writer</p>' : '';
    return `<div class="page">${heading}<div class="cols"><h2>Part ${p + 1}</h2>${Array.from({ length: p === 0 ? 6 : 8 }, () => `<p>${paragraph()}</p>`).join('')}</div><div class="fn"><p><sup>${p + 1}</sup> ${plainSentence(random, 12)}</p></div></div>`;
  }).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bench report</title><style>${style}</style></head><body>${body}</body></html>`;
}
