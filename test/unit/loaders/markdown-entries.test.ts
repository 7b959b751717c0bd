import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rendererDigest } from '../../../src/loaders/markdown-entries.ts';

/**
 * A rendered entry is cached under the digest of its file, the snapshots it was rendered
 * against (the warm-rebuild test changes a source) and the renderer: our plugins and library
 * code, the config and the installed packages. Each of those changes the renderer's digest.
 */
const root = mkdtempSync(join(tmpdir(), 'renderer-digest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src/plugins'), { recursive: true });
mkdirSync(join(root, 'src/lib/citations'), { recursive: true });
const files = {
  'src/plugins/citations-plugin.ts': 'export const plugin = 1;',
  'src/lib/citations/match-quotation.ts': 'export const match = 1;',
  'astro.config.mjs': 'export default {};',
  'package-lock.json': '{"lockfileVersion":3}',
};
for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);

describe('rendererDigest', () => {
  it('is stable while nothing changes', () => {
    expect(rendererDigest(root)).toBe(rendererDigest(root));
  });

  for (const path of Object.keys(files)) {
    it(`changes when ${path} changes`, () => {
      const before = rendererDigest(root);
      writeFileSync(join(root, path), `${files[path as keyof typeof files]}\n// changed`);
      expect(rendererDigest(root)).not.toBe(before);
    });
  }

  it('changes when a library module is added', () => {
    const before = rendererDigest(root);
    writeFileSync(join(root, 'src/lib/citations/new-module.ts'), 'export {};');
    expect(rendererDigest(root)).not.toBe(before);
  });
});
