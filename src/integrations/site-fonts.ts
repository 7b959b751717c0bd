import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { siteFontFiles } from '../lib/fonts/site-font-files.ts';

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
        const result = await siteFontFiles(fileURLToPath(config.root));
        if (result.made) logger.info(`fonts: ${result.files.length} files made in ${result.directory}`);
        updateConfig({ vite: { resolve: { alias: { [FONTS_ALIAS]: result.directory } } } });
      },
    },
  };
}
