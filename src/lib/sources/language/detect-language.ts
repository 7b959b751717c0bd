import { francAll } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import { primaryLanguage } from './text-direction.ts';

/**
 * franc's individual-language codes that belong to a macrolanguage with a two-letter code:
 * BCP 47 prefers the macrolanguage ("ar", not "arb").
 */
const MACROLANGUAGE: Record<string, string> = {
  arb: 'ar', pes: 'fa', prs: 'fa', pbu: 'ps', pbt: 'ps', cmn: 'zh', zsm: 'ms', zlm: 'ms', swh: 'sw', uzn: 'uz', azj: 'az',
  ydd: 'yi', npi: 'ne', ekk: 'et', lvs: 'lv', khk: 'mn', plt: 'mg', gaz: 'om', quy: 'qu', knc: 'kr', fuv: 'ff', als: 'sq',
};

let toIso6393: Map<string, string> | undefined;
/** The ISO 639-3 code franc uses for a BCP 47 tag's language ("en" → "eng", "ar" → "arb"). */
function codeFor(tag: string): string | undefined {
  if (!toIso6393) {
    toIso6393 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]));
    for (const [three, two] of Object.entries(MACROLANGUAGE)) toIso6393.set(two, three);
  }
  const primary = primaryLanguage(tag);
  return primary.length === 3 ? primary : toIso6393.get(primary);
}

/** BCP 47 tag for an ISO 639-3 code as franc gives it. */
export function tagFor639_3(code: string): string {
  return iso6393To1[code] ?? MACROLANGUAGE[code] ?? code;
}

/** Letters enough to tell a text's script and language: longer texts are judged on their start. */
const SAMPLE_LETTERS = 20_000;
const SAMPLE_CHARACTERS = 30_000;

type Script = 'Arabic' | 'Hebrew' | 'Cyrillic' | 'Greek' | 'Han' | 'Kana' | 'Hangul' | 'Devanagari' | 'Thai' | 'Latin' | 'Other';

const SCRIPTS: readonly [Script, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Latin', /\p{Script=Latin}/u],
];

/** The script most of a text's letters are in, and its share of the letters. */
export function dominantScript(text: string): { script: Script; share: number; letters: number } {
  const counts = new Map<Script, number>();
  let letters = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    // ASCII first: most characters of most texts, and a regex per character would dominate.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters += 1;
        counts.set('Latin', (counts.get('Latin') ?? 0) + 1);
      }
      continue;
    }
    if (!/\p{L}/u.test(char)) continue;
    letters += 1;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
    // A long text's script is settled well before its end.
    if (letters >= SAMPLE_LETTERS) break;
  }
  let best: Script = 'Other';
  let bestCount = 0;
  for (const [script, count] of counts) if (count > bestCount) [best, bestCount] = [script, count];
  if (counts.get('Kana')) best = best === 'Han' ? 'Kana' : best;
  return { script: best, share: letters === 0 ? 0 : bestCount / letters, letters };
}

/** The languages franc may choose from for a script other than Latin, and the answer when it cannot tell. */
const BY_SCRIPT: Partial<Record<Script, { only: string[]; fallback: string }>> = {
  Arabic: { only: ['arb', 'pes', 'prs', 'urd', 'pbu', 'ckb', 'uig', 'snd'], fallback: 'ar' },
  Hebrew: { only: ['heb', 'ydd'], fallback: 'he' },
  Cyrillic: { only: ['rus', 'ukr', 'bel', 'bul', 'srp', 'mkd', 'kaz', 'kir', 'tgk', 'tat', 'bak', 'khk'], fallback: 'ru' },
  Devanagari: { only: ['hin', 'mar', 'npi', 'mai', 'bho'], fallback: 'hi' },
};
/** Latin-script languages most texts we receive are in, for texts with no expected language. */
const COMMON_LATIN = ['eng', 'fra', 'deu', 'spa', 'por', 'ita', 'nld', 'tur', 'ind', 'zsm', 'swh', 'pol', 'ron', 'swe', 'dan', 'nob', 'fin', 'ces', 'hun', 'vie', 'tgl', 'hau', 'som', 'uzn', 'azj', 'kmr'];
const SINGLE: Partial<Record<Script, string>> = { Greek: 'el', Han: 'zh', Kana: 'ja', Hangul: 'ko', Thai: 'th' };

