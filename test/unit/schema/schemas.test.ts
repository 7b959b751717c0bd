import { describe, expect, it } from 'vitest';
import { briefingSchema } from '../../../src/lib/schema/briefing-schema.ts';
import { sourceSchema } from '../../../src/lib/schema/source-schema.ts';

const KNOWN = ['nato-brussels-2024', 'nyt-costa-clarke-2024', 'shafaq-iraq-resurgence-2025'];
const briefings = briefingSchema(KNOWN);
const sources = sourceSchema;

/**
 * Astro parses every entry with its own error map, which outranks a global `z.config` map: a
 * stand-in for it here, so a message the schemas do not set themselves shows up as this text.
 */
const ASTRO_PARSE = { error: () => "Astro's message" };

const goodBriefing = {
  title: 'A title',
  dek: 'A dek.',
  published: '2025-11-20',
  authors: ['Desk'],
  sources: ['nato-brussels-2024'],
  keyTakeaways: ['One.'],
};
const goodSource = {
  title: 'T',
  publisher: 'P',
  authors: [],
  published: '2025-09',
  datePrecision: 'month',
  url: null,
  kind: 'news analysis',
  language: 'en',
  regions: ['Iraq'],
  topics: [],
  rights: 'full-text',
  notes: '',
  ingest: { file: 'a.txt', date: '2026-11-24', fingerprint: `sha256:${'a'.repeat(64)}`, words: 10 },
};

/** The messages of a failed parse, as "path: message" lines. */
function messages(schema: typeof briefings | typeof sources, input: unknown): string[] {
  const result = schema.safeParse(input, ASTRO_PARSE);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('briefing frontmatter', () => {
  it('accepts a complete briefing and fills defaults', () => {
    const result = briefings.parse(goodBriefing);
    expect(result.draft).toBe(false);
    expect(result.regions).toEqual([]);
    expect(result.published.toISOString()).toBe('2025-11-20T00:00:00.000Z');
  });

  it('names the field, the value and what was expected for a type error', () => {
    expect(messages(briefings, { ...goodBriefing, draft: 'no' })).toEqual(['draft: expected true or false, got the text "no"']);
    expect(messages(briefings, { ...goodBriefing, authors: 'Desk' })).toEqual(['authors: expected a list, got the text "Desk"']);
  });

  it('reports a missing field', () => {
    const { dek: _dek, ...withoutDek } = goodBriefing;
    expect(messages(briefings, withoutDek)).toEqual(['dek: expected text, got nothing (the field is missing)']);
  });

  it('rejects an impossible date by reading the string', () => {
    expect(messages(briefings, { ...goodBriefing, published: '2024-02-30' })).toEqual([
      'published: "2024-02-30" is not a calendar date: February 2024 has 29 days',
    ]);
  });

  it('asks for quotes around a date YAML has already turned into a Date (it may have rolled over)', () => {
    // YAML reads an unquoted 2025-02-30 as 2025-03-02: the only safe answer is to refuse Dates.
    expect(messages(briefings, { ...goodBriefing, published: new Date('2025-03-02T00:00:00Z') })).toEqual([
      'published: write the date in quotes, "YYYY-MM-DD": unquoted, YAML reads it as a timestamp (here 2025-03-02) and silently turns an impossible date such as 2025-02-30 into another day',
    ]);
  });

  it('names an unknown source slug with the known ones, closest first', () => {
    expect(messages(briefings, { ...goodBriefing, sources: ['nyt-costa-clark-2024'] })).toEqual([
      'sources.0: unknown source "nyt-costa-clark-2024"; known sources, closest first: nyt-costa-clarke-2024, nato-brussels-2024, shafaq-iraq-resurgence-2025',
    ]);
  });

  it('suggests the closest field for a misspelt one', () => {
    expect(messages(briefings, { ...goodBriefing, keyTakeaway: [] })[0]).toMatch(/^keyTakeaway: unknown field; did you mean "keyTakeaways"\?/u);
  });

  it('rejects an update dated before publication', () => {
    expect(messages(briefings, { ...goodBriefing, updated: '2025-11-01' })).toEqual(['updated: updated is earlier than published (got the text "2025-11-01")']);
  });
});

describe('source frontmatter', () => {
  it('accepts a month-precise source', () => {
    expect(sources.parse(goodSource).published).toBe('2025-09');
  });

  it('rejects a date whose precision disagrees with datePrecision', () => {
    expect(messages(sources, { ...goodSource, datePrecision: 'day' })).toEqual([
      'datePrecision: published is "2025-09" (month precision) but datePrecision is "day"; make them agree',
    ]);
  });

  it('rejects an unknown rights value with the allowed ones', () => {
    expect(messages(sources, { ...goodSource, rights: 'all' })[0]).toMatch(/^rights: expected "full-text" .* or "excerpts"/u);
  });

  it('rejects a fingerprint not written by ingest', () => {
    expect(messages(sources, { ...goodSource, ingest: { ...goodSource.ingest, fingerprint: 'abc' } })[0]).toMatch(/^ingest\.fingerprint: expected "sha256:"/u);
  });

  it('rejects a non-http URL', () => {
    expect(messages(sources, { ...goodSource, url: 'javascript:alert(1)' })[0]).toMatch(/^url: expected an http\(s\) URL/u);
  });
});
