import { fail } from '../problems.ts';

/** What a received text becomes once its control characters are dealt with. */
export interface CleanedText {
  text: string;
  /** What was changed and where, for the source's recorded quirks. */
  quirks: string[];
}

/** Names of the C0 control characters authors meet, for messages. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL (bell)',
  0x08: 'BS (backspace)',
  0x0b: 'VT (vertical tab, a Word line break)',
  0x0c: 'FF (form feed, a page break)',
  0x1a: 'SUB (end of file in old DOS files)',
  0x1b: 'ESC (escape, the start of a terminal colour code)',
  0x1f: 'US (unit separator)',
};

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;

function describe(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}${NAMES[code] ? ` ${NAMES[code]}` : ''}`;
}

/**
 * C0 control characters other than tab and newline are invisible, carry no words and break
 * what we publish (XML 1.0, and so the Atom feed, forbids them). A vertical tab (0x0B) is how
 * Word writes a line break inside a paragraph ("Shift+Enter"): it becomes a newline, and the
 * quirks say so. Any other one is refused with its line and column. Expects `\n` line endings
 * (a carriage return is a line ending, not a control, by then).
 */
export function cleanControlCharacters(text: string, file: string): CleanedText {
  if (!CONTROL.test(text)) return { text, quirks: [] };
  const quirks: string[] = [];
  const lines = text.split('\n');
  const verticalTabs: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let column = 0;
    for (const char of line) {
      column += 1;
      const code = char.codePointAt(0) ?? 0;
      if (code === 0x0b) {
        verticalTabs.push(`${i + 1}:${column}`);
        continue;
      }
      if (code < 0x20 && code !== 0x09) {
        const total = [...text].filter((c) => CONTROL.test(c) && c !== '\u000b').length;
        fail({
          file,
          line: i + 1,
          column,
          message: `the text contains the control character ${describe(code)}${total > 1 ? ` (and ${total - 1} more)` : ''}; control characters other than tab and newline are not text and cannot be published.`,
          hint:
            code === 0x0c
              ? 'a form feed is a page break from a printer-oriented export: replace each one with a blank line, or export the article again as plain text.'
              : 'delete it (it is invisible in most editors: search for it by its code), or export the article again as plain UTF-8 text.',
        });
      }
    }
  }
  if (verticalTabs.length > 0) {
    quirks.push(
      `${verticalTabs.length === 1 ? 'A vertical tab (0x0B, a Word line break) at line:column' : `${verticalTabs.length} vertical tabs (0x0B, Word line breaks) at line:column`} ${verticalTabs.join(', ')} of the received file ${verticalTabs.length === 1 ? 'was' : 'were'} read as a line break.`,
    );
  }
  return { text: text.replace(/\u000b/gu, '\n'), quirks };
}
