import { describe, expect, it } from 'vitest';
import {
  briefingToCsl,
  cslDate,
  cslManifest,
  cslName,
  cslToManifestEntry,
  cslType,
  isCslJson,
  nameFromCsl,
  publishedFromCsl,
  slugFromKey,
  sourceToCsl,
  type SourceFacts,
} from '../../../src/lib/citations/csl-json.ts';
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

describe('publishedFromCsl', () => {
  it.each([
    [{ 'date-parts': [[2025]] }, '2025', 'year'],
    [{ 'date-parts': [[2025, 9]] }, '2025-09', 'month'],
    [{ 'date-parts': [['2025', '9', '14']] }, '2025-09-14', 'day'],
    [{ raw: '2024-03-31' }, '2024-03-31', 'day'],
    ['2019-11', '2019-11', 'month'],
    [{ literal: '2019' }, '2019', 'year'],
  ])('reads %j as %s (%s)', (issued, published, datePrecision) => {
    expect(publishedFromCsl(issued)).toEqual({ published, datePrecision });
  });

  it.each([
    [undefined, /no "issued" date/u],
    [{ 'date-parts': [[2024, 1], [2024, 3]] }, /date range/u],
    [{ 'date-parts': [[2024, 2, 30]] }, /February 2024 has 29 days/u],
    [{ 'date-parts': [[2024, 'spring']] }, /not whole numbers/u],
    [{ literal: 'Spring 2024' }, /not a year, month or day/u],
    [{ 'date-parts': [[2024]], circa: true }, /approximate/u],
  ])('refuses %j', (issued, message) => {
    const result = publishedFromCsl(issued as never);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('slugFromKey', () => {
  it('suggests a slug for a reference manager’s key', () => {
    expect(slugFromKey('costaWhyISIS2024')).toBe('costa-why-isis-2024');
    expect(slugFromKey('Arteaga_2019')).toBe('arteaga-2019');
    expect(slugFromKey('http://zotero.org/users/1/items/ABCD')).toBe('http-zotero-org-users-1-items-abcd');
  });
});

describe('cslToManifestEntry', () => {
  it('round-trips our facts: source → CSL-JSON → manifest entry', () => {
    for (const [slug, facts] of [['shafaq-iraq-resurgence-2025', shafaq], ['nyt-costa-clarke-2024', nyt]] as const) {
      const mapped = cslToManifestEntry(sourceToCsl(slug, facts), [`texts/${slug}.txt`]);
      expect('entry' in mapped).toBe(true);
      const parsed = manifestEntry.parse('entry' in mapped ? mapped.entry : {});
      expect(parsed).toEqual({ file: `${slug}.txt`, slug, ...facts });
    }
  });

  it('reads a Zotero-style export: container-title as publisher, no genre, fields we do not keep ignored', () => {
    const mapped = cslToManifestEntry(
      {
        id: 'costa-clarke-2024',
        type: 'article-newspaper',
        title: 'We Still Haven’t Figured Out How to Beat ISIS',
        'container-title': 'The New York Times',
        author: [{ family: 'Costa', given: 'Christopher P.' }, { family: 'Clarke', given: 'Colin P.' }],
        issued: { 'date-parts': [['2024', 3, 31]] },
        accessed: { 'date-parts': [[2025, 1, 2]] },
        note: 'Zotero’s Extra field',
        ISSN: '0362-4331',
      },
      [],
    );
    expect(mapped).toEqual({
      entry: {
        slug: 'costa-clarke-2024',
        title: 'We Still Haven’t Figured Out How to Beat ISIS',
        publisher: 'The New York Times',
        authors: ['Christopher P. Costa', 'Colin P. Clarke'],
        published: '2024-03-31',
        datePrecision: 'day',
        url: null,
        kind: 'newspaper article',
      },
    });
  });

  it('takes topics from keyword when custom has none, and the file from custom', () => {
    const mapped = cslToManifestEntry({ id: 'a-b', type: 'report', title: 'T', publisher: 'P', issued: '2020', keyword: 'NATO; counterterrorism, Iraq', custom: { file: 'x.txt' } });
    expect(mapped).toMatchObject({ entry: { file: 'x.txt', topics: ['NATO', 'counterterrorism', 'Iraq'], kind: 'report' } });
  });

  it('refuses a key that is not a slug, suggesting one', () => {
    expect(cslToManifestEntry({ id: 'costaWhyISIS2024', type: 'article', issued: '2024' })).toEqual({
      problem: expect.objectContaining({ message: expect.stringContaining('"costaWhyISIS2024", which is not a slug'), hint: expect.stringContaining('"costa-why-isis-2024"') }),
    });
  });

  it('refuses an item without a usable date', () => {
    expect(cslToManifestEntry({ id: 'a', type: 'article', title: 'T' })).toEqual({ problem: expect.objectContaining({ message: 'has no "issued" date' }) });
  });
});

describe('isCslJson', () => {
  it('tells a CSL-JSON export from our manifest', () => {
    expect(isCslJson([])).toBe(true);
    expect(isCslJson({ id: 'a', type: 'report' })).toBe(true);
    expect(isCslJson({ id: 'a', issued: { 'date-parts': [[2020]] } })).toBe(true);
    expect(isCslJson({ sources: [] })).toBe(false);
    expect(isCslJson({ file: 'a.txt', slug: 'a', published: '2020', kind: 'report' })).toBe(false);
    expect(isCslJson('text')).toBe(false);
  });
});

describe('cslManifest', () => {
  it('pairs the one item of an export with the one text, whatever it is called', () => {
    const { entries, problems } = cslManifest({ id: 'a', type: 'report', title: 'T', publisher: 'P', issued: '2020' }, ['downloads/article (1).txt']);
    expect(problems).toEqual([]);
    expect(entries[0]?.entry.file).toBe('article (1).txt');
  });

  it('names each bad item by position and key, and reads the good ones', () => {
    const { entries, problems } = cslManifest([{ id: 'good', type: 'report', issued: '2020' }, 'not an item', { id: 'Bad Key', type: 'report', issued: '2020' }, { id: 'undated', type: 'report' }]);
    expect(entries.map((entry) => entry.name)).toEqual(['item 1 ("good")']);
    expect(problems.map((problem) => problem.item)).toEqual(['item 2', 'item 3 ("Bad Key")', 'item 4 ("undated")']);
    expect(problems[0]?.message).toContain('is not a CSL-JSON item');
  });

  it('says an empty export holds no items', () => {
    expect(cslManifest([]).problems).toEqual([expect.objectContaining({ message: 'the CSL-JSON file holds no items' })]);
  });
});
