import { describe, expect, it } from 'vitest';
import { parseCitations } from '../../../src/lib/citations/parse-citations.ts';

const items = (text: string) => parseCitations(text).citations.map((citation) => citation.items);

describe('parseCitations', () => {
  it('reads a bare citation', () => {
    expect(items('A claim [@nyt-costa-clarke-2024].')).toEqual([[{ prefix: '', key: 'nyt-costa-clarke-2024', suffix: '' }]]);
  });
  it('reads a paragraph locator in each accepted spelling', () => {
    for (const locator of ['¶12', '¶ 12', 'para 12', 'para. 12', 'paragraph 12']) {
      expect(items(`[@a, ${locator}]`)[0]?.[0]?.paragraph).toBe(12);
    }
  });
  it('reads a locator written straight after the key, without a comma, as Pandoc does', () => {
    expect(items('[@shafaq-iraq-resurgence-2025 ¶40]')).toEqual([[{ prefix: '', key: 'shafaq-iraq-resurgence-2025', paragraph: 40, suffix: '' }]]);
    expect(items('[see @a para 3, for the figures]')).toEqual([[{ prefix: 'see', key: 'a', paragraph: 3, suffix: 'for the figures' }]]);
    expect(parseCitations('[@a p. 4]').errors[0]?.message).toMatch(/"p\. 4" is a page or section locator/u);
  });
  it('reads several items, prefixes and suffixes', () => {
    expect(items('[see @a, ¶3; also @b, ¶4, for the figures; @c]')).toEqual([
      [
        { prefix: 'see', key: 'a', paragraph: 3, suffix: '' },
        { prefix: 'also', key: 'b', paragraph: 4, suffix: 'for the figures' },
        { prefix: '', key: 'c', suffix: '' },
      ],
    ]);
  });
  it('gives the offsets of the bracket', () => {
    const [citation] = parseCitations('ab [@x] cd').citations;
    expect(citation).toMatchObject({ start: 3, end: 7, raw: '[@x]' });
  });
  it('ignores links, link definitions and e-mail addresses', () => {
    expect(parseCitations('[@a](https://example.org) [write to me@example.org] [@b]: x').citations).toEqual([]);
  });
  it('rejects page locators with a hint', () => {
    expect(parseCitations('[@a, p. 4]').errors[0]?.message).toMatch(/page or section locator.*write ¶N/u);
  });
  it('rejects paragraph zero', () => {
    expect(parseCitations('[@a, ¶0]').errors[0]?.message).toBe('¶0 is not a paragraph number; paragraphs count from ¶1');
  });
  it('rejects an item without a key', () => {
    expect(parseCitations('[@a; see above]').errors[0]?.message).toMatch(/"see above" has no @key/u);
  });
});
