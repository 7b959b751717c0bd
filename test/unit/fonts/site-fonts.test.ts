import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ARABIC_FACES, CORE_CHARACTERS, TEXT_FACES, fontFaceCss, planFontFiles } from '../../../src/lib/fonts/site-fonts.ts';
import { parseUnicodeRange } from '../../../src/lib/fonts/unicode-range.ts';

const require = createRequire(import.meta.url);
const ranges = (pkg: string) => JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8')) as Record<string, string>;
const planned = planFontFiles(ranges);
/** The files the site serves (the TrueType ones are for drawing chart images at build time). */
const files = planned.filter((file) => file.format !== 'sfnt');

describe('planFontFiles', () => {
  it('serves each text face from a core subset, with the rest of Latin and Latin Extended as fallbacks', () => {
    for (const face of TEXT_FACES) {
      const own = files.filter((file) => file.face === face);
      expect(own.map((file) => file.name)).toEqual([
        `${face.package}-${face.weight}-${face.style}-core.woff2`,
        `${face.package}-${face.weight}-${face.style}-latin.woff2`,
        `${face.package}-${face.weight}-${face.style}-latin-ext.woff2`,
      ]);
      expect(own[0]!.keep).toBe(CORE_CHARACTERS);
    }
  });

  it('gives one face’s files disjoint ranges, so a page fetches a fallback only for a character the core lacks', () => {
    for (const face of TEXT_FACES) {
      const seen = new Set<number>();
      for (const file of files.filter((candidate) => candidate.face === face)) {
        for (const point of parseUnicodeRange(file.unicodeRange)) {
          expect(seen.has(point), `${file.name}: U+${point.toString(16)}`).toBe(false);
          seen.add(point);
        }
      }
      for (const char of 'Aé’¶ÖŞ') expect(seen.has(char.codePointAt(0)!), `${face.family} covers ${char}`).toBe(true);
    }
  });

  it('keeps ü out of the core (a page using it fetches the Latin file) and Arabic in the Arabic faces', () => {
    const core = files.find((file) => file.name === 'source-serif-4-400-normal-core.woff2')!;
    expect(parseUnicodeRange(core.unicodeRange)).not.toContain('ü'.codePointAt(0));
    for (const face of ARABIC_FACES) {
      const arabic = files.find((file) => file.face === face)!;
      expect(parseUnicodeRange(arabic.unicodeRange)).toContain('ع'.codePointAt(0));
      expect(arabic.keep).toBeUndefined();
    }
  });
});

describe('the TrueType files for drawing at build time', () => {
  it('hold the interface face’s two weights, with all of Latin', () => {
    const ttf = planned.filter((file) => file.format === 'sfnt');
    expect(ttf.map((file) => file.name)).toEqual(['source-sans-3-400-normal.ttf', 'source-sans-3-600-normal.ttf']);
    expect(ttf[0]!.keep).toContain('ü');
  });
});

describe('fontFaceCss', () => {
  it('declares every file with its family, weight, style and range, swapping in when loaded', () => {
    const css = fontFaceCss(planned);
    expect(css.match(/@font-face/gu)).toHaveLength(files.length);
    expect(css).toContain("font-family: 'Source Serif 4';\n  font-style: italic;\n  font-weight: 400;\n  font-display: swap;\n  src: url('./source-serif-4-400-italic-core.woff2') format('woff2');");
  });
});
