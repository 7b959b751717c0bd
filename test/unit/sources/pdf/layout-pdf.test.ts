import { describe, expect, it } from 'vitest';
import { layoutPdf } from '../../../../src/lib/sources/pdf/layout-pdf.ts';
import type { PdfPage, PdfTextItem } from '../../../../src/lib/sources/pdf/read-pdf-text.ts';

/** A line of text as one run, at x, y (baseline), size; about half an em a character wide. */
const run = (text: string, x: number, y: number, size = 10, width = text.length * size * 0.5): PdfTextItem => ({ text, x, y, width, size, font: 'f1', endOfLine: true });

/** A column of body lines from the top, 12 pt apart; a blank entry is a paragraph gap. */
function column(lines: string[], x: number, top: number, width = 220): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let y = top;
  for (const line of lines) {
    if (line === '') {
      y -= 8;
      continue;
    }
    // Full lines are justified to the column's width; a paragraph's last line is shorter.
    const full = !/[.]$/u.test(line);
    items.push(run(line, x, y, 10, full ? width : Math.min(width - 60, line.length * 5)));
    y -= 12;
  }
  return items;
}

const page = (number: number, items: PdfTextItem[]): PdfPage => ({ number, width: 595, height: 842, items });
const header = (number: number) => [run('Institute for Security Studies', 50, 810, 8), run(`${number}`, 295, 30, 8)];

describe('layoutPdf', () => {
  const left = ['The first paragraph starts in the left column and runs', 'on over several lines until it ends here.', '', 'A second paragraph follows after a gap and then runs', 'on to the foot of the column without ending, so'];
  const right = ['it continues at the top of the right column, where', 'it ends with a full stop.', '', 'Here the text broke a word across two lines: coun-', 'terterrorism is kept as printed.'];
  const pages = [
    page(1, [...header(1), run('A Report on Something', 50, 760, 22, 300), ...column(left, 50, 700), ...column(right, 320, 700), run('1 A footnote in small type.', 50, 80, 7, 120)]),
    page(2, [...header(2), ...column(['A paragraph on the second page ends here.'], 50, 700)]),
  ];
  const layout = layoutPdf(pages);
  const roles = layout.units.map((unit) => [unit.role ?? 'body', unit.text]);

  it('marks running headers and page numbers as page furniture', () => {
    expect(roles.filter(([role]) => role === 'page-furniture').map(([, text]) => text)).toEqual(['Institute for Security Studies', '1', 'Institute for Security Studies', '2']);
  });

  it('takes the largest type on the first page for the headline', () => {
    expect(layout.printedTitle).toBe('A Report on Something');
    expect(roles).toContainEqual(['title', 'A Report on Something']);
  });

  it('joins lines into paragraphs, reads the left column before the right, and runs an unfinished paragraph on across the columns', () => {
    expect(roles.filter(([role]) => role === 'body').map(([, text]) => text)).toEqual([
      'The first paragraph starts in the left column and runs on over several lines until it ends here.',
      'A second paragraph follows after a gap and then runs on to the foot of the column without ending, so it continues at the top of the right column, where it ends with a full stop.',
      'Here the text broke a word across two lines: coun- terterrorism is kept as printed.',
      'A paragraph on the second page ends here.',
    ]);
  });

  it('records a word hyphenated at a line end as a quirk, without repairing it', () => {
    expect(layout.quirks).toEqual(['“coun- terterrorism” (page 1): a word broken by a hyphen at a line end, kept as printed (the hyphen may be the word\'s own).']);
  });

  it('keeps small type at the foot of the page, starting with a number, as notes', () => {
    expect(roles).toContainEqual(['notes', '1 A footnote in small type.']);
  });

  it('keeps every line\'s text, in order, once', () => {
    const characters = (text: string) => text.replace(/\s+/gu, '');
    const input = pages.flatMap((p) => p.items.map((item) => item.text)).join('');
    const output = layout.units.map((unit) => unit.text).join('');
    expect(characters(output).split('').sort().join('')).toBe(characters(input).split('').sort().join(''));
  });
});
