// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';
import { publishFiles } from './src/integrations/publish-files.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefings.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), publishFiles()],
  // Every script and stylesheet as an external, content-hashed file: the CSP needs no
  // 'unsafe-inline' and no per-build hashes, and CSS is cached across pages.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Code blocks (the authoring guide's) as plain <pre>: Shiki's inline colours ignore the site's light/dark palette.
    syntaxHighlight: false,
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({
      remarkPlugins: [[remarkCitations, { sourcesDirectory: 'content/sources', base }]],
      rehypePlugins: [],
      smartypants: false,
    }),
  },
});
