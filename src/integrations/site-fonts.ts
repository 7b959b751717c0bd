import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { writeFontFiles } from '../lib/fonts/font-files.ts';

/** The alias the stylesheets and layouts import the font files by: `@site-fonts/fonts.css`. */
export const FONTS_ALIAS = '@site-fonts';

/**
 * Makes the site's font files from the @fontsource packages before Vite starts (src/lib/fonts/:
 * core subsets cut with subset-font, the packages' other files as they are) into
 * node_modules/.cache/site-fonts, and points the `@site-fonts` alias at them; Vite then
 * fingerprints them into /_astro/ like any asset. Made once per change of fonts or library.
 */
export function siteFonts(): AstroIntegration {
  return {
    name: 'briefings-site-fonts',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const require = createRequire(join(root, 'package.json'));
        const packageDirectory = (pkg: string) => dirname(require.resolve(`@fontsource/${pkg}/package.json`));
        // Versions read from the packages' folders: harfbuzzjs (which does the cutting, possibly subset-font's own copy) exports no package.json.
        const versionOf = (entry: string) => {
          let folder = dirname(entry);
          while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder);
          return (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name: string; version: string });
        };
        const subsetFontEntry = require.resolve('subset-font');
        const tools = [versionOf(subsetFontEntry), versionOf(createRequire(subsetFontEntry).resolve('harfbuzzjs'))];
        let result;
        try {
          result = await writeFontFiles(join(root, 'node_modules/.cache/site-fonts'), {
            subsetRanges: (pkg) => JSON.parse(readFileSync(join(packageDirectory(pkg), 'unicode.json'), 'utf8')) as Record<string, string>,
            readPackageFile: (pkg, path) => readFileSync(join(packageDirectory(pkg), path)),
            subset: async (font, characters) => new Uint8Array(await subsetFont(Buffer.from(font), characters, { targetFormat: 'woff2', noLayoutClosure: true })),
            versions: tools.map((tool) => `${tool.name} ${tool.version}`),
          });
        } catch (cause) {
          throw new Error('Failed to make the site’s font files from the @fontsource packages.', { cause });
        }
        if (result.made) logger.info(`fonts: ${result.files.length} files made in ${result.directory}`);
        updateConfig({ vite: { resolve: { alias: { [FONTS_ALIAS]: result.directory } } } });
      },
    },
  };
}
