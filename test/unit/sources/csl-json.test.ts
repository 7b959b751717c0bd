import { describe, expect, it } from 'vitest';
import {
  briefingToCsl,
  cslDate,
  cslName,
  cslType,
  isCslJson,
  mapCslItem,
  nameFromCsl,
  sourceToCsl,
  type SourceFacts,
} from '../../../src/lib/sources/csl-json.ts';
import { manifestEntry } from '../../../src/lib/schema/source-facts.ts';
import { cslSchemaErrors } from '../../helpers/csl-schema.ts';

const shafaq: SourceFacts = {
  title: 'After US withdrawal: Why experts warn of an ISIS resurgence in Iraq',
  citeAs: 'Shafaq',
  publisher: 'Shafaq News',
  authors: ['Shafaq News staff'],
  published: '2025-09',
  datePrecision: 'month',
  url: 'https://shafaq.com/en/Report/After-US-withdrawal',
  kind: 'news analysis',
  language: 'en',
  regions: ['Iraq', 'Syria'],
  topics: ['US withdrawal', 'ISIS cells'],
  rights: 'full-text',
  notes: 'First line is the publisher name.',
};

const nyt: SourceFacts = {
  title: 'We Still Haven’t Figured Out How to Beat ISIS',
  publisher: 'The New York Times',
  authors: ['Christopher P. Costa', 'Colin P. Clarke'],
  published: '2024-03-31',
  datePrecision: 'day',
  url: null,
  kind: 'opinion (guest essay)',
  language: 'en',
  regions: [],
  topics: [],
  rights: 'excerpts',
  notes: '',
};

describe('cslDate', () => {
  it('writes date-parts at the date’s precision, never a made-up day or month', () => {
    expect(cslDate({ year: 2025, precision: 'year' })).toEqual({ 'date-parts': [[2025]] });
    expect(cslDate({ year: 2025, month: 9, precision: 'month' })).toEqual({ 'date-parts': [[2025, 9]] });
    expect(cslDate({ year: 2025, month: 9, day: 14, precision: 'day' })).toEqual({ 'date-parts': [[2025, 9, 14]] });
  });
});

