import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fail } from '../../problems.ts';

/** One run of text as PDF.js reports it, in page coordinates (points, origin bottom left). */
export interface PdfTextItem {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  width: number;
  /** Font size: the text matrix's vertical scale. */
  size: number;
  /** PDF.js's internal font name: runs in one font share it. */
  font: string;
  /** Whether the run ends a line, as PDF.js saw it. */
  endOfLine: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** What a PDF's document information and XMP metadata say. */
export interface PdfInfo {
  title?: string;
  author?: string;
  /** The catalog's /Lang. */
  language?: string;
  keywords?: string;
}

const require = createRequire(import.meta.url);
/** PDF.js's own fonts and character maps, from the installed package: nothing is downloaded. */
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));

/**
 * The text runs of every page of a PDF, read with Mozilla's PDF.js (`pdfjs-dist`), and its
 * metadata. Refuses, with what to do, a PDF that needs a password and one that PDF.js cannot
 * read. Nothing is rendered and no font is loaded into a canvas.
 */
export async function readPdfText(bytes: Uint8Array, file: string): Promise<{ pages: PdfPage[]; info: PdfInfo }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // PDF.js transfers (detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    useSystemFonts: false,
    disableFontFace: true,
    standardFontDataUrl: join(PDFJS_ROOT, 'standard_fonts') + '/',
    cMapUrl: join(PDFJS_ROOT, 'cmaps') + '/',
    cMapPacked: true,
  });
  let document;
  try {
    document = await task.promise;
  } catch (cause) {
    const name = cause instanceof Error ? cause.name : '';
    if (name === 'PasswordException') {
      fail({
        file,
        message: 'the PDF is encrypted: it cannot be opened without a password, so its text cannot be read.',
        hint: 'open it with its password and save or print an unprotected copy ("Print → Save as PDF"), or ask the publisher for one, then ingest that file.',
      });
    }
    fail({
      file,
      message: `the file starts like a PDF but PDF.js cannot read it (${cause instanceof Error ? cause.message : String(cause)}).`,
      hint: 'download it again (it may be truncated), or open it in a PDF reader and save a copy.',
    });
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        items.push({ text: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b), font: item.fontName, endOfLine: item.hasEOL });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    const metadata = await document.getMetadata().catch(() => undefined);
    const raw = (metadata?.info ?? {}) as Record<string, unknown>;
    const xmp = metadata?.metadata;
    const string = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
    const creator = xmp?.get('dc:creator');
    const info: PdfInfo = {};
    const title = string(xmp?.get('dc:title')) ?? string(raw.Title);
    if (title) info.title = title;
    const author = Array.isArray(creator) ? creator.join('; ') : (string(creator) ?? string(raw.Author));
    if (author) info.author = author;
    const language = string(raw.Language);
    if (language) info.language = language;
    const keywords = string(raw.Keywords);
    if (keywords) info.keywords = keywords;
    return { pages, info };
  } finally {
    await task.destroy();
  }
}
