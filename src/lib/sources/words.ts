/**
 * The word sequence of a text: Unicode NFC, split on whitespace. Formatting (line breaks,
 * blank lines, Markdown structure) does not change it; any changed, added or removed word does.
 */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter((word) => word !== '');
}
