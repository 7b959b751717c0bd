/** A horizontal stretch of a row: an event's mark and label, from x to x + width. */
export interface RowSpan {
  x: number;
  width: number;
}

/**
 * Rows for spans taken in order (date order), each in the lowest row where it keeps `gap`
 * from every span already there: the greedy packing the wide timeline is drawn with, rerun in
 * the browser over the events a filter leaves, so they close ranks instead of floating over
 * empty rows. Row 0 is the one next to the axis.
 */
export function packRows(spans: readonly RowSpan[], gap: number): number[] {
  const rows: RowSpan[][] = [];
  return spans.map((span) => {
    let row = 0;
    while (rows[row]?.some((other) => span.x < other.x + other.width + gap && other.x < span.x + span.width + gap)) row++;
    (rows[row] ??= []).push(span);
    return row;
  });
}
