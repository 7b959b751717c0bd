import { decodeArticleText } from './decode-text.ts';
import { detectFormat } from './detect-format.ts';
import { readWebPage } from './html/read-web-page.ts';
import { readPdf } from './pdf/read-pdf.ts';
import type { ReceivedDocument } from './received.ts';

/** What ingest calls each format, for messages. */
export const FORMAT_NAMES: Record<ReceivedDocument['format'], string> = { text: 'plain text', html: 'web page', pdf: 'PDF' };

/**
 * Reads a received file, whichever it is, chosen by its content (see detectFormat): plain text
 * (decoded, see decodeArticleText), a saved web page (readWebPage) or a PDF (readPdf).
 * Refuses, with a problem naming the file, anything that cannot be an article.
 */
export async function readReceived(bytes: Uint8Array, file: string): Promise<ReceivedDocument> {
  const format = detectFormat(bytes, file);
  if (format === 'pdf') return readPdf(bytes, file);
  if (format === 'html') return readWebPage(bytes, file);
  const decoded = decodeArticleText(bytes, file);
  return { format: 'text', text: decoded.text, facts: {}, quirks: decoded.quirks };
}
