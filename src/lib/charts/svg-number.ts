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

/**
 * Path data of straight lines (absolute M, L and Z, as d3-geo writes them) rewritten compactly:
 * each point rounded to `digits` decimals, then written as a relative step from the rounded
 * point before it (so rounding errors do not pile up), with steps that round to nothing dropped.
 * A map's outlines shrink to about half their bytes.
 */
export function compactPathData(path: string, digits = 0): string {
  const factor = 10 ** digits;
  const round = (value: number) => Math.round(value * factor) / factor;
  const text = (value: number) => svgNumber(value, digits);
  let out = '';
  let current: [number, number] | undefined;
  let start: [number, number] = [0, 0];
  let lineOpen = false;
  for (const [, command, args = ''] of path.matchAll(/([MLZ])([^MLZ]*)/giu)) {
    if (command!.toUpperCase() === 'Z') {
      out += 'z';
      current = start;
      lineOpen = false;
      continue;
    }
    const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/giu) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const point: [number, number] = [round(numbers[i]!), round(numbers[i + 1]!)];
      const isMove = command!.toUpperCase() === 'M' && i === 0;
      if (isMove) {
        out += current ? `m${text(point[0] - current[0])},${text(point[1] - current[1])}` : `M${text(point[0])},${text(point[1])}`;
        start = point;
        lineOpen = false;
      } else {
        const dx = round(point[0] - current![0]);
        const dy = round(point[1] - current![1]);
        if (dx === 0 && dy === 0) continue;
        out += `${lineOpen ? ' ' : 'l'}${text(dx)},${text(dy)}`;
        lineOpen = true;
      }
      current = point;
    }
  }
  return out;
}
