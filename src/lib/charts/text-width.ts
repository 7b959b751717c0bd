/**
 * Width of a line of text, estimated without a font at build time. Widths are those of a
 * wide sans-serif (DejaVu Sans, the usual fallback on Linux, is among the widest) in ems, so
 * the estimate errs on the long side: labels placed with it may sit a little apart but do not
 * collide in any of the fonts in --font-ui.
 */
const NARROW = new Set([...'fijlrtI.,;:!|\'’()[] ']);
const WIDE = new Set([...'mwMW']);

function charWidth(char: string): number {
  if (NARROW.has(char)) return char === ' ' ? 0.32 : char === 'r' || char === 't' || char === 'f' ? 0.4 : 0.3;
  if (WIDE.has(char)) return char === char.toUpperCase() ? 0.99 : 0.92;
  if (/\d/u.test(char)) return 0.64;
  if (char === '–' || char === '-') return char === '-' ? 0.36 : 0.5;
  if (char === '—') return 1;
  if (/\p{Lu}/u.test(char)) return 0.72;
  return 0.6;
}

/** Bold text (weights 600 and 700) is about this much wider: DejaVu Sans Bold against its regular. */
const BOLD = 1.1;

export function estimateTextWidth(text: string, fontSize: number, options: { bold?: boolean } = {}): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (options.bold ? BOLD : 1);
}

/** Splits text into lines no wider than `maxWidth` at word boundaries (a single long word gets its own line). */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
