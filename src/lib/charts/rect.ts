/** An axis-aligned box in SVG user units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes overlap by more than `gap` allows (touching edges with gap 0 do not overlap). */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when `inner` lies wholly inside `outer`. */
export function rectInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The box grown about its centre to at least `size` wide and high (a link's target: WCAG 2.2 2.5.8 asks for 24 CSS pixels); rounded to 0.1. */
export function rectAtLeast(box: Rect, size: number): Rect {
  const width = Math.max(box.width, size);
  const height = Math.max(box.height, size);
  const round = (value: number) => Math.round(value * 10) / 10;
  return { x: round(box.x - (width - box.width) / 2), y: round(box.y - (height - box.height) / 2), width: round(width), height: round(height) };
}
