import type { FigureQualifier } from '../schema/figures-data.ts';

/** The words that qualify a figure in English prose, longest first so "more than" wins over "more". */
const QUALIFYING_WORDS = [
  'more than', 'fewer than', 'less than', 'at least', 'at most', 'up to', 'upwards of',
  'approximately', 'around', 'about', 'roughly', 'nearly', 'almost', 'some', 'over', 'under',
] as const;

/** The qualifier word that each `qualifier` value stands for; exact and between have none. */
export const QUALIFIER_WORDS: Record<FigureQualifier, string | undefined> = {
  exact: undefined,
  about: 'about',
  roughly: 'roughly',
  nearly: 'nearly',
  'more than': 'more than',
  over: 'over',
  'at least': 'at least',
  'fewer than': 'fewer than',
  between: undefined,
};

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

function plain(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2010-\u2015\u2212]/gu, '-').replace(/\s+/gu, ' ').trim();
}

/** "eighty-six" → 86, "thirteen" → 13; undefined for anything else. Figures in prose under 100 are often words. */
function wordNumber(word: string): number | undefined {
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  const [tens, unit] = word.split('-');
  if (tens && unit && tens in TENS && unit in UNITS && (UNITS[unit] ?? 0) < 10) return (TENS[tens] ?? 0) + (UNITS[unit] ?? 0);
  return undefined;
}

export interface StatedFigure {
  /** The qualifying words the figure opens with ("at least"), if any. */
  qualifier?: string;
  /** The numbers in it, in order: one, or two for a range. */
  numbers: number[];
}

/** Reads a figure as a source writes it: "at least 170", "150–200", "Eighty-six", "nearly 1,000". */
export function readStatedFigure(stated: string): StatedFigure {
  let text = plain(stated);
  const qualifier = QUALIFYING_WORDS.find((words) => text === words || text.startsWith(`${words} `));
  if (qualifier) text = text.slice(qualifier.length).trim();
  const numbers: number[] = [];
  for (const token of text.matchAll(/\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?/gu)) {
    const word = token[0];
    if (/^\d/u.test(word)) numbers.push(Number(word.replaceAll(',', '')));
    else {
      const value = wordNumber(word);
      if (value !== undefined) numbers.push(value);
    }
  }
  return { ...(qualifier ? { qualifier } : {}), numbers };
}

/** The qualifying words that end a stretch of text, if any: what a quote says just before a figure. */
export function trailingQualifier(textBefore: string): string | undefined {
  const text = plain(textBefore);
  return QUALIFYING_WORDS.find((words) => text === words || text.endsWith(` ${words}`));
}

/**
 * A stated figure with its number words written as digits ("Eighty-six" → "86", "nearly
 * twelve" → "nearly 12"), so a chart shows every figure the same way; qualifiers and digits
 * are kept as written. The data table still gives the source's own words.
 */
export function statedInDigits(stated: string): string {
  return stated.replace(/\p{L}+(?:[-\u2010-\u2015]\p{L}+)?/gu, (word) => {
    const value = wordNumber(plain(word));
    return value === undefined ? word : value.toLocaleString('en-US');
  });
}
