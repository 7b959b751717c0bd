/**
 * Characters XML 1.0 does not allow anywhere in a document (its `Char` production): the C0
 * controls other than tab, line feed and carriage return, the noncharacters U+FFFE and U+FFFF,
 * and UTF-16 surrogates that are not half of a pair (with the `u` flag a proper pair is one
 * code point and never matches). One of them makes every strict parser reject the whole file.
 */
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

const C0_NAMES = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'HT', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US'];

/** "U+0007 (BEL)", "U+FFFE (a noncharacter)", "U+D800 (half of a surrogate pair)". */
function describeCharacter(character: string): string {
  const code = character.charCodeAt(0);
  const name = code < 0x20 ? C0_NAMES[code] : code >= 0xfffe ? 'a noncharacter' : 'half of a surrogate pair';
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
}

import type { WarningSink } from '../problems.ts';

/** Where a text comes from and goes to, so the warning about characters XML cannot hold can name them. */
export interface XmlTextOrigin {
  /** The file the text comes from: "content/briefings/x.mdx", or a built page "briefings/x/index.html". */
  file: string;
  /** The field of that file, as its author knows it: "dek", "title", "canonical link". */
  field: string;
  /** The XML file being written: "feed.xml". */
  output: string;
  /** Where the warning goes (warnOnConsole, or a logger). */
  warn: WarningSink;
}

/**
 * Escapes text for an XML element or a double-quoted attribute, and removes the characters XML
 * 1.0 forbids (an invisible BEL typed into a dek would otherwise make every feed reader reject
 * the whole feed). With an `origin`, a removal is reported once per text, naming the file, the
 * field and each character: the author should delete them at the source.
 */
export function escapeXml(text: string, origin?: XmlTextOrigin): string {
  const forbidden = text.match(FORBIDDEN);
  if (forbidden && origin) {
    const characters = [...new Set(forbidden)].map(describeCharacter).join(', ');
    origin.warn({
      file: origin.file,
      message: `${origin.field} contains ${characters}, which XML 1.0 does not allow; removed from ${origin.output}.`,
      hint: `delete them from ${origin.field} (most editors do not show them; search for the code, e.g. \\u0007 or \\x07).`,
    });
  }
  const allowed = forbidden ? text.replace(FORBIDDEN, '') : text;
  return allowed.replace(/[&<>"']/gu, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[character]};`);
}
