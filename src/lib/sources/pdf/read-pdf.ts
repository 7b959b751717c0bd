import { fail } from '../../problems.ts';
import { cleanControlCharacters } from '../control-characters.ts';
import { languageTag } from '../html/page-metadata.ts';
import type { DerivedFacts, ReceivedDocument } from '../received.ts';
import { layoutPdf } from './layout-pdf.ts';
import { readPdfText } from './read-pdf-text.ts';

/** Titles that PDF producers write instead of the document's own: a file name, "Untitled", "Microsoft Word - x.docx". */
const PLACEHOLDER_TITLE = /^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|pptx?|odt))$/iu;

/**
 * Reads a PDF (a think tank's report): its text by PDF.js, its paragraphs, headings, page
 * furniture and footnotes by layout (see layoutPdf), and what it says about itself: the
 * headline it prints (else its /Title), the names and date printed under the headline (else
 * its /Author), its /Lang. A PDF with no text at all (a scan) is refused.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<Extract<ReceivedDocument, { format: 'pdf' }>> {
  const { pages, info } = await readPdfText(bytes, file);
  const characters = pages.reduce((sum, page) => sum + page.items.reduce((count, item) => count + item.text.trim().length, 0), 0);
  if (characters === 0) {
    fail({
      file,
      message: `the PDF has no text to read: its ${pages.length === 1 ? 'page is' : `${pages.length} pages are`} images only (a scan or a picture of the text).`,
      hint: 'ask for a PDF with its text, or run OCR (for example: ocrmypdf in.pdf out.pdf), check the text it recognised, and ingest that file.',
    });
  }
  const layout = layoutPdf(pages);
  for (const unit of layout.units) {
    // A control character in a PDF's text is a broken font mapping: refused like one in a text file, with its page.
    try {
      cleanControlCharacters(unit.text.replace(/\u000b/gu, ' '), file);
    } catch {
      fail({ file, message: `the PDF's text contains a control character (in “${unit.text.slice(0, 60)}…”): its fonts map some glyphs to no character.`, hint: 'save the PDF again from a reader ("Print → Save as PDF"), or copy its text into a .txt file and check it.' });
    }
  }

  const facts: DerivedFacts = { kind: { value: 'report', from: 'a PDF document' } };
  const title = layout.printedTitle ?? (info.title && !PLACEHOLDER_TITLE.test(info.title) ? info.title : undefined);
  if (title) facts.title = { value: title, from: layout.printedTitle ? 'the headline printed on the first page' : "the PDF's /Title" };
  if (layout.printedAuthors) facts.authors = { value: layout.printedAuthors, from: 'the names printed under the headline' };
  else if (info.author) facts.authors = { value: info.author.split(/\s*(?:;|,|\band\b|&)\s*/u).filter(Boolean), from: "the PDF's /Author" };
  if (layout.printedDate) facts.published = { value: layout.printedDate, from: 'the date printed under the headline' };
  const language = languageTag(info.language);
  if (language) facts.language = { value: language, from: "the PDF's /Lang" };
  if (info.keywords) facts.topics = { value: info.keywords.split(/[,;]/u).map((word) => word.trim()).filter(Boolean), from: "the PDF's /Keywords" };
  return { format: 'pdf', units: layout.units, pages: pages.length, facts, quirks: layout.quirks };
}