/** Scripts a language is written in, for the languages whose script settles what a text cannot be. */
const SCRIPT_OF_LANGUAGE: Record<string, Script> = {
  ar: 'Arabic', fa: 'Arabic', ur: 'Arabic', ps: 'Arabic', ckb: 'Arabic', ug: 'Arabic', sd: 'Arabic',
  he: 'Hebrew', yi: 'Hebrew', ru: 'Cyrillic', uk: 'Cyrillic', bg: 'Cyrillic', be: 'Cyrillic', mk: 'Cyrillic',
  el: 'Greek', zh: 'Han', ja: 'Kana', ko: 'Hangul', hi: 'Devanagari', mr: 'Devanagari', ne: 'Devanagari', th: 'Thai',
  en: 'Latin', fr: 'Latin', de: 'Latin', es: 'Latin', it: 'Latin', pt: 'Latin', nl: 'Latin', sv: 'Latin', tr: 'Latin',
  pl: 'Latin', id: 'Latin', ms: 'Latin', sw: 'Latin', ro: 'Latin', da: 'Latin', no: 'Latin', nb: 'Latin', fi: 'Latin',
};

/**
 * Whether a text can be in a language, by script alone: Arabic letters are not English.
 * Unknown languages, and texts without letters, are compatible with anything.
 */
export function scriptFits(text: string, lang: string): boolean {
  const expected = SCRIPT_OF_LANGUAGE[primaryLanguage(lang)];
  if (!expected) return true;
  const { script, share, letters } = dominantScript(text);
  if (letters === 0 || script === 'Other') return true;
  if (expected === 'Han' || expected === 'Kana') return script === 'Han' || script === 'Kana' || share < 0.5;
  return script === expected || share < 0.5;
}

export interface DetectOptions {
  /** The language the text is expected to be in (the page's): kept unless the evidence against it is strong. */
  expected?: string | undefined;
}

/**
 * The language of a text: by its script where the script settles it (Arabic script is Arabic,
 * Persian, Urdu … as franc tells among them; Greek is Greek), else by franc's trigrams.
 * Latin-script text is unreliable in short runs (franc calls a 230-character English paragraph
 * Scots), so against an expected language only a long text whose expected language franc
 * clearly ranks below another changes it. Undefined when there is no telling.
 */
export function detectLanguage(fullText: string, options: DetectOptions = {}): string | undefined {
  const text = fullText.length > SAMPLE_CHARACTERS ? fullText.slice(0, SAMPLE_CHARACTERS) : fullText;
  const { script, share, letters } = dominantScript(text);
  if (letters === 0 || share < 0.5) return options.expected;
  const expected = options.expected;
  const single = SINGLE[script];
  if (single) return expected && primaryLanguage(expected) === single ? expected : single;
  const set = BY_SCRIPT[script];
  if (set) {
    if (expected && scriptFits(text, expected) && SCRIPT_OF_LANGUAGE[primaryLanguage(expected)] === script) return expected;
    const [best] = francAll(text, { only: set.only, minLength: 1 });
    return best && best[0] !== 'und' && letters >= 20 ? tagFor639_3(best[0]) : set.fallback;
  }
  if (script !== 'Latin') return expected;
  if (!expected || !scriptFits(text, expected)) {
    // No expectation to keep: choose among the widely written Latin-script languages, so a
    // short English line is not called Scots or Tiv.
    const [best] = francAll(text, { only: COMMON_LATIN, minLength: 1 });
    return best && best[0] !== 'und' && letters >= 12 ? tagFor639_3(best[0]) : undefined;
  }
  // Only a long text is evidence against the expected language (below); a short one keeps it.
  if (letters < 150) return expected;
  // Among the widely written languages and the expected one: seven times faster than all 187, which counts on a long page.
  const expectedCode = codeFor(expected);
  const scores = francAll(text, { minLength: 10, only: expectedCode && !COMMON_LATIN.includes(expectedCode) ? [...COMMON_LATIN, expectedCode] : COMMON_LATIN });
  const top = scores[0];
  if (!top || top[0] === 'und') return expected;
  const topTag = tagFor639_3(top[0]);
  if (primaryLanguage(topTag) === primaryLanguage(expected)) return expected;
  const expectedScore = scores.find(([code]) => primaryLanguage(tagFor639_3(code)) === primaryLanguage(expected))?.[1] ?? 0;
  return letters >= 150 && expectedScore < 0.8 ? topTag : expected;
}
