/** One way two builds differ. */
export interface OutputDifference {
  path: string;
  kind: 'only-in-first' | 'only-in-second' | 'content';
  /** For `content`: the first differing byte and a little text either side, from each build. */
  offset?: number;
  first?: string;
  second?: string;
}

const CONTEXT = 60;

/**
 * Compares two build outputs file by file, byte for byte. Both maps are keyed by the path
 * inside the output folder. Differences come back sorted by path, with enough context around
 * the first differing byte to see what changed (a timestamp, a random id, an order).
 */
export function compareOutputs(first: ReadonlyMap<string, Uint8Array>, second: ReadonlyMap<string, Uint8Array>): OutputDifference[] {
  const paths = [...new Set([...first.keys(), ...second.keys()])].sort();
  const differences: OutputDifference[] = [];
  for (const path of paths) {
    const a = first.get(path);
    const b = second.get(path);
    if (a === undefined) differences.push({ path, kind: 'only-in-second' });
    else if (b === undefined) differences.push({ path, kind: 'only-in-first' });
    else if (!Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b)) {
      let offset = 0;
      while (offset < a.length && offset < b.length && a[offset] === b[offset]) offset += 1;
      const excerpt = (bytes: Uint8Array) =>
        Buffer.from(bytes.subarray(Math.max(0, offset - CONTEXT), offset + CONTEXT)).toString('utf8').replace(/\s+/gu, ' ');
      differences.push({ path, kind: 'content', offset, first: excerpt(a), second: excerpt(b) });
    }
  }
  return differences;
}

/** Readable lines for a test failure. */
export function formatDifferences(differences: readonly OutputDifference[]): string {
  return differences
    .map((difference) => {
      if (difference.kind === 'only-in-first') return `${difference.path}: only in the first build`;
      if (difference.kind === 'only-in-second') return `${difference.path}: only in the second build`;
      return `${difference.path}: differs from byte ${difference.offset}\n  first:  …${difference.first}…\n  second: …${difference.second}…`;
    })
    .join('\n');
}
