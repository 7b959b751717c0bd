import { describe, expect, it } from 'vitest';
import { pngSize } from '../../helpers/png.ts';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedSocialCard, cardFonts, clampText, installedCardRenderer, renderSocialCard, socialCardKey, titleSize } from '../../../src/lib/publishing/social-card.ts';

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

describe('cachedSocialCard', () => {
  const input = { kicker: 'Site', title: 'A title', dek: 'A dek.', footer: 'ex.org' };

  it('keys a card by what it shows', () => {
    expect(socialCardKey(input, cardFonts())).toBe(socialCardKey({ ...input }, cardFonts()));
    expect(socialCardKey(input, cardFonts())).not.toBe(socialCardKey({ ...input, title: 'Another title' }, cardFonts()));
  });

  it('keys a card by everything it depends on: each input field, the fonts, the renderers and the size', () => {
    const fonts = cardFonts();
    const key = socialCardKey(input, fonts);
    const renderer = installedCardRenderer();
    const changed = [
      socialCardKey({ ...input, kicker: `${input.kicker}!` }, fonts),
      socialCardKey({ ...input, dek: `${input.dek} More.` }, fonts),
      socialCardKey({ ...input, footer: `${input.footer}/x` }, fonts),
      socialCardKey(input, fonts.slice(1)),
      socialCardKey(input, fonts.map((font, i) => (i === 0 ? { ...font, data: Buffer.concat([Buffer.from(font.data), Buffer.from([0])]) } : font))),
      socialCardKey(input, fonts, { ...renderer, versions: [...renderer.versions.slice(0, 1), '0.0.0'] }),
      socialCardKey(input, fonts, { ...renderer, width: renderer.width + 1 }),
    ];
    for (const other of changed) expect(other).not.toBe(key);
  });

  it('draws a card once, stores it under its key and reads it back the next time', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'cards-'));
    try {
      const first = await cachedSocialCard(input, cardFonts(), directory);
      const stored = join(directory, `${socialCardKey(input, cardFonts())}.png`);
      expect(readdirSync(directory)).toEqual([`${socialCardKey(input, cardFonts())}.png`]);
      expect(readFileSync(stored)).toEqual(Buffer.from(first));
      // Whatever is stored under the key is what a later build uses.
      writeFileSync(stored, 'stored card');
      expect(Buffer.from(await cachedSocialCard(input, cardFonts(), directory)).toString()).toBe('stored card');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
