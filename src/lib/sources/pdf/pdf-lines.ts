import type { PdfPage, PdfTextItem } from './read-pdf-text.ts';

/** A line of a PDF page: runs on one baseline joined, with its box. */
export interface PdfLine {
  text: string;
  page: number;
  x: number;
  right: number;
  /** Baseline of its main text. */
  y: number;
  /** Font size of most of its characters. */
  size: number;
  /** The page's size, for margins. */
  pageWidth: number;
  pageHeight: number;
}

interface Building {
  items: PdfTextItem[];
  right: number;
}

const isBlank = (text: string) => text.trim() === '';

/** Whether two runs share a line: their vertical extents overlap by a third of the smaller font (a superscript note number does). */
function overlaps(a: { y: number; size: number }, b: { y: number; size: number }): boolean {
  const top = Math.min(a.y + a.size * 0.8, b.y + b.size * 0.8);
  const bottom = Math.max(a.y, b.y);
  return top - bottom > 0.3 * Math.min(a.size, b.size);
}

function finish(building: Building, page: PdfPage): PdfLine | undefined {
  const items = building.items;
  if (items.every((item) => isBlank(item.text))) return undefined;
  // The size and baseline of most of the characters: a superscript does not set them.
  const bySize = new Map<number, number>();
  for (const item of items) bySize.set(Math.round(item.size * 10) / 10, (bySize.get(Math.round(item.size * 10) / 10) ?? 0) + item.text.length);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const main = items.find((item) => Math.abs(item.size - size) < 0.06 && !isBlank(item.text)) ?? items[0]!;
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const joined = /\s$/u.test(previous.text) || /^\s/u.test(item.text);
      if (!joined && gap > 0.15 * Math.min(previous.size, item.size)) text += ' ';
    }
    text += item.text;
    previous = item;
  }
  const visible = items.filter((item) => !isBlank(item.text));
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    page: page.number,
    x: Math.min(...visible.map((item) => item.x)),
    right: Math.max(...visible.map((item) => item.x + item.width)),
    y: main.y,
    size,
    pageWidth: page.width,
    pageHeight: page.height,
  };
}

/**
 * A page's text runs → lines, in the order PDF.js gives them (the order they were drawn).
 * A run joins the line before it when it continues it: vertically overlapping (a superscript
 * note number does) and starting where the line ends, not back to the left and not across a
 * column gutter (a gap of more than one and a half ems with no space run in it). A space is
 * put between runs only where the gap between them is a word space; no character is changed.
 */
export function pdfLines(page: PdfPage): PdfLine[] {
  const lines: PdfLine[] = [];
  let building: Building | undefined;
  const close = () => {
    if (building) {
      const line = finish(building, page);
      if (line) lines.push(line);
    }
    building = undefined;
  };
  for (const item of page.items) {
    if (item.text === '') {
      if (item.endOfLine) close();
      continue;
    }
    if (building) {
      const last = building.items[building.items.length - 1]!;
      const lastVisible = [...building.items].reverse().find((run) => !isBlank(run.text)) ?? last;
      const gap = item.x - building.right;
      const size = Math.max(item.size, lastVisible.size);
      const continues = overlaps(item, lastVisible) && gap > -0.5 * size && (gap < 1.5 * size || isBlank(last.text) || isBlank(item.text));
      if (!continues) close();
    }
    building ??= { items: [], right: item.x };
    building.items.push(item);
    building.right = Math.max(building.right, item.x + item.width);
    if (item.endOfLine) close();
  }
  close();
  return lines;
}
