import { fail } from '../problems.ts';

/** The kinds of file ingest reads. */
export type ReceivedFormat = 'text' | 'html' | 'pdf';

const SIGNATURES: { bytes: number[]; what: string; hint: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (a Word .docx, an EPUB or a zipped folder)', hint: 'save the article from its program as PDF or plain text (.txt), or unzip it first.' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word or Office document', hint: 'save it as PDF or plain text (.txt) and ingest that file.' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'ingest the article\'s text, web page or PDF, not a picture of it.' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'ingest the article\'s text, web page or PDF, not a picture of it.' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'ingest the article\'s text, web page or PDF, not a picture of it.' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);

/** The first few kilobytes as Latin-1 (every byte one character), with UTF-16's zero bytes dropped: enough to recognise markup. */
function head(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 8192);
  let text = '';
  for (const byte of sample) if (byte !== 0) text += String.fromCharCode(byte);
  return text;
}

/**
 * What a received file is, by its content rather than its name: a PDF (`%PDF-` in its first
 * kilobyte), a web page (it opens with markup: a doctype, `<html>`, `<head>`, or an element and
 * a paragraph tag near the top), or plain text. Recognisable binary formats (images, Word files)
 * are refused with what they are.
 */
export function detectFormat(bytes: Uint8Array, file: string): ReceivedFormat {
  const first = head(bytes.subarray(0, 1024));
  if (first.includes('%PDF-')) return 'pdf';
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes)) fail({ file, message: `the file is ${signature.what}, not an article ingest can read (a web page, a PDF or plain text).`, hint: signature.hint });
  }
  const text = head(bytes).replace(/^\s+/u, '').replace(/^(?:ï»¿|þÿ|ÿþ)/u, '').replace(/^\s+/u, '');
  if (/^<!doctype\s+html/iu.test(text) || /^(?:<!--[\s\S]*?-->\s*)*<(?:html|head|body|meta|title)\b/iu.test(text)) return 'html';
  if (/^</u.test(text) && /<(?:p|div|article|section|h[1-6])\b[^>]*>/iu.test(text) && !/^<\?xml/iu.test(text)) return 'html';
  return 'text';
}
