import { describe, expect, it } from 'vitest';
import { pngSize } from '../../helpers/png.ts';
import { cardFonts, clampText, renderSocialCard, titleSize } from '../../../src/lib/publishing/social-card.ts';

describe('clampText', () => {
  it('leaves short text alone and cuts long text at a word with an ellipsis', () => {
    expect(clampText('  short   text ', 50)).toBe('short text');
    expect(clampText('one two three four five six seven', 20)).toBe('one two three four…');
  });
});

describe('titleSize', () => {
  it('shrinks as titles grow', () => {
    expect(titleSize('Short')).toBeGreaterThan(titleSize('x'.repeat(60)));
    expect(titleSize('x'.repeat(60))).toBeGreaterThan(titleSize('x'.repeat(120)));
  });
});

describe('renderSocialCard', () => {
  it('draws a 1200x630 PNG with the fonts shipped in node_modules, diacritics included', async () => {
    const png = await renderSocialCard(
      { kicker: 'Site', title: 'Qaraqosh, Ḥawīja and the façade of defeat', dek: 'A dek of one sentence.', footer: 'ex.org' },
      cardFonts(),
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.byteLength).toBeGreaterThan(10_000);
  });
});
