import { describe, expect, it } from 'vitest';
import { citationKeysIn, readCitationKey } from '../../../src/lib/citations/citation-key.ts';
import { mask, NODE, NODE_WITH_KEY, parseCitations, unmask, type CitationItem } from '../../../src/lib/citations/parse-citations.ts';
import { parseLocator } from '../../../src/lib/citations/parse-locator.ts';

/**
 * The parser on one run of text (inline nodes stand as NODE, escaped characters masked), item
 * by item with its prefix and suffix as text. The same forms through the real pipeline, with
 * emphasis, links and code as Markdown, are in test/plugins/citation-syntax.test.ts.
 */
function items(text: string) {
  const show = (item: CitationItem) => ({
    prefix: unmask(text.slice(item.prefix.start, item.prefix.end)),
    key: item.key,
    ...(item.version !== undefined ? { version: item.version } : {}),
    ...(item.suppressAuthor ? { suppressAuthor: true } : {}),
    ...(item.locator ? { locator: item.locator.label } : {}),
    suffix: unmask(text.slice(item.suffix.start, item.suffix.end)),
  });
  return parseCitations(text).citations.map((citation) => ({ kind: citation.kind, items: citation.items.map(show) }));
}
const error = (text: string) => parseCitations(text).errors[0]?.message;

describe('citation keys', () => {
  it('end at the first character that is not a letter, digit, _ or an inner hyphen', () => {
    expect(readCitationKey('@nyt-costa-clarke-2024.', 0)).toEqual({ name: 'nyt-costa-clarke-2024', length: 22 });
    expect(readCitationKey('@a-b-', 0)?.name).toBe('a-b');
    expect(readCitationKey('@{odd key}', 0)).toEqual({ name: 'odd key', length: 10 });
  });
  it('carry a version with @vN', () => {
    expect(readCitationKey('@slug@v12, ¶4', 0)).toEqual({ name: 'slug', version: 12, length: 9 });
    expect(readCitationKey('@slug@version', 0)).toEqual({ name: 'slug', length: 5 });
  });
  it('are not read in e-mail addresses or after an escaped at-sign', () => {
    expect(citationKeysIn('write to press@example.org or @desk')).toEqual([{ start: 30, key: { name: 'desk', length: 5 } }]);
    expect(citationKeysIn(`a ${mask('@', true)}handle`)).toEqual([]);
  });
});

describe('locators', () => {
  it('read every spelling of a paragraph', () => {
    for (const written of ['¶12', '¶ 12', 'para 12', 'para. 12', 'paragraph 12', 'p-12']) {
      expect(parseLocator(`, ${written}`)).toMatchObject({ kind: 'locator', locator: { label: '¶12' } });
    }
  });
  it('read ranges with a hyphen or a dash, and ¶¶', () => {
    for (const written of ['¶5-6', '¶5–6', '¶¶5–6', '¶5 – 6', 'paras 5-6', 'paragraphs 5–6']) {
      expect(parseLocator(written)).toMatchObject({ kind: 'locator', locator: { paragraphs: [{ from: 5, to: 6 }], label: '¶5–6' } });
    }
  });
  it('read lists, with bare numbers only after a plural mark', () => {
    expect(parseLocator('¶3, ¶5')).toMatchObject({ locator: { label: '¶3, ¶5' } });
    expect(parseLocator('¶¶3, 5 and 7')).toMatchObject({ locator: { label: '¶3, ¶5, ¶7' } });
    expect(parseLocator('¶3, 2024 figures')).toMatchObject({ locator: { label: '¶3' }, end: 2 });
  });
  it('leave what follows as the suffix', () => {
    expect(parseLocator(', ¶2 and passim')).toMatchObject({ kind: 'locator', end: 4 });
    expect(parseLocator(', for the figures')).toEqual({ kind: 'none' });
  });
  it('refuse pages, paragraph zero, backward and open ranges', () => {
    expect(parseLocator(', p. 4')).toMatchObject({ kind: 'error', message: expect.stringMatching(/^"p\. 4" is a page or section locator/u) });
    expect(parseLocator('¶0')).toMatchObject({ kind: 'error', message: '¶0 is not a paragraph number; paragraphs count from ¶1' });
    expect(parseLocator('¶6–5')).toMatchObject({ kind: 'error', message: 'the range ¶6–5 runs backwards; write ¶5–6' });
    expect(parseLocator('¶6-')).toMatchObject({ kind: 'error', message: 'the range ¶6- has no last paragraph; write it as ¶6–7' });
  });
});

describe('parseCitations', () => {
  it('reads a bracket with prefixes, locators, suffixes and several items', () => {
    expect(items('[see @a, ¶3; also @b, ¶4, for the figures;@c]')).toEqual([
      {
        kind: 'bracket',
        items: [
          { prefix: 'see', key: 'a', locator: '¶3', suffix: '' },
          { prefix: 'also', key: 'b', locator: '¶4', suffix: ', for the figures' },
          { prefix: '', key: 'c', suffix: '' },
        ],
      },
    ]);
  });
  it('keeps inline nodes in a prefix or suffix', () => {
    expect(items(`[${NODE} @a, ¶2 and ${NODE}]`)).toEqual([{ kind: 'bracket', items: [{ prefix: NODE, key: 'a', locator: '¶2', suffix: ` and ${NODE}` }] }]);
  });
  it('reads author-in-text citations, with a locator bracket after them', () => {
    expect(items('As @a reports, and @b [¶3] adds.')).toEqual([
      { kind: 'in-text', items: [{ prefix: '', key: 'a', suffix: '' }] },
      { kind: 'in-text', items: [{ prefix: '', key: 'b', locator: '¶3', suffix: '' }] },
    ]);
    expect(items('@a [sic] says')).toEqual([{ kind: 'in-text', items: [{ prefix: '', key: 'a', suffix: '' }] }]);
  });
  it('reads [-@a] as hiding the source name, and a pinned version', () => {
    expect(items('[-@a, ¶3]')).toEqual([{ kind: 'bracket', items: [{ prefix: '', key: 'a', suppressAuthor: true, locator: '¶3', suffix: '' }] }]);
    expect(items('[@a@v1, ¶4]')).toEqual([{ kind: 'bracket', items: [{ prefix: '', key: 'a', version: 1, locator: '¶4', suffix: '' }] }]);
  });
  it('leaves escaped syntax alone', () => {
    expect(items(`${mask('[', true)}@a${mask(']', true)} and ${mask('@', true)}b`)).toEqual([{ kind: 'in-text', items: [{ prefix: '', key: 'a', suffix: '' }] }]);
    expect(parseCitations(`costs ${mask('@', true)}5 [${mask('@', true)}x]`)).toEqual({ citations: [], errors: [] });
  });
  it('gives the offsets of the bracket', () => {
    expect(parseCitations('ab [@x] cd').citations[0]).toMatchObject({ start: 3, end: 7 });
  });
  it('fails what looks like a citation but cannot be read', () => {
    expect(error('[@a, p. 4]')).toMatch(/page or section locator.*write ¶N/u);
    expect(error('[@a; see above]')).toMatch(/"see above" has no @key/u);
    expect(error('[@a @b]')).toMatch(/names more than one source; separate them with semicolons/u);
    expect(error(`[see ${NODE_WITH_KEY}]`)).toMatch(/has its @key inside emphasis, a link or code/u);
    expect(error('@a [¶0] says')).toBe('¶0 is not a paragraph number; paragraphs count from ¶1');
  });
});
