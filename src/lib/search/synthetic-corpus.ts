import { pageSearchAttributes, type PageSearchFacts } from './page-search-attributes.ts';

/**
 * A synthetic corpus for the search benchmark: pages shaped like our source pages (numbered
 * paragraphs with ids, section headings with ids, the same Pagefind facets) whose words are drawn
 * from a real vocabulary with a Zipf distribution, so the index has a realistic mix of common and
 * rare words. Seeded: the same options give the same pages.
 */
export interface SyntheticCorpusOptions {
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

/** mulberry32: a small, good-enough seeded generator. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

const PUBLISHERS = Array.from({ length: 40 }, (_, i) => `Publisher ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? String(i) : ''}`);
const REGIONS = Array.from({ length: 30 }, (_, i) => `Region ${i + 1}`);
const TOPICS = Array.from({ length: 60 }, (_, i) => `Topic ${i + 1}`);

export function* syntheticPages(options: SyntheticCorpusOptions): Generator<SyntheticPage> {
  const random = seededRandom(options.seed ?? 1);
  const wordsPerPage = options.wordsPerPage ?? 900;
  const vocabulary = options.vocabulary;
  if (vocabulary.length === 0) throw new Error('The synthetic corpus needs a vocabulary of at least one word.');
  // Zipf: the word of rank r is drawn with weight 1/r.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  const word = () => {
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
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    const first = words[0]!;
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  const articleStart = options.template.indexOf('<article');
  const articleEnd = options.template.indexOf('</article>');
  if (articleStart < 0 || articleEnd < 0) throw new Error('The template page has no <article> to replace.');

  for (let index = 1; index <= options.count; index++) {
    const type = random() < 0.1 ? 'briefing' : 'source';
    const year = 2014 + Math.floor(random() * 12);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const facts: PageSearchFacts = {
      type,
      publisher: type === 'source' ? pick(PUBLISHERS) : undefined,
      authors: [`${sentence(2).slice(0, -1)}`],
      regions: Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(REGIONS)),
      topics: Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(TOPICS)),
      published: `${year}-${month}`,
    };
    const parts: string[] = [`<h1>${escapeHtml(sentence(6 + Math.floor(random() * 6)).slice(0, -1))}</h1>`, '<div class="source-body">'];
    let written = 0;
    let paragraph = 0;
    let section = 0;
    while (written < wordsPerPage) {
      if (paragraph > 0 && random() < 0.2) {
        section += 1;
        parts.push(`<h2 id="section-${section}" class="source-heading">${escapeHtml(sentence(3 + Math.floor(random() * 4)).slice(0, -1))}</h2>`);
      }
      paragraph += 1;
      const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(8 + Math.floor(random() * 14)));
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
