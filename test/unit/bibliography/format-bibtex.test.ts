import { plugins } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { nameFromCsl, sourceToCsl, type CslName, type SourceFacts } from '../../../src/lib/sources/csl-json.ts';
import { formatBibtex } from '../../../src/lib/bibliography/format-bibtex.ts';

const facts: SourceFacts = {
  title: 'Adapting the Counterterrorism Toolbox to the Postcaliphate Context',
  publisher: 'Carnegie Europe',
  authors: ['Félix Arteaga'],
  published: '2019-11',
  datePrecision: 'month',
  url: 'https://carnegieeurope.eu/2019/11/28/adapting',
  kind: 'policy analysis',
  language: 'en',
  regions: [],
  topics: [],
  rights: 'full-text',
  notes: 'An editor’s note that is not part of the reference.',
};

/** BibTeX read back by citation-js's own parser, as a reference manager would. */
const readBack = (bibtex: string) => plugins.input.chain(bibtex) as unknown as Record<string, unknown>[];

describe('formatBibtex', () => {
  it('keys each entry by its slug and keeps the date at its precision', () => {
    const bibtex = formatBibtex([sourceToCsl('carnegie-nato-toolbox-2019', facts)]);
    expect(bibtex).toMatch(/^@techreport\{carnegie-nato-toolbox-2019,\n/u);
    expect(bibtex).toContain('year = {2019}');
    expect(bibtex).toContain('month = {11}');
    expect(bibtex).not.toMatch(/\bday\b/u);
    expect(bibtex).toContain(String.raw`author = {Arteaga, F{\' e}lix}`);
    expect(bibtex).not.toContain('editor’s note');
    expect(bibtex.endsWith('}\n')).toBe(true);
  });

  it('reads back to the same title, authors, date and address', () => {
    const [entry] = readBack(formatBibtex([sourceToCsl('carnegie-nato-toolbox-2019', facts)]));
    expect(entry).toMatchObject({
      id: 'carnegie-nato-toolbox-2019',
      title: facts.title,
      author: [{ family: 'Arteaga', given: 'Félix' }],
      issued: { 'date-parts': [[2019, 11]] },
      URL: facts.url,
    });
  });

  it('keeps a collective author whole, in braces', () => {
    const bibtex = formatBibtex([sourceToCsl('x', { ...facts, authors: ['Shafaq News staff'] })]);
    expect(bibtex).toContain('author = {{Shafaq News staff}}');
    const authors = readBack(bibtex)[0]?.author as CslName[];
    expect(authors.map(nameFromCsl)).toEqual(['Shafaq News staff']);
  });

  it('writes several entries, and nothing for none', () => {
    const bibtex = formatBibtex([sourceToCsl('a', facts), sourceToCsl('b', facts)]);
    expect(bibtex.match(/^@/gmu)).toHaveLength(2);
    expect(formatBibtex([])).toBe('');
  });
});
