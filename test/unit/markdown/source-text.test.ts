import { describe, expect, it } from 'vitest';
import { alignText } from '../../../src/lib/markdown/source-text.ts';

describe('alignText', () => {
  it('maps a value written verbatim character for character', () => {
    const source = 'Before. Wadi Hauran lies west. After.';
    const from = source.indexOf('Wadi');
    const value = 'Wadi Hauran lies west.';
    expect(alignText(value, source, from, from + value.length)).toEqual({
      origins: Array.from({ length: value.length }, (_, i) => from + i),
      escaped: new Array(value.length).fill(false),
    });
  });

  it('still finds escapes, references and dropped characters when the value differs from its source', () => {
    const source = 'Mail \\@slug &amp; \\[x]';
    const value = 'Mail @slug & [x]';
    const aligned = alignText(value, source, 0, source.length);
    expect(aligned.escaped[value.indexOf('@')]).toBe(true);
    expect(aligned.origins[value.indexOf('@')]).toBe(source.indexOf('@'));
    expect(aligned.origins[value.indexOf('&')]).toBe(source.indexOf('&amp;'));
    expect(aligned.escaped[value.indexOf('[')]).toBe(true);
    expect(aligned.escaped[0]).toBe(false);
  });

  it('does not take a span of the same length but other text for verbatim', () => {
    const source = 'ab\\@d';
    const aligned = alignText('ab@dx', source, 0, 5);
    expect(aligned.escaped[2]).toBe(true);
    expect(aligned.origins[4]).toBe(-1);
  });
});
