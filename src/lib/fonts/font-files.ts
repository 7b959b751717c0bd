import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fontFaceCss, planFontFiles, type FontFile } from './site-fonts.ts';

export interface FontFileInputs {
  /** A @fontsource package's subset ranges (its `unicode.json`). */
  subsetRanges(pkg: string): Record<string, string>;
  /** A file of a @fontsource package, by its path inside it: "files/x.woff2". */
  readPackageFile(pkg: string, path: string): Uint8Array;
  /** Cuts a WOFF2 font down to the characters given, as WOFF2 (or as TrueType, for drawing at build time). */
  subset(font: Uint8Array, characters: string, format: 'woff2' | 'sfnt'): Promise<Uint8Array>;
  /** Versions of everything that shapes the output besides the files (the subsetting library). */
  versions: readonly string[];
}

/** The cache key of the font files: the plan (faces, characters, ranges), every source file's bytes and the tools' versions. */
export function fontFilesKey(plan: readonly FontFile[], inputs: Pick<FontFileInputs, 'readPackageFile' | 'versions'>): string {
  const hash = createHash('sha256').update(JSON.stringify({ plan, versions: inputs.versions }));
  for (const file of plan) hash.update(inputs.readPackageFile(file.face.package, file.from));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Writes the site's font files and their stylesheet, `fonts.css`, into a folder of
 * `cacheRoot` named by their key, and returns the folder: made once, then reused by every
 * build until a font, the plan or the subsetting library changes. Written to a temporary
 * folder first and moved into place, so a folder that exists is complete.
 */
export async function writeFontFiles(cacheRoot: string, inputs: FontFileInputs): Promise<{ directory: string; files: FontFile[]; made: boolean }> {
  const files = planFontFiles(inputs.subsetRanges);
  const directory = join(cacheRoot, fontFilesKey(files, inputs));
  if (existsSync(join(directory, 'fonts.css'))) return { directory, files, made: false };
  const temporary = `${directory}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });
  for (const file of files) {
    const source = inputs.readPackageFile(file.face.package, file.from);
    writeFileSync(join(temporary, file.name), file.keep === undefined ? source : await inputs.subset(source, file.keep, file.format ?? 'woff2'));
  }
  writeFileSync(join(temporary, 'fonts.css'), `/* The site's fonts (src/lib/fonts/site-fonts.ts), made at build time. */\n${fontFaceCss(files)}`);
  if (existsSync(directory)) rmSync(temporary, { recursive: true, force: true });
  else renameSync(temporary, directory);
  return { directory, files, made: true };
}
