// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { remarkGlossaryLinks } from './src/plugins/remark-glossary-links.ts';

const base = process.env.BASE_PATH ?? '/';

/** Glossary and people entries render many to a page: their citation ids carry the entry's slug. */
const entryIdPrefix = (/** @type {string} */ path) => {
  const match = /[\\/]content[\\/](?:glossary|people)[\\/]([^\\/]+)\.md$/u.exec(path);
  return match ? `${match[1]}-` : '';
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefings.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Never inline scripts or styles into pages (Astro inlines those under this limit): a
  // Content-Security-Policy without 'unsafe-inline' must be able to load every one of them.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({
      remarkPlugins: [
        [remarkCitations, { sourcesDirectory: 'content/sources', base, idPrefix: entryIdPrefix }],
        // After citations, so citation brackets are already links and are left alone.
        [remarkGlossaryLinks, { glossaryDirectory: 'content/glossary', base }],
      ],
      rehypePlugins: [],
      smartypants: false,
    }),
  },
});
