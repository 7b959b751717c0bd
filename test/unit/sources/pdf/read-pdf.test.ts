import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf } from '../../../../tools/browser/print-to-pdf.ts';
import { ingestArticle, type IngestedSource } from '../../../../src/lib/sources/ingest-article.ts';
import { readPdf } from '../../../../src/lib/sources/pdf/read-pdf.ts';
import type { BlockRole } from '../../../../src/lib/sources/types.ts';
import { IMAGE_ONLY_PAGE, TEXT_PAGE, minimalPdf } from '../../../helpers/minimal-pdf.ts';

const REPORT = join(import.meta.dirname, '../../../fixtures/ingest/report-pdf/report.html');
const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
let source: IngestedSource;
let pages: number;

/** The report's text as the HTML holds it: what the PDF must give back, character for character (spaces aside). */
function reportText(): string {
  const html = readFileSync(REPORT, 'utf8');
  return html
    .replace(/^[\s\S]*<body>/u, '')
    .replace(/<br>/gu, ' ')
    .replace(/<[^>]+>/gu, ' ')
    .replace(/&amp;/gu, '&');
}
const characters = (text: string) => text.replace(/\s+/gu, '');

beforeAll(async () => {
  const pdf = join(folder, 'report.pdf');
  await printToPdf(REPORT, pdf);
  const document = await readPdf(readFileSync(pdf), pdf);
  pages = document.pages;
  source = ingestArticle(document, { file: pdf, given: { where: '(the entry)', fields: { publisher: 'Institute for Security Studies' }, file: 'report.pdf', format: 'manifest' }, ingestedOn: '2026-01-01' });
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const linesOf = (role: BlockRole) => source.blocks.filter((block) => block.role === role).flatMap((block) => block.lines);

describe('a two-column report printed to PDF by Chromium, with running headers, page numbers and footnotes', () => {
  it('keeps every character of the report, in order: only the running headers and page numbers are added, as page furniture', () => {
    const text = source.blocks.filter((block) => block.role !== 'page-furniture').flatMap((block) => block.lines).join(' ');
    expect(characters(text)).toBe(characters(reportText()));
  });

  it('marks the running headers and the page numbers of all three pages as page furniture', () => {
    expect(pages).toBe(3);
    expect(linesOf('page-furniture')).toEqual(['Institute for Security Studies', 'Containing the Remnants', '1', 'Institute for Security Studies', 'Containing the Remnants', '2', 'Institute for Security Studies', 'Containing the Remnants', '3']);
  });

  it('finds the headline, the byline, the headings, the figure caption, and the paragraphs by layout', () => {
    expect(linesOf('title')).toEqual(['Containing the Remnants: Counterterrorism after the Caliphate']);
    expect(linesOf('byline')).toEqual(['Amina Haddad and Peter Lindqvist', 'March 2023']);
    expect(linesOf('heading')).toEqual(['Summary', 'The threat that remained', 'What the coalition changed', 'Recommendations', 'Annex: Method']);
    expect(linesOf('caption')).toEqual(['Figure 1: Attacks claimed by the group in Iraq and Syria, 2019– 2022, by quarter (authors’ count).']);
    const paragraphs = linesOf('paragraph');
    expect(paragraphs).toHaveLength(13);
    // The paragraph that runs from the foot of the left column to the top of the right one is one paragraph.
    expect(paragraphs[2]).toBe('The group lost its last territory at Baghouz in March 2019, yet the cells it left behind kept operating in the desert and in the mountains north of Baghdad. Officials described a pattern of small attacks, extortion and assassinations that seldom made international news but eroded local trust in the security forces.2');
  });

  it('keeps the footnotes as notes, each with its number', () => {
    expect(linesOf('notes').map((line) => line.split(' ')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('records the hyphen and the dash at line ends as quirks and publishes the words as printed', () => {
    expect(source.quirks).toEqual([
      '“coun- terterrorism” (page 1): a word broken by a hyphen at a line end, kept as printed (the hyphen may be the word\'s own).',
      '“2019– 2022,” (page 2): a line broken after a dash, kept as printed, with the line break as a space.',
    ]);
    expect(linesOf('paragraph')[4]).toContain('Coordination centres for coun- terterrorism were set up in 2021');
    expect(source.markdown).toContain('  quirks:\n    - "“coun- terterrorism”');
  });

  it('derives the entry from what the PDF prints and says, with only the publisher from the manifest', () => {
    expect(source.entry).toMatchObject({
      title: 'Containing the Remnants: Counterterrorism after the Caliphate',
      authors: ['Amina Haddad', 'Peter Lindqvist'],
      published: '2023-03',
      datePrecision: 'month',
      kind: 'report',
      language: 'en',
      url: null,
      citeAs: 'ISS',
      slug: 'iss-containing-remnants-counterterrorism-caliphate-2023',
    });
    expect(source.origins.title).toBe('the headline printed on the first page');
  });
});

describe('PDFs ingest cannot read', () => {
  it('refuses a PDF with no text (a scan) and one that needs a password, saying what to do', async () => {
    await expect(readPdf(minimalPdf({ content: IMAGE_ONLY_PAGE }), 'scan.pdf')).rejects.toThrow(/the PDF has no text to read: its page is images only/u);
    await expect(readPdf(minimalPdf({ content: TEXT_PAGE, encrypted: true }), 'locked.pdf')).rejects.toThrow(/the PDF is encrypted: it cannot be opened without a password/u);
    await expect(readPdf(new TextEncoder().encode('%PDF-1.4\nnot really'), 'broken.pdf')).rejects.toThrow(/PDF\.js cannot read it/u);
  });

  it('reads a minimal PDF\'s text', async () => {
    const document = await readPdf(minimalPdf({ content: TEXT_PAGE }), 'one.pdf');
    expect(document.units.map((unit) => unit.text)).toEqual(['A report page with text.']);
  });
});