describe('cslName and nameFromCsl', () => {
  it.each([
    ['Christopher P. Costa', { family: 'Costa', given: 'Christopher P.' }],
    ['Félix Arteaga', { family: 'Arteaga', given: 'Félix' }],
    ['Jean-Pierre Filiu', { family: 'Filiu', given: 'Jean-Pierre' }],
    ['Colin P. J. Clarke', { family: 'Clarke', given: 'Colin P. J.' }],
  ])('splits the unambiguous "%s"', (name, expected) => {
    expect(cslName(name)).toEqual(expected);
    expect(nameFromCsl(cslName(name))).toBe(name);
  });

  it.each([
    'Shafaq News staff',
    'The briefings desk',
    'Reuters Staff',
    'Gabriel García Márquez',
    'Abu Bakr al-Baghdadi',
    'Ludwig van Beethoven',
    'Madonna',
    'أبو بكر البغدادي',
    'Carnegie Europe Editorial Board',
  ])('keeps "%s" whole, as a literal', (name) => {
    expect(cslName(name)).toEqual({ literal: name });
    expect(nameFromCsl(cslName(name))).toBe(name);
  });

  it('reads particles and suffixes back in reading order', () => {
    expect(nameFromCsl({ given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' })).toBe('Ludwig van Beethoven');
    expect(nameFromCsl({ given: 'Martin Luther', family: 'King', suffix: 'Jr.', 'comma-suffix': true })).toBe('Martin Luther King, Jr.');
    expect(nameFromCsl({ family: 'Clarke' })).toBe('Clarke');
  });
});

describe('cslType', () => {
  it.each([
    ['news analysis', 'article-newspaper'],
    ['news report', 'article-newspaper'],
    ['opinion (guest essay)', 'article-newspaper'],
    ['commentary', 'article-newspaper'],
    ['policy analysis', 'report'],
    ['think-tank report', 'report'],
    ['journal article', 'article-journal'],
    ['blog post', 'post-weblog'],
    ['magazine feature', 'article-magazine'],
    ['speech transcript', 'speech'],
    ['something else', 'article'],
  ])('"%s" is a CSL %s', (kind, type) => {
    expect(cslType(kind)).toBe(type);
  });
});

describe('sourceToCsl', () => {
  it('maps every fact, with the slug as id and citation key and the kind as genre', () => {
    expect(sourceToCsl('shafaq-iraq-resurgence-2025', shafaq)).toEqual({
      id: 'shafaq-iraq-resurgence-2025',
      'citation-key': 'shafaq-iraq-resurgence-2025',
      type: 'article-newspaper',
      title: shafaq.title,
      author: [{ literal: 'Shafaq News staff' }],
      issued: { 'date-parts': [[2025, 9]] },
      publisher: 'Shafaq News',
      'container-title': 'Shafaq News',
      URL: shafaq.url,
      genre: 'news analysis',
      language: 'en',
      'citation-label': 'Shafaq',
      keyword: 'US withdrawal, ISIS cells',
      custom: { regions: ['Iraq', 'Syria'], topics: ['US withdrawal', 'ISIS cells'], rights: 'full-text', notes: 'First line is the publisher name.' },
    });
  });

  it('leaves out what is not known: no URL, no authors, no container for a report', () => {
    const item = sourceToCsl('x', { ...nyt, authors: [], kind: 'policy analysis' });
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('container-title');
    expect(item).not.toHaveProperty('note');
  });

  it('writes valid CSL-JSON 1.0.2', () => {
    expect(cslSchemaErrors([sourceToCsl('shafaq-iraq-resurgence-2025', shafaq), sourceToCsl('nyt-costa-clarke-2024', nyt, { file: 'nyt.txt' })])).toEqual([]);
  });

  it('fails on a date that is not a date', () => {
    expect(() => sourceToCsl('x', { ...nyt, published: '2024-02-30' })).toThrow(/x: .*February 2024 has 29 days/u);
  });
});

describe('briefingToCsl', () => {
  it('is a web page of the site, dated to its day', () => {
    const item = briefingToCsl('why', {
      title: 'Why',
      authors: ['The briefings desk'],
      published: new Date('2025-11-20T00:00:00Z'),
      url: 'https://example.org/briefings/why/',
      siteName: 'After the Caliphate',
      language: 'en',
    });
    expect(item).toMatchObject({ id: 'why', type: 'webpage', issued: { 'date-parts': [[2025, 11, 20]] }, publisher: 'After the Caliphate', author: [{ literal: 'The briefings desk' }] });
    expect(cslSchemaErrors([item])).toEqual([]);
  });
});

describe('mapCslItem', () => {
  it('maps our own CSL-JSON back to the facts it was made from (the round trip the build test runs on every source)', () => {
    for (const [slug, facts] of [['shafaq-iraq-resurgence-2025', shafaq], ['nyt-costa-clarke-2024', { ...nyt, retrieved: '2024-04-02', archived: 'https://web.archive.org/web/2024/x' }]] as const) {
      const mapped = mapCslItem(sourceToCsl(slug, facts, { file: `${slug}.txt` }));
      expect(mapped.file).toBe(`${slug}.txt`);
      // An item without a URL says the address is unknown: null, as ingest completes an entry.
      expect(manifestEntry.parse({ file: mapped.file, url: null, ...mapped.fields })).toEqual({ file: `${slug}.txt`, slug, ...facts });
    }
  });

  it('maps a newspaper article: the newspaper is the publisher, names joined, the date at its precision, accessed as retrieved', () => {
    const item = {
      id: 'nyt-costa-clarke-2024',
      type: 'article-newspaper',
      title: "We Still Haven't Figured Out How to Beat ISIS",
      'container-title': 'The New York Times',
      author: [{ family: 'Costa', given: 'Christopher P.' }, { family: 'Clarke', given: 'Colin P.' }],
      issued: { 'date-parts': [[2024, 3, 31]] },
      accessed: { 'date-parts': [[2024, 4, 2]] },
      URL: 'https://www.nytimes.com/2024/03/31/opinion/isis-attack-moscow.html',
      language: 'en-US',
      keyword: 'ISIS-K, Taliban',
      note: 'Guest essay.',
    };
    expect(mapCslItem(item)).toEqual({
      id: 'nyt-costa-clarke-2024',
      fields: {
        slug: 'nyt-costa-clarke-2024',
        title: "We Still Haven't Figured Out How to Beat ISIS",
        authors: ['Christopher P. Costa', 'Colin P. Clarke'],
        published: '2024-03-31',
        datePrecision: 'day',
        retrieved: '2024-04-02',
        url: 'https://www.nytimes.com/2024/03/31/opinion/isis-attack-moscow.html',
        publisher: 'The New York Times',
        kind: 'news report',
        language: 'en-US',
        topics: ['ISIS-K', 'Taliban'],
        notes: 'Guest essay.',
      },
    });
  });

  it('maps a report: its publisher, a month-precise date, a literal author; an id that is not a slug is not the slug', () => {
    const mapped = mapCslItem({ id: 'Arteaga 2019', type: 'report', title: 'T', publisher: 'Carnegie Europe', 'container-title': 'Series', author: [{ literal: 'Félix Arteaga' }], issued: { 'date-parts': [['2019', '11']] }, file: 'report.pdf' });
    expect(mapped.fields).toMatchObject({ publisher: 'Carnegie Europe', authors: ['Félix Arteaga'], published: '2019-11', datePrecision: 'month', kind: 'report' });
    expect(mapped.fields.slug).toBeUndefined();
    expect(mapped.file).toBe('report.pdf');
    expect(mapCslItem({ type: 'webpage', issued: { raw: 'March 31, 2024' } }).fields).toMatchObject({ published: '2024-03-31', kind: 'web page' });
  });

  it('prefers a slug-shaped citation-key to an id that is not one, the genre to the type, and custom facts to CSL’s approximations', () => {
    const mapped = mapCslItem({ id: 'http://zotero.org/users/1/items/ABCD', 'citation-key': 'costa-2024', type: 'article-newspaper', genre: 'opinion', 'citation-label': 'NYT', keyword: 'a, b', note: 'Zotero’s Extra', custom: { topics: ['c'], regions: ['Iraq'], rights: 'excerpts', notes: 'Ours.', file: 'costa.txt' } });
    expect(mapped).toEqual({
      id: 'http://zotero.org/users/1/items/ABCD',
      file: 'costa.txt',
      fields: { slug: 'costa-2024', kind: 'opinion', citeAs: 'NYT', regions: ['Iraq'], topics: ['c'], rights: 'excerpts', notes: 'Ours.' },
    });
  });
});

describe('isCslJson', () => {
  it('tells CSL-JSON from our manifest', () => {
    expect(isCslJson([{ id: 'a', type: 'report' }])).toBe(true);
    expect(isCslJson({ id: 'a', type: 'article-newspaper', title: 'T' })).toBe(true);
    expect(isCslJson({ sources: [{ file: 'a.txt' }] })).toBe(false);
    expect(isCslJson({ file: 'a.txt', title: 'T' })).toBe(false);
  });
});
