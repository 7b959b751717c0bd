// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefings.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Two entries or routes with the same URL (briefing.md next to briefing.mdx) fail the build.
  prerenderConflictBehavior: 'error',
  integrations: [mdx()],
  markdown: {
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({ remarkPlugins: [], rehypePlugins: [], smartypants: false }),
  },
});
