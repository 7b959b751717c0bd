// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://briefings.example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Never inline scripts or styles into pages (Astro inlines those under this limit): a
  // Content-Security-Policy without 'unsafe-inline' must be able to load every one of them.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Source texts and quotations keep their typography exactly as written.
    processor: unified({ remarkPlugins: [], rehypePlugins: [], smartypants: false }),
  },
});
