import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it } from 'vitest';
import { readGlossaryTerms } from '../../../src/lib/glossary/glossary-terms.ts';
import { chartLoader } from '../../../src/loaders/chart-loader.ts';

/**
 * A new site starts with sources and briefings only: no chart data, no glossary. Both
 * must count as empty, not fail the build (they once did: the benchmark's corpus found it).
 */
const root = mkdtempSync(join(tmpdir(), 'empty-site-'));
mkdirSync(join(root, 'content/sources'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a site without optional content folders', () => {
  it('has no glossary terms when content/glossary does not exist', () => {
    expect(readGlossaryTerms(join(root, 'content/glossary'))).toEqual([]);
  });

  it('has an empty charts collection when content/data does not exist', async () => {
    const stored: string[] = [];
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      store: { clear: () => stored.splice(0), set: (entry: { id: string }) => stored.push(entry.id) },
      generateDigest: () => '',
      logger: { error: () => {} },
    } as unknown as LoaderContext;
    await chartLoader({ base: 'content/data', sources: 'content/sources' }).load(context);
    expect(stored).toEqual([]);
  });
});
