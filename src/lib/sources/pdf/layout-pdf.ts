import { looksLikeHeading } from '../classify-units.ts';
import { readDate } from '../metadata/read-date.ts';
import type { ReceivedUnit } from '../received.ts';
import type { BlockRole } from '../types.ts';
import { pdfLines, type PdfLine } from './pdf-lines.ts';
import type { PdfPage } from './read-pdf-text.ts';

/** A line with where it sits in the page's layout. */
interface PlacedLine extends PdfLine {
  role?: BlockRole;
  reason?: string;
  /** Column index within its band, and the column's edges. */
  column: number;
  columnLeft: number;
  columnRight: number;
}

/** What the layout tells about a PDF: its units in reading order, what it noticed, and the title and date it prints. */
export interface PdfLayout {
  units: ReceivedUnit[];
  quirks: string[];
  /** The headline as printed on the first page (its largest type). */
  printedTitle?: string;
  /** Names printed under the headline, when a line holds only names. */
  printedAuthors?: string[];
  /** A date printed under the headline. */
  printedDate?: { date: string; precision: 'day' | 'month' | 'year' };
  /** The size of the body text, in points. */
  bodySize: number;
}

const MARGIN = 0.075;
const key = (text: string) => text.toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();
const PAGE_NUMBER = /^(?:page\s+)?(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/iu;
const CAPTION_START = /^(?:figure|fig\.|table|chart|graph|map|exhibit|box|photo|image|source|sources|note)\s*(?:\d+[.:]?|[A-Z][.:]|:)/iu;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor(sorted.length / 2)]!;
};

/** The most common font size, weighted by characters. */
function bodySizeOf(lines: readonly PdfLine[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(line.size, (weights.get(line.size) ?? 0) + line.text.length);
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Running headers and footers and page numbers: lines in the top or bottom margin that repeat
 * on at least two pages (digits aside: "Page 3" and "Page 4" are one line), or that are a page
 * number; and any line repeated at the same height on half the pages or more.
 */
function markPageFurniture(pages: PdfLine[][]): void {
  const inMargin = (line: PdfLine) => line.y > line.pageHeight * (1 - MARGIN) || line.y < line.pageHeight * MARGIN;
  const marginPages = new Map<string, Set<number>>();
  const placePages = new Map<string, Set<number>>();
  for (const line of pages.flat()) {
    const k = key(line.text);
    if (inMargin(line)) (marginPages.get(k) ?? marginPages.set(k, new Set()).get(k)!).add(line.page);
    const placeKey = `${Math.round(line.y / 4)}|${k}`;
    (placePages.get(placeKey) ?? placePages.set(placeKey, new Set()).get(placeKey)!).add(line.page);
  }
  const pageCount = pages.length;
  for (const line of pages.flat() as PlacedLine[]) {
    const k = key(line.text);
    if (inMargin(line) && PAGE_NUMBER.test(line.text.trim())) {
      line.role = 'page-furniture';
      line.reason = 'a page number in the page margin';
    } else if (inMargin(line) && (marginPages.get(k)?.size ?? 0) >= 2) {
      line.role = 'page-furniture';
      line.reason = `a running ${line.y > line.pageHeight / 2 ? 'header' : 'footer'}, repeated on ${marginPages.get(k)!.size} pages`;
    } else if (pageCount >= 3 && (placePages.get(`${Math.round(line.y / 4)}|${k}`)?.size ?? 0) >= Math.max(3, pageCount / 2)) {
      line.role = 'page-furniture';
      line.reason = 'repeated at the same place on most pages';
    }
  }
}

/** Footnotes: the small-type lines at the foot of a page, below its body text, starting with a number. */
function markFootnotes(lines: PlacedLine[], bodySize: number): void {
  const body = lines.filter((line) => !line.role && line.size >= bodySize * 0.95);
  const lowestBody = Math.min(...body.map((line) => line.y));
  const foot = lines.filter((line) => !line.role && line.y < lowestBody && line.size < bodySize * 0.92).sort((a, b) => b.y - a.y);
  if (foot.length === 0 || !/^\d{1,3}\b/u.test(foot[0]!.text)) return;
  for (const line of foot) {
    line.role = 'notes';
    line.reason = 'a footnote: small type at the foot of the page, below the body text';
  }
}

/** Gutters between columns: vertical strips no narrow line crosses, in the middle of the text area. */
function gutters(lines: readonly PdfLine[], bodySize: number): [number, number][] {
  if (lines.length < 6) return [];
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.right));
  const width = right - left;
  const narrow = lines.filter((line) => line.right - line.x < width * 0.6).map((line) => [line.x, line.right] as const).sort((a, b) => a[0] - b[0]);
  const found: [number, number][] = [];
  let covered = left;
  for (const [start, end] of narrow) {
    if (start - covered >= bodySize * 0.8 && covered > left + width * 0.15 && start < right - width * 0.15) found.push([covered, start]);
    covered = Math.max(covered, end);
  }
  return found;
}

