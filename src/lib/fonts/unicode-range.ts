/** The code points a CSS `unicode-range` names ("U+0041-005A,U+00B6"), sorted, each once. */
export function parseUnicodeRange(text: string): number[] {
  const points = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/iu.exec(part);
    if (!match) continue;
    const start = Number.parseInt(match[1]!, 16);
    const end = match[2] ? Number.parseInt(match[2], 16) : start;
    for (let point = start; point <= end; point++) points.add(point);
  }
  return [...points].sort((a, b) => a - b);
}

/** Code points as a CSS `unicode-range`, consecutive ones joined into ranges: [0x41, 0x42, 0x43] → "U+41-43". */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (point: number) => point.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}
