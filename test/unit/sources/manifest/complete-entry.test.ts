import { describe, expect, it } from 'vitest';
import { completeEntry, deriveSlug } from '../../../../src/lib/sources/manifest/complete-entry.ts';
import type { DerivedFacts } from '../../../../src/lib/sources/received.ts';

const derived: DerivedFacts = {
  title: { value: 'Coalition advisers prepare to leave Iraqi bases', from: 'JSON-LD headline' },
  publisher: { value: 'The Northgate Herald', from: 'JSON-LD publisher' },
  published: { value: { date: '2025-11-04', precision: 'day' }, from: 'JSON-LD datePublished' },
  kind: { value: 'news report', from: 'JSON-LD @type NewsArticle' },
};
const english = { value: 'en', from: '<html lang>' };
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('completeEntry', () => {
  it('completes an entry from the file alone: defaults, the short citation name and the slug derived, each with its origin', () => {
    const { entry, origins } = completeEntry({ file: 'in/page.html', given: undefined, derived, language: english });
    expect(entry).toEqual({
      file: 'page.html',
      slug: 'northgate-coalition-advisers-prepare-leave-2025',
      citeAs: 'Northgate',
      title: 'Coalition advisers prepare to leave Iraqi bases',
      publisher: 'The Northgate Herald',
      authors: [],
      published: '2025-11-04',
      datePrecision: 'day',
      url: null,
      kind: 'news report',
      language: 'en',
      regions: [],
      topics: [],
      rights: 'full-text',
      notes: '',
    });
    expect(origins).toMatchObject({ citeAs: 'derived from the publisher ("The Northgate Herald")', url: 'not in the file: unknown (null)', title: 'JSON-LD headline' });
  });

  it('lets the manifest win over the file, and takes --retrieved for an entry without its own', () => {
    const given = { where: 'sources[0]', fields: { title: 'A better title', citeAs: 'Herald', published: '2025-11' }, file: 'page.html', format: 'manifest' as const };
    const { entry, origins } = completeEntry({ file: 'page.html', given, derived, language: english, retrieved: '2025-11-05' });
    expect(entry).toMatchObject({ title: 'A better title', citeAs: 'Herald', published: '2025-11', datePrecision: 'month', retrieved: '2025-11-05', slug: 'herald-better-title-2025' });
    expect(origins).toMatchObject({ title: 'manifest', citeAs: 'manifest', retrieved: '--retrieved', datePrecision: 'the form of the date' });
  });

  it('names every required field that neither the file nor the manifest gives', () => {
    const message = failure(() => completeEntry({ file: 'notes.txt', given: undefined, derived: {}, language: english }));
    expect(message).toContain('notes.txt: the file does not say its title, publisher, published and kind, and no manifest entry gives them.');
    expect(message).toContain('hint: give them in a manifest (--meta manifest.json): { "file": "notes.txt", "title": "…", "publisher": "…", "published": "2025-11-04", "datePrecision": "day", "kind": "news report" }');
  });

  it('checks the complete entry against the schema, saying where a bad value came from', () => {
    const bad: DerivedFacts = { ...derived, url: { value: 'ftp://example.org/a', from: 'og:url' } };
    expect(failure(() => completeEntry({ file: 'page.html', given: undefined, derived: bad, language: english }))).toContain('url: expected an http(s) URL, or null when the original address is unknown (got the text "ftp://example.org/a") (from og:url)');
  });
});

describe('deriveSlug', () => {
  it('joins the short name, the first significant words of the title and the year; the file name when the title has no Latin letters', () => {
    expect(deriveSlug({ citeAs: 'NYT', title: "We Still Haven't Figured Out How to Beat ISIS", published: '2024-03-31', file: 'x.html' })).toBe('nyt-we-still-havent-figured-2024');
    expect(deriveSlug({ citeAs: 'Asharq', title: 'القوات العراقية مستعدة', published: '2025', file: 'asharq-report.html' })).toBe('asharq-asharq-report-2025');
  });
});
