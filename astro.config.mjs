// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/plugins/remark-citations.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefings.example.org',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two entries or routes with the same URL (briefing.md next to briefing.mdx) fail the build.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({
      remarkPlugins: [[remarkCitations, { sourcesDirectory: 'content/sources', base }]],
      rehypePlugins: [],
      smartypants: false,
    }),
  },
});
