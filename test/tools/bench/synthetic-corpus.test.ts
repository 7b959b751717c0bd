import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { embedTimeline, seededRandom, syntheticBriefings, syntheticPages, syntheticSources, syntheticTimeline, vocabularyOf, withoutComponents } from '../../../tools/bench/synthetic-corpus.ts';
import { timelineData } from '../../../src/lib/schema/timeline-data.ts';

describe('seededRandom', () => {
  it('is the LCG the recorded benchmarks (BENCHMARKS.md) generated their corpus with', () => {
    const random = seededRandom(1);
    expect([random(), random(), random()].map((value) => Math.round(value * 2 ** 32))).toEqual([1015568748, 1586005467, 2165703038]);
  });

  it('gives numbers in [0, 1), the same for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const value = a();
      expect(value).toBe(b());
      expect(value >= 0 && value < 1).toBe(true);
    }
  });
});

describe('synthetic charts', () => {
  const sources = syntheticSources(5);

  it('writes a timeline the chart schema accepts, each quote taken from its source', () => {
    const data = timelineData.parse(parse(syntheticTimeline(sources, { events: 12 })));
    expect(data.events).toHaveLength(12);
    for (const event of data.events) {
      const source = sources.find((candidate) => candidate.slug === event.source)!;
      expect(source.paragraphs.some((paragraph) => paragraph.includes(event.quote))).toBe(true);
    }
  });

  it('embeds the timeline after the frontmatter, and strips it again for plain Astro', () => {
    const [briefing] = syntheticBriefings(1, sources, { citations: 2 });
    const embedded = embedTimeline(briefing!.mdx);
    expect(embedded).toMatch(/\n---\nimport Timeline from '..\/..\/src\/components\/charts\/Timeline.astro';\n\n<Timeline \/>\n\n/u);
    expect(withoutComponents(embedded)).toBe(briefing!.mdx.replace('\n---\n', '\n---\n\n\n'));
  });
});

const template = '<html><body><header>site</header><article data-pagefind-body><h1>Old</h1></article><footer>f</footer></body></html>';
const vocabulary = vocabularyOf(['Wadi Hauran, Wadi al-Qadhaf and the Badia: the desert. The “valley”.']);

describe('vocabularyOf', () => {
  it('lists words most frequent first (ties alphabetically), without punctuation', () => {
    expect(vocabulary.slice(0, 5)).toEqual(['the', 'Wadi', 'al-Qadhaf', 'and', 'Badia']);
    expect(vocabulary).toContain('al-Qadhaf');
    expect(vocabulary).toContain('valley');
    expect(vocabulary).not.toContain('desert.');
  });
});

describe('syntheticPages', () => {
  const pages = [...syntheticPages({ count: 20, vocabulary, template, seed: 7, wordsPerPage: 120 })];

  it('makes the requested number of pages in the template, replacing only its article', () => {
    expect(pages).toHaveLength(20);
    for (const page of pages) {
      expect(page.sitePath).toMatch(/^\/(sources|briefings)\/synthetic-\d{5}\/$/u);
      expect(page.html.startsWith('<html><body><header>site</header><article class="source" data-pagefind-body>')).toBe(true);
      expect(page.html.endsWith('</article><footer>f</footer></body></html>')).toBe(true);
      expect(page.html).not.toContain('<h1>Old</h1>');
    }
  });

  it('gives each page numbered paragraphs and the facets of a real page', () => {
    const html = pages[0]!.html;
    expect(html).toContain('<p id="p-1" class="para">');
    expect(html).toMatch(/data-pagefind-filter="type:(source|briefing)"/u);
    expect(html).toMatch(/data-pagefind-filter="year:20\d\d"/u);
    expect(html).toMatch(/data-pagefind-sort="date:20\d\d-\d\d-01"/u);
    const words = html.replace(/<[^>]+>/gu, ' ').split(/\s+/u).filter(Boolean);
    expect(words.length).toBeGreaterThan(120);
  });

  it('is the same for the same seed and different for another', () => {
    expect([...syntheticPages({ count: 20, vocabulary, template, seed: 7, wordsPerPage: 120 })]).toEqual(pages);
    expect([...syntheticPages({ count: 20, vocabulary, template, seed: 8, wordsPerPage: 120 })]).not.toEqual(pages);
  });
});
