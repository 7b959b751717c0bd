import { fail } from '../problems.ts';

/**
 * Decodes a received article file into text with `\n` line endings.
 * Refuses what cannot be an article: an empty file, a binary file, bytes that are not UTF-8.
 * A byte-order mark and CRLF/CR line endings are removed; nothing else is touched.
 */
export function decodeArticleText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) {
    fail({ file, message: 'the file is empty (0 bytes).', hint: 'check that the article was saved before ingesting it.' });
  }
  if (bytes.includes(0)) {
    fail({ file, message: 'the file is binary (it contains NUL bytes), not plain text.', hint: 'export the article as plain UTF-8 text (.txt) and ingest that file.' });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail({ file, message: 'the file is not valid UTF-8 text.', hint: 'convert it to UTF-8 first, for example: iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt' });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    fail({ file, message: 'the file holds only whitespace.', hint: 'check that the article was saved before ingesting it.' });
  }
  return text;
}
