import { describe, expect, it } from 'vitest';
import { compareOutputs, formatDifferences } from '../../../tools/quality/compare-outputs.ts';

const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([path, text]) => [path, Buffer.from(text)]));

describe('compareOutputs', () => {
  it('finds nothing in identical outputs', () => {
    expect(compareOutputs(files({ 'a.html': 'x', 'b.css': 'y' }), files({ 'b.css': 'y', 'a.html': 'x' }))).toEqual([]);
  });

  it('names missing files and the first differing byte', () => {
    const differences = compareOutputs(
      files({ 'index.html': '<p>Built 2026-11-24T10:00</p>', 'old.txt': '' }),
      files({ 'index.html': '<p>Built 2026-11-24T10:01</p>', 'new.txt': '' }),
    );
    expect(differences).toEqual([
      { path: 'index.html', kind: 'content', offset: 24, first: '<p>Built 2026-11-24T10:00</p>', second: '<p>Built 2026-11-24T10:01</p>' },
      { path: 'new.txt', kind: 'only-in-second' },
      { path: 'old.txt', kind: 'only-in-first' },
    ]);
    expect(formatDifferences(differences)).toContain('index.html: differs from byte 24');
  });
});
