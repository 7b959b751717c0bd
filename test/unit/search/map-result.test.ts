import { describe, expect, it } from 'vitest';
import { OPENING_SECTION_TITLE, mapSearchResult } from '../../../src/lib/search/map-result.ts';
import { fakeResultData, type Block } from './page-fixture.ts';

const URL = '/briefings-site/sources/shafaq-iraq-resurgence-2025/';
const sections: Block[] = [
  { text: 'After US withdrawal' },
  { id: 'p-1', text: 'ISIS in Iraq.' },
  ...[1, 2, 3, 4, 5].flatMap((n): Block[] => [
    { id: `section-${n}`, element: 'h2', text: `Section ${n}` },
    { id: `p-${n + 1}`, text: `Paragraph about ISIS number ${n}.` },
  ]),
];

describe('mapSearchResult', () => {
  const data = fakeResultData({
    url: URL,
    title: 'After US withdrawal: Why experts warn of an ISIS resurgence in Iraq',
    blocks: sections,
    hits: (page) => page.hitsOf('isis'),
    meta: { type: 'source', publisher: 'Shafaq News', date: '2025-09' },
    filters: { type: ['source'], publisher: ['Shafaq News'] },
  });

  it('links a source result to its first matching paragraph and shows type, publisher and date', () => {
    const hit = mapSearchResult(data);
    expect(hit.url).toBe(`${URL}#p-1`);
    expect(hit.pageUrl).toBe(URL);
    expect(hit.type).toBe('source');
    expect(hit.typeLabel).toBe('Source');
    expect(hit.publisher).toBe('Shafaq News');
    expect(hit.date).toEqual({ iso: '2025-09', label: 'September 2025' });
    expect(hit.excerpt).toEqual([
      { text: 'the ', marked: false },
      { text: 'excerpt', marked: true },
      { text: ' <here>', marked: false },
    ]);
  });

  it('shows a source’s literal “&lt;b&gt;” as written in the excerpt (Pagefind escapes only < and >)', () => {
    const content = 'The text &lt;b&gt; was in the source, and <i> too.';
    const hit = mapSearchResult({ ...data, content, locations: [3], excerpt: 'The text &lt;b&gt; <mark>was</mark> in the source, and &lt;i&gt; too.', sub_results: [] });
    expect(hit.excerpt.map((segment) => segment.text).join('')).toBe(content);
  });

  it('lists every matching section, more than three, each landing on its first matching paragraph', () => {
    const hit = mapSearchResult(data);
    expect(hit.sections.map((section) => section.title)).toEqual([OPENING_SECTION_TITLE, 'Section 1', 'Section 2', 'Section 3', 'Section 4', 'Section 5']);
    expect(hit.sections.map((section) => section.url.replace(URL, ''))).toEqual(['#p-1', '#p-2', '#p-3', '#p-4', '#p-5', '#p-6']);
    expect(hit.sections[1]!.excerpt).toEqual([
      { text: 'in ', marked: false },
      { text: 'section-1', marked: true },
    ]);
  });

  it('caps the sections at maxSections', () => {
    expect(mapSearchResult(data, { maxSections: 4 }).sections).toHaveLength(4);
    expect(mapSearchResult(data, { maxSections: 0 }).sections).toEqual([]);
  });

  it('lists no sections when all hits fall in one section', () => {
    const one = fakeResultData({ url: URL, title: 'T', blocks: sections, hits: (page) => page.hitsOf('3.') });
    expect(one.sub_results).toHaveLength(1);
    expect(mapSearchResult(one).sections).toEqual([]);
    expect(mapSearchResult(one).url).toBe(`${URL}#p-4`);
  });

  it('links a section to its heading when no paragraph in it matches', () => {
    const headingOnly = fakeResultData({ url: URL, title: 'T', blocks: sections, hits: (page) => [...page.hitsOf('iraq.'), ...page.hitsOf('section').slice(0, 1)] });
    const hit = mapSearchResult(headingOnly);
    expect(hit.sections.map((section) => section.url.replace(URL, ''))).toEqual(['#p-1', '#section-1']);
  });

  it('links a result without a matching paragraph to its first matching section: a heading or a glossary entry', () => {
    const glossary = fakeResultData({
      url: '/glossary/',
      title: 'Glossary',
      blocks: [
        { text: 'Glossary' },
        { id: 'awacs', element: 'h3', text: 'AWACS Airborne warning aircraft.' },
        { id: 'badia', element: 'h3', text: 'Badia A desert.' },
      ],
      hits: (page) => page.hitsOf('desert'),
      meta: { type: 'glossary' },
      filters: { type: ['glossary'] },
    });
    const hit = mapSearchResult(glossary);
    expect(hit.url).toBe('/glossary/#badia');
    expect(hit.typeLabel).toBe('Glossary');
    expect(hit.sections).toEqual([]);
  });

  it('opens a glossary hit at the entry the query names, not at an earlier entry that mentions it', () => {
    const glossary = fakeResultData({
      url: '/glossary/',
      title: 'Glossary',
      blocks: [
        { text: 'Glossary' },
        { id: 'badia', element: 'h3', title: 'Badia', text: 'Badia A desert that reaches the Wadi Hauran valley.' },
        { id: 'wadi-hauran', element: 'h3', title: 'Wadi Hauran', text: 'Wadi Hauran A long valley in Anbar.' },
      ],
      hits: (page) => page.hitsOf('wadi', 'hauran'),
      meta: { type: 'glossary' },
      filters: { type: ['glossary'] },
    });
    expect(mapSearchResult(glossary, { query: 'Wadi Hauran' }).url).toBe('/glossary/#wadi-hauran');
    expect(mapSearchResult(glossary, { query: '"wadi hauran"' }).url).toBe('/glossary/#wadi-hauran');
    // A query no entry is named by keeps the first matching entry.
    expect(mapSearchResult(glossary, { query: 'valley' }).url).toBe('/glossary/#badia');
  });

  it('links a briefing, whose paragraphs have no ids, to its first matching section, and its sections to their headings', () => {
    const briefing = fakeResultData({
      url: '/briefings/why/',
      title: 'Why the threat outlived the caliphate',
      blocks: [
        { text: 'Why the threat outlived the caliphate' },
        { id: 'a-defeat', element: 'h2', text: 'A defeat' },
        { text: 'ISIS-K attacks.' },
        { id: 'attacks', element: 'h2', text: 'Attacks' },
        { text: 'More ISIS-K attacks.' },
      ],
      hits: (page) => page.hitsOf('isis-k'),
      meta: { type: 'briefing', date: '2025-11-20' },
      filters: { type: ['briefing'] },
    });
    const hit = mapSearchResult(briefing);
    expect(hit.url).toBe('/briefings/why/#a-defeat');
    expect(mapSearchResult({ ...briefing, sub_results: [{ title: 'Why', url: '/briefings/why/', locations: [0], excerpt: '' }, ...briefing.sub_results] }).url).toBe('/briefings/why/');
    expect(hit.typeLabel).toBe('Briefing');
    expect(hit.publisher).toBeUndefined();
    expect(hit.date?.label).toBe('20 November 2025');
    expect(hit.sections.map((section) => section.url)).toEqual(['/briefings/why/#a-defeat', '/briefings/why/#attacks']);
  });

  it('copes with a page without type, date or title', () => {
    const bare = fakeResultData({ url: '/glossary/', title: '', blocks: [{ text: 'word' }], hits: () => [0], meta: { title: '', date: 'soon' } });
    delete bare.meta.title;
    const hit = mapSearchResult(bare);
    expect(hit.title).toBe('/glossary/');
    expect(hit.type).toBe('page');
    expect(hit.date).toBeUndefined();
  });
});
