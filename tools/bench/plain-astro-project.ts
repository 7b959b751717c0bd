/**
 * The baselines the bench compares the full pipeline with: a bare Astro 7 site over the
 * same Markdown (content/sources/*.md, content/briefings/*.mdx), with no plugins, no custom
 * loader and no post-build step. One page per entry plus the three index pages our site has
 * (home, briefings, sources), so the page counts match. `processor` picks Astro's default
 * Markdown processor (Sätteri) or `unified()` with no plugins.
 */
export type PlainProcessor = 'default' | 'unified';

export function plainAstroProject(processor: PlainProcessor): Record<string, string> {
  const markdown =
    processor === 'unified'
      ? "\n  markdown: { processor: unified({ remarkPlugins: [], rehypePlugins: [] }) },"
      : '';
  return {
    'package.json': `${JSON.stringify({ name: `plain-astro-${processor}`, private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': [
      "import { defineConfig } from 'astro/config';",
      "import mdx from '@astrojs/mdx';",
      ...(processor === 'unified' ? ["import { unified } from '@astrojs/markdown-remark';"] : []),
      '',
      "export default defineConfig({",
      "  site: 'https://bench.example.org',",
      "  trailingSlash: 'always',",
      "  build: { format: 'directory' },",
      `  integrations: [mdx()],${markdown}`,
      '});',
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      '',
      'export const collections = {',
      "  sources: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/sources' }) }),",
      "  briefings: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: './content/briefings' }) }),",
      '};',
      '',
    ].join('\n'),
    'src/layouts/Plain.astro': [
      '---',
      'const { title } = Astro.props;',
      '---',
      '<!doctype html>',
      '<html lang="en">',
      '  <head><meta charset="utf-8" /><title>{title}</title></head>',
      '  <body><main><slot /></main></body>',
      '</html>',
      '',
    ].join('\n'),
    'src/pages/index.astro': listPage('Home', ['briefings', 'sources'], 8),
    'src/pages/briefings/index.astro': listPage('Briefings', ['briefings']),
    'src/pages/sources/index.astro': listPage('Sources', ['sources']),
    'src/pages/briefings/[slug].astro': entryPage('briefings'),
    'src/pages/sources/[slug].astro': entryPage('sources'),
  };
}

function listPage(title: string, collections: string[], limit?: number): string {
  return [
    '---',
    "import { getCollection } from 'astro:content';",
    `import Plain from '${title === 'Home' ? '..' : '../..'}/layouts/Plain.astro';`,
    ...collections.map((name) => `const ${name} = (await getCollection('${name}'))${limit ? `.slice(0, ${limit})` : ''};`),
    '---',
    `<Plain title="${title}">`,
    `  <h1>${title}</h1>`,
    ...collections.map((name) => `  <ul>{${name}.map((entry) => <li><a href={\`/${name}/\${entry.id}/\`}>{String(entry.data.title)}</a></li>)}</ul>`),
    '</Plain>',
    '',
  ].join('\n');
}

function entryPage(collection: string): string {
  return [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Plain from '../../layouts/Plain.astro';",
    'export async function getStaticPaths() {',
    `  return (await getCollection('${collection}')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));`,
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<Plain title={String(entry.data.title)}>',
    '  <h1>{String(entry.data.title)}</h1>',
    '  <Content />',
    '</Plain>',
    '',
  ].join('\n');
}
