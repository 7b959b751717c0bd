/** A run of a received line, for rendering: plain text, a bare URL, or an endnote marker. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'url'; text: string; href: string }
  | { kind: 'note'; text: string; note: number };

const URL_PATTERN = /https?:\/\/[^\s<>"“”]+/gu;

/**
 * Splits a line into segments without changing a character: the concatenated `text` of the
 * segments is always the line. Bare http(s) URLs become links (a trailing full stop or comma
 * stays text); when the article has endnotes, a note number glued to the end of a sentence
 * ("among many others.1") becomes a note reference.
 */
export function segmentText(line: string, noteCount = 0): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index;
    let url = match[0];
    while (/[.,;:!?)\]]$/u.test(url)) url = url.slice(0, -1);
    if (start > last) segments.push(...noteSegments(line.slice(last, start), noteCount));
    segments.push({ kind: 'url', text: url, href: url });
    last = start + url.length;
  }
  if (last < line.length) segments.push(...noteSegments(line.slice(last), noteCount));
  return segments;
}

function noteSegments(text: string, noteCount: number): TextSegment[] {
  if (noteCount === 0) return [{ kind: 'text', text }];
  const segments: TextSegment[] = [];
  const pattern = /(?<=[\p{Ll}.,;:”’")])(\d{1,2})(?=\s|$)/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const note = Number(match[1]);
    if (note < 1 || note > noteCount) continue;
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'note', text: match[1] ?? '', note });
    last = match.index + (match[1]?.length ?? 0);
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
