import { pathToFileURL } from 'node:url';
import { createSatteriMarkdownProcessor, satteriHeadingIdsPlugin, type SatteriAstroData, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { evaluate, type MdastPluginDefinition } from 'satteri';
import { markdownPlugins, type MarkdownPluginsOptions } from '../../src/plugins/markdown-plugins.ts';

/**
 * Markdown and MDX through the site's processor, Sätteri, with the site's plugin list
 * (src/plugins/markdown-plugins.ts), outside Astro: `.md` through the very renderer Astro uses
 * for Markdown entries, `.mdx` compiled by Sätteri with the same plugins and evaluated with a
 * small runtime that writes HTML (a component `<Name>` as `<div data-jsx="Name">` around its
 * children; imports dropped after the plugins have read them).
 */
export interface RenderedMarkdown {
  html: string;
  /** The frontmatter as the plugins left it (what a page reads as remarkPluginFrontmatter). */
  frontmatter: Record<string, unknown>;
  headings: SatteriAstroData['headings'];
}

export interface RenderOptions extends MarkdownPluginsOptions {
  /** The document's path: `.mdx` is compiled as MDX, anything else as Markdown. */
  path: string;
  frontmatter?: Record<string, unknown>;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'track']);

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

type Child = string | number | boolean | null | undefined | { html: string } | Child[];

function childrenHtml(children: Child): string {
  if (children === null || children === undefined || children === false || children === true) return '';
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (typeof children === 'object') return children.html;
  return escapeHtml(String(children));
}

/** The JSX runtime MDX is evaluated with: every element becomes an HTML string. */
function element(type: unknown, props: unknown): { html: string } {
  const { children, ...attributes } = props as Record<string, unknown>;
  if (typeof type === 'function') return (type as (props: unknown) => { html: string })(props);
  if (type === FRAGMENT) return { html: childrenHtml(children as Child) };
  const name = String(type);
  const attributeHtml = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([key, value]) => (value === true ? ` ${key}=""` : ` ${key}="${escapeHtml(Array.isArray(value) ? value.join(' ') : String(value)).replace(/"/gu, '&quot;')}"`))
    .join('');
  return { html: `<${name}${attributeHtml}>${VOID.has(name) ? '' : `${childrenHtml(children as Child)}</${name}>`}` };
}
const FRAGMENT = Symbol('Fragment');

/** Drops import and export statements once every other plugin has seen them: an evaluated module cannot import. */
const dropEsm: MdastPluginDefinition = {
  name: 'test-drop-esm',
  mdxjsEsm(node, context) {
    context.removeNode(node);
  },
};

function astroData(frontmatter: Record<string, unknown>): SatteriAstroData {
  return { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() };
}

/** Renders one document through the site's Markdown pipeline. Problems are thrown as the site throws them. */
export async function renderMarkdown(source: string, options: RenderOptions): Promise<RenderedMarkdown> {
  const plugins: SatteriProcessorOptions = markdownPlugins(options);
  const fileURL = pathToFileURL(options.path);
  const frontmatter = options.frontmatter ?? {};
  if (!options.path.endsWith('.mdx')) {
    const renderer = await createSatteriMarkdownProcessor({ ...plugins, syntaxHighlight: false, smartypants: false });
    const { code, metadata } = await renderer.render(source, { frontmatter, fileURL });
    return { html: code, frontmatter: metadata.frontmatter, headings: metadata.headings };
  }
  const astro = astroData(frontmatter);
  const components = Object.fromEntries(
    [...new Set([...source.matchAll(/<([A-Z][\w.]*)/gu)].map((match) => match[1] ?? ''))].map((name) => [
      name,
      (props: Record<string, unknown>) => element('div', { 'data-jsx': name, children: props.children }),
    ]),
  );
  const module = await evaluate(source, {
    mdastPlugins: [...(plugins.mdastPlugins ?? []), dropEsm],
    hastPlugins: [...(plugins.hastPlugins ?? []), satteriHeadingIdsPlugin()],
    features: { gfm: true, ...plugins.features },
    fileURL,
    data: { astro },
    elementAttributeNameCase: 'html',
    Fragment: FRAGMENT,
    jsx: element,
    jsxs: element,
  });
  const Content = module.default as (props: { components: Record<string, unknown> }) => { html: string };
  return { html: Content({ components }).html, frontmatter: astro.frontmatter, headings: astro.headings };
}

/**
 * HTML in a form two processors agree on: attributes in alphabetical order, class lists sorted,
 * whitespace between block elements dropped. The stated normalisation under which Sätteri's
 * output equals the fixtures' expected output.
 */
export function normalizeHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const tidy = (node: HastNodes): void => {
    if (node.type === 'element') {
      const properties = Object.entries(node.properties).sort(([a], [b]) => a.localeCompare(b));
      node.properties = Object.fromEntries(properties.map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value]));
    }
    if ('children' in node) {
      (node as HastRoot | Element).children = (node.children as HastNodes[]).filter((child) => !(child.type === 'text' && child.value.trim() === '' && node.type !== 'element')) as Element['children'];
      for (const child of node.children) tidy(child as HastNodes);
    }
  };
  tidy(tree);
  return toHtml(tree).replace(/>\s*\n\s*</gu, '><');
}
