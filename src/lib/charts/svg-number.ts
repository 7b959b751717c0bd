/**
 * A coordinate as SVG text: rounded to `digits` decimals, no "-0", and never NaN or
 * Infinity — a layout bug fails the build here instead of drawing nothing in a browser.
 */
export function svgNumber(value: number, digits = 1): string {
  if (!Number.isFinite(value)) throw new Error(`A chart coordinate is ${value}; expected a finite number. This is a layout bug.`);
  const factor = 10 ** digits;
  const rounded = Math.round(value * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Rounds every number in SVG path data (or a points list) to `digits` decimals: smaller output, stable tests. */
export function roundPathData(path: string, digits = 1): string {
  return path.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giu, (number) => svgNumber(Number(number), digits));
}
