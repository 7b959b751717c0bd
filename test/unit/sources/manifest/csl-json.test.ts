import { describe, expect, it } from 'vitest';
import { isCslJson, mapCslItem } from '../../../../src/lib/sources/manifest/csl-json.ts';

describe('mapCslItem', () => {
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

  it('tells CSL-JSON from our manifest', () => {
    expect(isCslJson([{ id: 'a', type: 'report' }])).toBe(true);
    expect(isCslJson({ id: 'a', type: 'article-newspaper', title: 'T' })).toBe(true);
    expect(isCslJson({ sources: [{ file: 'a.txt' }] })).toBe(false);
    expect(isCslJson({ file: 'a.txt', title: 'T' })).toBe(false);
  });
});
