import { describe, expect, it } from 'vitest';
import { SELECTOR_CONTEXT, textQuoteSelector } from '../../../src/lib/citations/text-quote-selector.ts';

const passage = 'Stripping the Islamic State of its self-proclaimed caliphate is not the same as beating it. The group adapted.';

describe('textQuoteSelector', () => {
  it('gives the exact words and up to 32 characters either side, in the Web Annotation shape', () => {
    const start = passage.indexOf('self-proclaimed');
    const end = start + 'self-proclaimed caliphate'.length;
    const selector = textQuoteSelector(passage, start, end);
    expect(selector).toEqual({ type: 'TextQuoteSelector', exact: 'self-proclaimed caliphate', prefix: 'ipping the Islamic State of its ', suffix: ' is not the same as beating it. ' });
    expect(selector.prefix).toHaveLength(SELECTOR_CONTEXT);
    expect(passage).toContain(selector.prefix + selector.exact + selector.suffix);
  });

  it('stops at the edges of the passage', () => {
    expect(textQuoteSelector(passage, 0, 9)).toMatchObject({ exact: 'Stripping', prefix: '' });
    expect(textQuoteSelector(passage, passage.length - 8, passage.length)).toMatchObject({ exact: 'adapted.', suffix: '' });
  });

  it('never splits a character made of two UTF-16 units', () => {
    // 32 units before "quoted" falls on the second half of the first emoji, 32 after on the second half of the last.
    const text = `xy😀${'c'.repeat(31)}quoted${'d'.repeat(31)}😀z`;
    const start = text.indexOf('quoted');
    const selector = textQuoteSelector(text, start, start + 'quoted'.length);
    expect(selector.prefix).toBe('c'.repeat(31));
    expect(selector.suffix).toBe('d'.repeat(31));
    const whole = textQuoteSelector(`xy😀${'c'.repeat(30)}quoted`, 34, 40);
    expect(whole.prefix).toBe(`😀${'c'.repeat(30)}`);
  });

  it('refuses a span outside the passage', () => {
    expect(() => textQuoteSelector('short', 2, 9)).toThrow(RangeError);
  });
});
