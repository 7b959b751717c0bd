import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { createSourceLibrary } from '../../../src/lib/citations/source-library.ts';
import { chartLoader } from '../../../src/loaders/chart-loader.ts';
import { markdownEntries } from '../../../src/loaders/markdown-entries.ts';
import { sourceLibrarySnapshot } from '../../../src/loaders/snapshots.ts';

/**
 * A new site starts with sources and briefings only: no chart data, no glossary. Both
 * must count as empty, not fail the build (they once did: the benchmark's corpus found it).
 */
const root = mkdtempSync(join(tmpdir(), 'empty-site-'));
mkdirSync(join(root, 'content/sources'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Just enough of Astro's loader context for loaders over an empty folder. */
function emptyContext(collection: string, stored: string[]): LoaderContext {
  const entries = new Map<string, { id: string }>();
  return {
    collection,
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    store: {
      clear: () => {
        entries.clear();
        stored.splice(0);
      },
      set: (entry: { id: string }) => {
        entries.set(entry.id, entry);
        stored.push(entry.id);
      },
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      get: (id: string) => entries.get(id),
      delete: (id: string) => entries.delete(id),
    },
    entryTypes: new Map(),
    generateDigest: () => '',
    logger: { error: () => {}, warn: () => {}, info: () => {} },
  } as unknown as LoaderContext;
}

describe('a site without optional content folders', () => {
  sourceLibrarySnapshot.publish(createSourceLibrary([]), 'empty');

  it('has no glossary terms when content/glossary does not exist', async () => {
    const stored: string[] = [];
    let published: unknown;
    await markdownEntries({ pattern: '*.md', base: 'content/glossary', dependsOn: [sourceLibrarySnapshot], publish: (entries) => (published = entries) }).load(emptyContext('glossary', stored));
    expect(stored).toEqual([]);
    expect(published).toEqual([]);
  });

  it('has an empty charts collection when content/data does not exist', async () => {
    const stored: string[] = [];
    await chartLoader({ base: 'content/data' }).load(emptyContext('charts', stored));
    expect(stored).toEqual([]);
  });

});
