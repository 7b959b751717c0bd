import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from '../lib/search/build-search-index.ts';

/**
 * Indexes the built site with Pagefind once Astro has written it, into `<outDir>/pagefind/`:
 * `astro build` alone (a host's Astro preset, `npm run build`'s temporary folder, a test's
 * `--outDir`) produces a searchable site, and `astro preview` serves it. A Pagefind failure
 * fails the build, with its cause (src/lib/search/build-search-index.ts).
 *
 * The log line's "in N ms" is read by npm run bench as the Pagefind time.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'briefings-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const summary = await buildSearchIndex({ siteDir: fileURLToPath(dir) });
        logger.info(`indexed ${summary.pageCount} pages of ${summary.fileCount} HTML files in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
