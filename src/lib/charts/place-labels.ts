import { rectInside, rectsOverlap, type Rect } from './rect.ts';

export interface LabelRequest {
  id: string;
  /** The point the label names. */
  anchor: { x: number; y: number };
  width: number;
  height: number;
  /** Try the box centred on the anchor first (a country's name inside the country). */
  centered?: boolean;
  /** Try the box centred here before any other (an editor's choice, clear of crowding); a leader line joins it to the anchor. */
  preferred?: { x: number; y: number };
}

export interface PlacedLabel {
  id: string;
  /** Top-left of the label's box. */
  box: Rect;
  /** Where the text goes: x at the text's anchor side, y at the baseline of the first line. */
  textAnchor: 'start' | 'middle' | 'end';
  x: number;
  /** True when the label had to move away from its anchor: draw a leader line. */
  displaced: boolean;
}

export interface PlaceLabelsOptions {
  /** The area labels must stay inside. */
  bounds: Rect;
  /** Boxes labels must not cover (markers, legend). */
  obstacles?: readonly Rect[];
  /** Distance between an anchor and its label. Default 6. */
  offset?: number;
  /** Space kept between labels. Default 2. */
  gap?: number;
  /** How far out to look, in multiples of `offset`; the first ring counts as beside the anchor, the others as displaced. Default [1, 2.5, 4.5, 7]. */
  rings?: readonly number[];
}

/** The candidate positions around an anchor, nearest first: a preferred position if given, centred, right, left, above, below, then the diagonals, then farther out. */
const DEFAULT_RINGS = [1, 2.5, 4.5, 7] as const;

function candidates(request: LabelRequest, offset: number, rings: readonly number[] = DEFAULT_RINGS): { box: Rect; textAnchor: PlacedLabel['textAnchor']; x: number; displaced: boolean }[] {
  const { x, y } = request.anchor;
  const { width: w, height: h } = request;
  const out: ReturnType<typeof candidates> = [];
  if (request.preferred) {
    const { x: px, y: py } = request.preferred;
    out.push({ box: { x: px - w / 2, y: py - h / 2, width: w, height: h }, textAnchor: 'middle', x: px, displaced: true });
  }
  if (request.centered) out.push({ box: { x: x - w / 2, y: y - h / 2, width: w, height: h }, textAnchor: 'middle', x, displaced: false });
  for (const [index, ring] of rings.entries()) {
    const displaced = index > 0;
    const d = offset * ring;
    out.push(
      { box: { x: x + d, y: y - h / 2, width: w, height: h }, textAnchor: 'start', x: x + d, displaced },
      { box: { x: x - d - w, y: y - h / 2, width: w, height: h }, textAnchor: 'end', x: x - d, displaced },
      { box: { x: x - w / 2, y: y - d - h, width: w, height: h }, textAnchor: 'middle', x, displaced },
      { box: { x: x - w / 2, y: y + d, width: w, height: h }, textAnchor: 'middle', x, displaced },
      { box: { x: x + d, y: y - d - h, width: w, height: h }, textAnchor: 'start', x: x + d, displaced },
      { box: { x: x + d, y: y + d, width: w, height: h }, textAnchor: 'start', x: x + d, displaced },
      { box: { x: x - d - w, y: y - d - h, width: w, height: h }, textAnchor: 'end', x: x - d, displaced },
      { box: { x: x - d - w, y: y + d, width: w, height: h }, textAnchor: 'end', x: x - d, displaced },
    );
  }
  return out;
}

/**
 * Places labels so that none overlaps another, an obstacle or the edge: greedy, in the order
 * given (put the most important first), each taking the first free candidate position around
 * its anchor. Deterministic: the same requests give the same placements. A label with no free
 * position keeps its first candidate and is reported in `unplaced`, so tests can catch it.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelsOptions): { labels: PlacedLabel[]; unplaced: string[] } {
  const offset = options.offset ?? 6;
  const gap = options.gap ?? 2;
  const taken: Rect[] = [...(options.obstacles ?? [])];
  const labels: PlacedLabel[] = [];
  const unplaced: string[] = [];
  for (const request of requests) {
    const options_ = candidates(request, offset, options.rings);
    const free = options_.find((candidate) => rectInside(candidate.box, options.bounds) && !taken.some((box) => rectsOverlap(candidate.box, box, gap)));
    const chosen = free ?? options_[0]!;
    if (!free) unplaced.push(request.id);
    taken.push(chosen.box);
    labels.push({ id: request.id, ...chosen });
  }
  return { labels, unplaced };
}
