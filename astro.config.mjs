// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';
import { remarkChartUsage } from './src/plugins/remark-chart-usage.ts';
import { rehypeBasePathLinks } from './src/plugins/rehype-base-path-links.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { remarkWordCount } from './src/plugins/remark-word-count.ts';
import { publishFiles } from './src/integrations/publish-files.ts';
import { socialCardPrefetch } from './src/integrations/social-card-prefetch.ts';
import { siteFonts } from './src/integrations/site-fonts.ts';
import { contentDependencies } from './src/integrations/content-dependencies.ts';
import { glossaryTermsSnapshot, sourceLibrarySnapshot } from './src/loaders/snapshots.ts';
import { DEPLOYMENT } from './src/config.ts';
import { readFileSync } from 'node:fs';
import { warnOnConsole } from './src/lib/problems.ts';
import { placeInFrontmatter } from './src/lib/text/frontmatter-place.ts';

const base = DEPLOYMENT.base;

/**
 * Glossary and people entries render many to a page: their citation ids carry the entry's slug.
 * A cited frontmatter string (a correction, rendered as `<file>#corrections.0.now`) carries its path.
 */
const entryIdPrefix = (/** @type {string} */ path) => {
  const field = /([^\\/]+)\.mdx?#([\w.]+)$/u.exec(path);
  if (field) return `${field[1]}-${(field[2] ?? '').replaceAll('.', '-')}-`;
  const match = /[\\/]content[\\/](?:glossary|people)[\\/]([^\\/]+)\.md$/u.exec(path);
  return match ? `${match[1]}-` : '';
};

/** A warning in a correction (rendered as `<file>#corrections.0.now`) is placed at its line in the frontmatter. */
const warnInPlace = (/** @type {import('./src/lib/problems.ts').Problem} */ problem) =>
  warnOnConsole(placeInFrontmatter(problem, (file) => readFileSync(file, 'utf8')));

/** Margin glimpses of cited passages go beside a briefing's body, not inside its correction notes (`<file>#corrections.0.now`). */
const bodyOfBriefing = (/** @type {string} */ path) => /(?:^|[\\/])content[\\/]briefings[\\/][^#]*$/u.test(path);

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
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({
      remarkPlugins: [
        // First, on the tree as written: the reading time and the editorial word limits count its prose.
        remarkWordCount,
        // Both read what the content layer loaded (src/loaders/snapshots.ts), never content/ itself.
        [remarkCitations, { library: () => sourceLibrarySnapshot.current().value, base, idPrefix: entryIdPrefix, warn: warnInPlace, sidenotes: bodyOfBriefing }],
        // After citations, so citation brackets are already links and are left alone.
        [remarkGlossaryLinks, { terms: () => glossaryTermsSnapshot.current().value, base }],
        remarkChartUsage,
      ],
      // Authors link to pages with plain root-relative Markdown links; this adds the base path.
      rehypePlugins: [[rehypeBasePathLinks, { base }]],
      smartypants: false,
    }),
  },
});