/** A page's lines in reading order: bands between full-width lines, and within a band each column top to bottom, left to right. */
function readingOrder(lines: PlacedLine[], bodySize: number): PlacedLine[] {
  const content = lines.filter((line) => line.role !== 'page-furniture');
  const found = gutters(content.filter((line) => !line.role), bodySize);
  const left = Math.min(...content.map((line) => line.x));
  const right = Math.max(...content.map((line) => line.right));
  const edges = [left, ...found.flatMap(([a, b]) => [a, b]), right];
  const columnOf = (line: PdfLine): number | undefined => {
    for (let i = 0; i < edges.length; i += 2) {
      if (line.x >= edges[i]! - bodySize && line.right <= edges[i + 1]! + bodySize) return i / 2;
    }
    return undefined;
  };
  const byHeight = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  const ordered: PlacedLine[] = [];
  let band: PlacedLine[] = [];
  const flushBand = () => {
    band.sort((a, b) => a.column - b.column || b.y - a.y || a.x - b.x);
    ordered.push(...band);
    band = [];
  };
  for (const line of byHeight) {
    const column = line.role === 'page-furniture' ? undefined : columnOf(line);
    if (column === undefined) {
      flushBand();
      ordered.push(Object.assign(line, { column: -1, columnLeft: left, columnRight: right }));
    } else {
      band.push(Object.assign(line, { column, columnLeft: edges[column * 2]!, columnRight: edges[column * 2 + 1]! }));
    }
  }
  flushBand();
  // Page furniture at the top of the page comes first, at the foot last, as printed.
  const top = ordered.filter((line) => line.role === 'page-furniture' && line.y > line.pageHeight / 2);
  const foot = ordered.filter((line) => line.role === 'page-furniture' && line.y <= line.pageHeight / 2);
  const rest = ordered.filter((line) => line.role !== 'page-furniture');
  const notes = rest.filter((line) => line.role === 'notes');
  return [...top, ...rest.filter((line) => line.role !== 'notes'), ...notes, ...foot];
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/u;

/**
 * A PDF's pages → units in reading order, by layout: lines joined into paragraphs where they
 * run on (a gap of more than a quarter line, an indent, a change of type size, or a short
 * line ending a sentence starts a new one; a paragraph runs on across a column or page break
 * when its last line is full and unfinished), headings by larger type (the largest on the first
 * page is the headline), running headers, footers and page numbers as page furniture, and
 * footnotes as notes. Lines are joined with a space and never repaired: a word broken by a
 * hyphen at a line end stays "coun- terterrorism", and each is listed in the quirks.
 */
export function layoutPdf(pages: readonly PdfPage[]): PdfLayout {
  const pageLines = pages.map((page) => pdfLines(page) as PlacedLine[]);
  markPageFurniture(pageLines);
  const all = pageLines.flat();
  const bodySize = bodySizeOf(all.filter((line) => !line.role));
  for (const lines of pageLines) markFootnotes(lines, bodySize);
  const ordered = pageLines.flatMap((lines) => (lines.length === 0 ? [] : readingOrder(lines, bodySize)));

  // Typical distance between baselines of body lines, to tell a paragraph gap from a line break.
  const pitches: number[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1]!;
    const b = ordered[i]!;
    if (!a.role && !b.role && a.page === b.page && a.column === b.column && Math.abs(a.size - bodySize) < 0.2 && Math.abs(b.size - bodySize) < 0.2 && a.y > b.y) pitches.push(a.y - b.y);
  }
  const pitch = median(pitches) || bodySize * 1.2;
  const largestFirstPage = Math.max(...ordered.filter((line) => line.page === 1 && !line.role).map((line) => line.size), 0);

  interface Run {
    lines: PlacedLine[];
    role?: BlockRole;
    reason?: string;
  }
  const runs: Run[] = [];
  for (const line of ordered) {
    const run = runs[runs.length - 1];
    const previous = run?.lines[run.lines.length - 1];
    const startsNew = ((): boolean => {
      if (!run || !previous) return true;
      if (line.role !== run.role) return true;
      if (line.role === 'page-furniture') return previous.page !== line.page || Math.abs(previous.y - line.y) > line.size * 2;
      if (line.role === 'notes') return /^\d{1,3}\b/u.test(line.text) || /^[¹²³⁴-⁹]/u.test(line.text);
      if (Math.abs(line.size - previous.size) > 0.1 * bodySize) return true;
      const indent = line.x - line.columnLeft;
      const previousIndent = previous.x - previous.columnLeft;
      const samePlace = previous.page === line.page && previous.column === line.column && previous.y > line.y;
      if (samePlace) {
        if (previous.y - line.y > pitch * 1.25 * (line.size / bodySize)) return true;
        if (indent > 0.8 * line.size && previousIndent < 0.4 * line.size) return true;
        if (previous.right < previous.columnRight - 4 * previous.size && ENDS_SENTENCE.test(previous.text)) return true;
        return false;
      }
      // Across a column or a page: runs on only when the last line is full and unfinished.
      const full = previous.right >= previous.columnRight - 2 * previous.size;
      return !full || ENDS_SENTENCE.test(previous.text) || indent > 0.8 * line.size;
    })();
    if (startsNew) runs.push({ lines: [line], ...(line.role ? { role: line.role, reason: line.reason } : {}) });
    else run!.lines.push(line);
  }

  const quirks: string[] = [];
  const units: ReceivedUnit[] = [];
  let printedTitle: string | undefined;
  let paragraphs = 0;
  runs.forEach((run) => {
    if (run.role === 'page-furniture') {
      for (const line of run.lines) units.push({ text: line.text, role: 'page-furniture', reason: `${line.reason} (page ${line.page})` });
      return;
    }
    const text = run.lines.map((line) => line.text).join(' ');
    const size = run.lines[0]!.size;
    const page = run.lines[0]!.page;
    for (let i = 1; i < run.lines.length; i++) {
      const end = run.lines[i - 1]!.text;
      const start = run.lines[i]!.text;
      if (/[\p{L}\p{N}][-‐‑–—]$/u.test(end) && /^[\p{L}\p{N}]/u.test(start)) {
        const word = `${/\S+$/u.exec(end)?.[0] ?? ''} ${/^\S+/u.exec(start)?.[0] ?? ''}`;
        const page = run.lines[i]!.page;
        quirks.push(
          /\p{L}-$/u.test(end) && /^\p{Ll}/u.test(start)
            ? `“${word}” (page ${page}): a word broken by a hyphen at a line end, kept as printed (the hyphen may be the word's own).`
            : `“${word}” (page ${page}): a line broken after a dash, kept as printed, with the line break as a space.`,
        );
      }
    }
    if (run.role === 'notes') return units.push({ text, role: 'notes', reason: run.reason ?? 'a footnote' });
    if (!printedTitle && page === 1 && size >= largestFirstPage - 0.1 && size >= bodySize * 1.4) {
      printedTitle = text;
      return units.push({ text, role: 'title', reason: `the headline: the largest type on the first page (${size.toFixed(1)} pt)` });
    }
    if (size >= bodySize * 1.12 && text.length <= 200) return units.push({ text, role: 'heading', reason: `larger type than the body (${size.toFixed(1)} pt against ${bodySize.toFixed(1)} pt)` });
    if (CAPTION_START.test(text) && text.length <= 400) return units.push({ text, role: 'caption', reason: 'starts like a figure or table caption' });
    if (run.lines.length === 1 && paragraphs > 0 && looksLikeHeading(text) && /\p{L}{3}/u.test(text) && !readDate(text)) {
      return units.push({ text, role: 'heading', reason: 'a short line standing alone without closing punctuation' });
    }
    if (run.lines.length > 1) paragraphs += 1;
    units.push({ text, reason: size < bodySize * 0.92 ? 'small type, run on as a paragraph' : 'lines run on as a paragraph' });
  });

  // What is printed between the headline and the first body paragraph: names, then a date.
  const titleIndex = units.findIndex((unit) => unit.role === 'title');
  let printedAuthors: string[] | undefined;
  let printedDate: PdfLayout['printedDate'];
  if (titleIndex >= 0) {
    for (const unit of units.slice(titleIndex + 1, titleIndex + 5)) {
      if (unit.role) continue;
      const date = unit.text.length <= 40 ? readDate(unit.text) : undefined;
      if (date && !printedDate) printedDate = date;
      else if (!printedAuthors && /^(?:by\s+)?\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3}(?:(?:,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+){1,3})*$/u.test(unit.text)) {
        printedAuthors = unit.text.replace(/^by\s+/iu, '').split(/\s*(?:,|\band\b|&)\s*/u).filter(Boolean);
      }
    }
  }
  return { units, quirks, bodySize, ...(printedTitle ? { printedTitle } : {}), ...(printedAuthors ? { printedAuthors } : {}), ...(printedDate ? { printedDate } : {}) };
}
