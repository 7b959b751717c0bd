/**
 * The link between a text node's value and the Markdown it was parsed from: which source
 * character each character of the value came from, and which were written with a backslash
 * (`\@`, `\[`). Markdown drops the backslash of an escape, the indentation of continuation
 * lines and the `>` of a block quote, and decodes `&amp;`; the value is therefore aligned with
 * its source span greedily, skipping what the value does not contain.
 */
export interface AlignedText {
  /** For each character of the value, its offset in the source (UTF-16), or -1 when unknown. */
  origins: number[];
  /** For each character of the value, whether the source wrote it as a backslash escape. */
  escaped: boolean[];
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/u;

export function alignText(value: string, source: string, from: number, to: number): AlignedText {
  // Most text nodes are their source verbatim (no escape, reference, indentation or `>` dropped):
  // each character is where it was written. Measured at 1,000 briefings, the character-by-character
  // search below cost 1.5 s of a build, nearly all of it on such nodes.
  if (to - from === value.length && source.startsWith(value, from)) {
    return { origins: Array.from({ length: value.length }, (_, i) => from + i), escaped: new Array<boolean>(value.length).fill(false) };
  }
  const origins: number[] = [];
  const escaped: boolean[] = [];
  let position = from;
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? '';
    let found = -1;
    let next = -1;
    let wasEscaped = false;
    for (let p = position; p < to; p++) {
      const here = source[p];
      if (here === '\\' && p + 1 < to && ASCII_PUNCTUATION.test(source[p + 1] ?? '') && source[p + 1] === char) {
        found = p + 1;
        wasEscaped = true;
        break;
      }
      if (here === char) {
        found = p;
        break;
      }
      // A character reference (`&#x27;`, `&eacute;`) stands for the value's character.
      const reference = here === '&' ? /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/iu.exec(source.slice(p, Math.min(to, p + 32))) : null;
      if (reference) {
        found = p;
        next = p + reference[0].length;
        break;
      }
      // A character the value lost (indentation, a block quote's `>`): the value's character is further on.
    }
    origins.push(found);
    escaped.push(wasEscaped);
    if (next >= 0) position = next;
    else if (found >= 0) position = found + 1;
  }
  return { origins, escaped };
}

/** Offsets where each line of a text starts, for turning offsets into lines and columns. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The 1-based line and column of an offset. */
export function pointAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
