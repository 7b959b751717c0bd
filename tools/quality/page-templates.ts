import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A page template: one route file in src/pages and the built pages it produces. */
export interface PageTemplate {
  /** The route file, relative to src/pages: "briefings/[slug].astro". */
  route: string;
  /** Matches the paths of its built pages inside dist/ ("briefings/x/index.html"). */
  pattern: RegExp;
  /** Static segments first: a static route wins over a dynamic one that also matches. */
  specificity: number;
}

const PAGE_EXTENSIONS = /\.(?:astro|md|mdx|html)$/u;

/**
 * Turns the route files of src/pages into templates, so every gate that works "per template"
 * picks up a new route (search, glossary, visuals) the moment it exists. Endpoints (`.ts`,
 * `.js`: feeds, images) and files Astro ignores (`_partial.astro`) are left out. Assumes the
 * site's `build.format: 'directory'`: `about.astro` builds `about/index.html`.
 */
export function routeTemplates(routeFiles: readonly string[]): PageTemplate[] {
  return routeFiles
    .map((file) => file.split('\\').join('/'))
    .filter((file) => PAGE_EXTENSIONS.test(file) && !file.split('/').some((segment) => segment.startsWith('_')))
    .sort()
    .map((route) => {
      const segments = route.replace(PAGE_EXTENSIONS, '').split('/');
      if (segments.at(-1) === 'index') segments.pop();
      let specificity = 0;
      const parts = segments.map((segment) => {
        if (/^\[\.\.\.[^\]]+\]$/u.test(segment)) return { rest: true, source: '(?:[^/]+/)*' };
        specificity += segment.includes('[') ? 1 : 100;
        const source = segment
          .split(/(\[[^\]]+\])/u)
          .map((piece) => (piece.startsWith('[') ? '[^/]+' : escapeRegExp(piece)))
          .join('');
        return { rest: false, source: `${source}/` };
      });
      const directory = parts.map((part) => part.source).join('');
      const isErrorPage = segments.length === 1 && /^(?:404|500)$/u.test(segments[0] ?? '');
      const source = isErrorPage ? `${segments[0]}\\.html` : `${directory}index\\.html`;
      return { route, pattern: new RegExp(`^${source}$`, 'u'), specificity };
    })
    .sort((a, b) => b.specificity - a.specificity || a.route.localeCompare(b.route));
}

/** The template that built a page, or undefined for a page no route file explains. */
export function templateOf(path: string, templates: readonly PageTemplate[]): PageTemplate | undefined {
  return templates.find((template) => template.pattern.test(path));
}

export interface TemplatePages<Page> {
  /** The route file, or "(no route) <path>" for a page no template explains. */
  template: string;
  pages: Page[];
}

/** Groups built pages by template, in route order; every page lands in exactly one group. */
export function groupByTemplate<Page extends { path: string }>(pages: readonly Page[], templates: readonly PageTemplate[]): TemplatePages<Page>[] {
  const groups = new Map<string, Page[]>();
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const key = templateOf(page.path, templates)?.route ?? `(no route) ${page.path}`;
    const group = groups.get(key) ?? [];
    group.push(page);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([template, grouped]) => ({ template, pages: grouped }));
}

/**
 * Picks the fewest pages of one template that between them show every kind of element it
 * renders: greedy set cover over "features" (tag names, class names, roles, `data-*`
 * attribute names and the kind in `data-chart`). The first pick is the page with the most
 * features, so a briefing with every chart kind is chosen over a plain one; a second page
 * is added only when it has something the first lacks (a source with endnotes, say).
 */
export function pickRepresentativePages<Page extends { path: string; html: string }>(pages: readonly Page[]): Page[] {
  const remaining = pages.map((page) => ({ page, features: pageFeatures(page.html) }));
  const covered = new Set<string>();
  const picked: Page[] = [];
  for (;;) {
    let best: { page: Page; gain: number } | undefined;
    for (const { page, features } of remaining) {
      if (picked.includes(page)) continue;
      let gain = 0;
      for (const feature of features) if (!covered.has(feature)) gain += 1;
      const better =
        best === undefined || gain > best.gain || (gain === best.gain && (page.html.length > best.page.html.length || (page.html.length === best.page.html.length && page.path < best.page.path)));
      if (better) best = { page, gain };
    }
    if (best === undefined || (best.gain === 0 && picked.length > 0)) break;
    picked.push(best.page);
    for (const feature of remaining.find((entry) => entry.page === best.page)?.features ?? []) covered.add(feature);
  }
  return picked;
}

/** What a page is built from, as tokens: "tag:figure", "class:chart", "role:img", "data-chart=map". */
export function pageFeatures(html: string): Set<string> {
  const features = new Set<string>();
  visit(fromHtml(html), 'element', (node: Element) => {
    features.add(`tag:${node.tagName}`);
    const { className, role } = node.properties;
    if (Array.isArray(className)) for (const name of className) features.add(`class:${String(name)}`);
    if (typeof role === 'string') features.add(`role:${role}`);
    for (const [property, value] of Object.entries(node.properties)) {
      if (!property.startsWith('data') || property === 'data') continue;
      features.add(`data:${property}`);
      if (property === 'dataChart') features.add(`data-chart=${String(value)}`);
    }
  });
  return features;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
