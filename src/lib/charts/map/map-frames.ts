import type { LayoutMapOptions } from './layout-map.ts';

type Frames = Pick<LayoutMapOptions, 'main' | 'inset' | 'labelHeight' | 'simplify'>;

/** The wide picture: the main map with the Iraq–Syria inset at its right. */
export const WIDE_MAP: Frames = { main: { x: 0, y: 0, width: 620, height: 430 }, inset: { x: 636, y: 24, width: 322, height: 324 } };

/**
 * The phone's picture: the main map with the inset below it, drawn at about the size it is
 * shown at 390 pixels, so its 12-unit labels are 12 CSS pixels; labels get taller boxes, kept
 * apart, which their 24-unit targets overlap by a few units at most.
 */
export const NARROW_MAP: Frames = {
  main: { x: 0, y: 0, width: 340, height: 260 },
  inset: { x: 0, y: 288, width: 340, height: 300 },
  labelHeight: 18,
  // Coarser outlines than the wide picture's, for a picture half its size: about the same detail per pixel, at a third of the bytes.
  simplify: { main: 0.25, inset: 0.008 },
};
