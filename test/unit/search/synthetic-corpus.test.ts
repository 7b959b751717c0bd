import { describe, expect, it } from 'vitest';
import { syntheticPages, vocabularyOf } from '../../../src/lib/search/synthetic-corpus.ts';

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
