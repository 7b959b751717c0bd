import { fail } from '../problems.ts';
import { cleanControlCharacters } from './control-characters.ts';

/** A received file's text, ready to parse. */
export interface DecodedText {
  /** The text with `\n` line endings, no byte-order mark, no control characters but tab and newline. */
  text: string;
  /** The encoding it was read in: "utf-8", "utf-16le", "windows-1256" … */
  encoding: string;
  /** What decoding changed, for the source's recorded quirks. */
  quirks: string[];
}

export interface DecodeOptions {
  /** The character set the file declares for itself (a web page's `<meta charset>`), used when it has no byte-order mark. */
  declaredCharset?: string | undefined;
}

/**
 * UTF-16 without a byte-order mark: most code units of English or Arabic text have one zero
 * byte, always on the same side. Returns the encoding, or undefined when the bytes do not look
 * like UTF-16.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros += 1;
    if (sample[i + 1] === 0) oddZeros += 1;
  }
  const units = sample.length / 2;
  if (oddZeros > units * 0.3 && evenZeros < units * 0.05) return 'utf-16le';
  if (evenZeros > units * 0.3 && oddZeros < units * 0.05) return 'utf-16be';
  return undefined;
}

function decodeStrict(bytes: Uint8Array, encoding: string, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding.startsWith('utf-16')) {
      fail({ file, message: `the file is UTF-16 text (${encoding.toUpperCase()}) with bytes that are not valid UTF-16.`, hint: 'save it again as UTF-8 (in most editors: Save As → Encoding → UTF-8) and ingest that file.' });
    }
    if (encoding !== 'utf-8') {
      fail({ file, message: `the file declares the character set "${encoding}" but holds bytes that are not valid in it.`, hint: 'save the page again from the browser, or convert it to UTF-8 and fix its <meta charset>.' });
    }
    fail({ file, message: 'the file is not valid UTF-8 text.', hint: 'convert it to UTF-8 first, for example: iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt' });
  }
}

/**
 * Decodes a received text or web page into text with `\n` line endings. UTF-8 (with or without
 * a byte-order mark) and UTF-16 (with a byte-order mark, or recognised by its zero bytes) are
 * read; a web page's declared character set is honoured. Refuses what cannot be an article: an
 * empty file, a binary file, bytes invalid in their encoding, control characters (see
 * cleanControlCharacters). A byte-order mark and CRLF/CR line endings are removed; nothing
 * else is touched.
 */
export function decodeArticleText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) {
    fail({ file, message: 'the file is empty (0 bytes).', hint: 'check that the article was saved before ingesting it.' });
  }
  const quirks: string[] = [];
  let encoding: string;
  let body = bytes;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else {
    encoding = sniffUtf16(bytes) ?? normalizeCharset(options.declaredCharset) ?? 'utf-8';
  }
  if (!encoding.startsWith('utf-16') && body.includes(0)) {
    fail({ file, message: 'the file is binary (it contains NUL bytes), not plain text.', hint: 'export the article as plain UTF-8 text (.txt), or save the web page (.html) or PDF as it is, and ingest that file.' });
  }
  let text = decodeStrict(body, encoding, file);
  if (encoding.startsWith('utf-16')) quirks.push(`The file was received as ${encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} text and read as such.`);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/gu, '\n');
  const cleaned = cleanControlCharacters(text, file);
  if (cleaned.text.trim() === '') {
    fail({ file, message: 'the file holds only whitespace.', hint: 'check that the article was saved before ingesting it.' });
  }
  return { text: cleaned.text, encoding, quirks: [...quirks, ...cleaned.quirks] };
}

/** A declared character set as TextDecoder knows it, or undefined when it is unknown (then UTF-8 is tried). */
function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}
