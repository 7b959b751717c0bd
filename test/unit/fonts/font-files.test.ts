import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFontFiles, type FontFileInputs } from '../../../src/lib/fonts/font-files.ts';

const require = createRequire(import.meta.url);
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function inputs(overrides: Partial<FontFileInputs> = {}): FontFileInputs {
  return {
    subsetRanges: (pkg) => JSON.parse(readFileSync(require.resolve(`@fontsource/${pkg}/unicode.json`), 'utf8')) as Record<string, string>,
    readPackageFile: (pkg, path) => new TextEncoder().encode(`${pkg}/${path}`),
    subset: vi.fn(async (font: Uint8Array, characters: string, format: string) => new TextEncoder().encode(`subset of ${new TextDecoder().decode(font)}: ${characters.length} as ${format}`)),
    versions: ['subset-font 1'],
    ...overrides,
  };
}

function cacheRoot(): string {
  const folder = mkdtempSync(join(tmpdir(), 'font-files-'));
  folders.push(folder);
  return folder;
}

describe('writeFontFiles', () => {
  it('writes every planned file and a stylesheet naming them', async () => {
    const root = cacheRoot();
    const { directory, files, made } = await writeFontFiles(root, inputs());
    expect(made).toBe(true);
    expect(readdirSync(directory).sort()).toEqual([...files.map((file) => file.name), 'fonts.css'].sort());
    const css = readFileSync(join(directory, 'fonts.css'), 'utf8');
    for (const file of files.filter((candidate) => candidate.format !== 'sfnt')) expect(css).toContain(`url('./${file.name}')`);
    // TrueType for drawing chart images at build time, never served.
    expect(css).not.toContain('.ttf');
    expect(readFileSync(join(directory, 'source-sans-3-600-normal.ttf'), 'utf8')).toMatch(/as sfnt$/u);
    expect(readFileSync(join(directory, 'source-sans-3-400-normal-core.woff2'), 'utf8')).toMatch(/^subset of source-sans-3\/files\/source-sans-3-latin-400-normal\.woff2/u);
    expect(readFileSync(join(directory, 'source-sans-3-400-normal-latin-ext.woff2'), 'utf8')).toBe('source-sans-3/files/source-sans-3-latin-ext-400-normal.woff2');
  });

  it('reuses the files while nothing changes, and makes new ones when a font or the library changes', async () => {
    const root = cacheRoot();
    const first = await writeFontFiles(root, inputs());
    const same = inputs();
    const again = await writeFontFiles(root, same);
    expect(again).toMatchObject({ directory: first.directory, made: false });
    expect(same.subset).not.toHaveBeenCalled();

    const otherFont = await writeFontFiles(root, inputs({ readPackageFile: (pkg, path) => new TextEncoder().encode(`${pkg}/${path} v2`) }));
    expect(otherFont.made).toBe(true);
    expect(otherFont.directory).not.toBe(first.directory);
    const otherLibrary = await writeFontFiles(root, inputs({ versions: ['subset-font 2'] }));
    expect(otherLibrary.directory).not.toBe(first.directory);
    expect(existsSync(join(first.directory, 'fonts.css'))).toBe(true);
  });
});
