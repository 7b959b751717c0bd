import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { writeFontFiles } from './font-files.ts';

/**
 * The site's font files for the project at `root`, made from its @fontsource packages with
 * subset-font into node_modules/.cache/site-fonts (src/lib/fonts/font-files.ts): the fonts
 * integration calls it before Vite starts, the chart-image route to find its TrueType files;
 * the second call finds the folder the first one made.
 */
export async function siteFontFiles(root: string): Promise<Awaited<ReturnType<typeof writeFontFiles>>> {
  const require = createRequire(join(root, 'package.json'));
  const packageDirectory = (pkg: string) => dirname(require.resolve(`@fontsource/${pkg}/package.json`));
  // The versions of subset-font and of the harfbuzzjs it cuts with (its own copy, or the project's),
  // read from their folders as Node would find them: harfbuzzjs exports no package.json to resolve.
  const manifest = (folder: string) => JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string };
  let subsetFontFolder = dirname(require.resolve('subset-font'));
  while (!existsSync(join(subsetFontFolder, 'package.json'))) subsetFontFolder = dirname(subsetFontFolder);
  const installed = (name: string, from: string): string => {
    for (let folder = from; ; folder = dirname(folder)) {
      if (existsSync(join(folder, 'node_modules', name, 'package.json'))) return join(folder, 'node_modules', name);
      if (dirname(folder) === folder) throw new Error(`${name} is not installed beside ${from}.`);
    }
  };
  const tools = [manifest(subsetFontFolder), manifest(installed('harfbuzzjs', subsetFontFolder))];
  try {
    return await writeFontFiles(join(root, 'node_modules/.cache/site-fonts'), {
      subsetRanges: (pkg) => JSON.parse(readFileSync(join(packageDirectory(pkg), 'unicode.json'), 'utf8')) as Record<string, string>,
      readPackageFile: (pkg, path) => readFileSync(join(packageDirectory(pkg), path)),
      subset: async (font, characters, format) => new Uint8Array(await subsetFont(Buffer.from(font), characters, { targetFormat: format, noLayoutClosure: true })),
      versions: tools.map((tool) => `${tool.name} ${tool.version}`),
    });
  } catch (cause) {
    throw new Error('Failed to make the site’s font files from the @fontsource packages.', { cause });
  }
}
