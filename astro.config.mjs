// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownPlugins } from './src/plugins/markdown-plugins.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { publishFiles } from './src/integrations/publish-files.ts';
import { socialCardPrefetch } from './src/integrations/social-card-prefetch.ts';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { contentDependencies } from './src/integrations/content-dependencies.ts';
import { glossaryTermsSnapshot, sourceLibrarySnapshot } from './src/loaders/snapshots.ts';
import { DEPLOYMENT, EDITORIAL } from './src/config.ts';

const base = DEPLOYMENT.base;

export default defineConfig({
  site: DEPLOYMENT.siteUrl,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two entries or routes with the same URL (briefing.md next to briefing.mdx) fail the build.
  prerenderConflictBehavior: 'error',
  // Writes .astro/collections/collections.json beside the collection schemas, which tells the
  // Astro language server which schema a content file follows: frontmatter completion and checks.
  experimental: { contentIntellisense: true },
  // Pagefind before publish-files, so the headers file sees the pagefind/ folder.
  integrations: [siteFonts(), mdx(), pagefind(), publishFiles(), socialCardPrefetch(), contentDependencies()],
  // Every script and stylesheet as an external, content-hashed file: the CSP needs no
  // 'unsafe-inline' and no per-build hashes, and CSS is cached across pages.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler warns
        // about once per page (boxed, ten lines each); it is Astro's own and harmless, and the
        // noise buried the warnings authors need to see (uncited sources, unchecked quotations).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Code blocks (the authoring guide's) as plain <pre>: Shiki's inline colours ignore the site's light/dark palette.
    syntaxHighlight: false,
    // Sätteri, for .md and .mdx (@astrojs/mdx uses the configured processor). The plugins read
    // what the content layer loaded (src/loaders/snapshots.ts), never content/ itself.
    processor: satteri(
      markdownPlugins({
        library: () => sourceLibrarySnapshot.current().value,
        terms: () => glossaryTermsSnapshot.current().value,
        base,
        editorial: EDITORIAL,
      }),
    ),
  },
});
