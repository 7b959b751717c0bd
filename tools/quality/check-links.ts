import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** A built page: its path inside the output folder ("index.html", "sources/x/index.html", "404.html") and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

export interface CheckLinksOptions {
  /** The base path the site is built for: "/" or "/briefings-site/". */
  base: string;
  /**
   * Every file in the output folder (paths like `pages[].path`), so links to stylesheets,
   * scripts, images, feeds and downloads can be checked too. Defaults to the pages alone.
   */
  files?: Iterable<string>;
  /**
   * The site's own URL ("https://briefings.example.org"). Absolute links to it (canonical
   * URLs, Open Graph images, feed entries) are then checked like internal ones.
   */
  site?: string;
}

export interface BrokenLink {
  /** The page the link is on (its `path`). */
  page: string;
  /** The link exactly as written in the attribute. */
  url: string;
  /** Where it was found, e.g. `a[href]`, `img[src]`. */
  attribute: string;
  /** Why it does not resolve, in words a maintainer can act on. */
  reason: string;
}

/** Attributes that hold a URL, by the hast property name. `srcSet` holds several. */
const URL_PROPERTIES: Record<string, string> = {
  href: 'href',
  src: 'src',
  srcSet: 'srcset',
  poster: 'poster',
  action: 'action',
  data: 'data',
  xLinkHref: 'xlink:href',
  cite: 'cite',
};

/** A fragment every HTML page has without an element carrying it. */
const IMPLICIT_FRAGMENTS = new Set(['', 'top']);

export interface FoundLink {
  url: string;
  attribute: string;
}

/**
 * Checks every internal link in a built site: each `href`, `src`, `srcset` (and the other
 * URL attributes) that points into the site must name a file in the output, inside the base
 * path, and a `#fragment` must name an element `id` on the target page. External links are
 * not fetched. Pure: it reads nothing but its arguments.
 *
 * `<a href="/sources/x/#p-3">` on `briefings/y/index.html` is fine when `sources/x/index.html`
 * exists and has `id="p-3"`; otherwise it comes back as a BrokenLink naming both.
 */
export function checkLinks(pages: readonly BuiltPage[], options: CheckLinksOptions): BrokenLink[] {
  const base = normalizeBase(options.base);
  const files = new Set<string>(options.files ?? []);
  const idsByPage = new Map<string, Set<string>>();
  const linksByPage = new Map<string, FoundLink[]>();
  for (const page of pages) {
    files.add(page.path);
    const tree = fromHtml(page.html);
    idsByPage.set(page.path, collectIds(tree));
    linksByPage.set(page.path, collectLinks(tree));
  }
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const pageOrigin = 'http://site.invalid';

  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(pageUrlPath(page.path, base), pageOrigin);
    for (const link of linksByPage.get(page.path) ?? []) {
      const report = (reason: string) => broken.push({ page: page.path, url: link.url, attribute: link.attribute, reason });
      const trimmed = link.url.trim();
      if (trimmed === '' || /^(?:mailto|tel|javascript|data|blob|about):/iu.test(trimmed)) continue;
      let target: URL;
      try {
        target = new URL(trimmed, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (target.origin !== pageOrigin) {
        if (siteOrigin === undefined || target.origin !== siteOrigin) continue;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        report('has a malformed percent-encoding');
        continue;
      }
      if (!pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const inside = pathname.slice(base.length);
      const file = resolveFile(inside, files);
      if (file === undefined) {
        const asDirectory = `${inside.replace(/\/$/u, '')}/index.html`;
        if (!inside.endsWith('/') && files.has(asDirectory)) {
          report('directory without its trailing slash (a redirect at best)');
        } else {
          report(`no such file ${inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside}`);
        }
        continue;
      }
      // A text directive (`#p-3:~:text=…`) is for the browser to highlight; the element before it must exist.
      const fragment = decodeFragment(target.hash.split(':~:')[0] ?? '');
      if (fragment === undefined) {
        report('has a malformed percent-encoding in its fragment');
        continue;
      }
      if (fragment === '' || IMPLICIT_FRAGMENTS.has(fragment)) continue;
      const ids = idsByPage.get(file);
      // Fragments of non-HTML files (a CSV, an SVG) are not checked.
      if (ids === undefined) continue;
      if (!ids.has(fragment)) report(`no element with id "${fragment}" in ${file}`);
    }
  }
  return broken;
}

/** One line per broken link, for a test failure or a build log. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.attribute}="${link.url}" ${link.reason}`).join('\n');
}

function normalizeBase(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

/** The URL path a built file is served at: ("sources/x/index.html", "/b/") → "/b/sources/x/"; "404.html" → "/b/404.html". */
export function pageUrlPath(path: string, base: string): string {
  const root = normalizeBase(base);
  if (path === 'index.html') return root;
  if (path.endsWith('/index.html')) return `${root}${path.slice(0, -'index.html'.length)}`;
  return `${root}${path}`;
}

/** The URLs a page links to, as written (entities decoded, comments skipped), with where each was found. */
export function linksOf(html: string): FoundLink[] {
  return collectLinks(fromHtml(html));
}

/** The `id`s (and `<a name>`s) a page defines: what its fragments may point at. */
export function fragmentTargets(html: string): Set<string> {
  return collectIds(fromHtml(html));
}

function resolveFile(inside: string, files: Set<string>): string | undefined {
  if (inside === '' || inside.endsWith('/')) {
    const index = `${inside}index.html`;
    return files.has(index) ? index : undefined;
  }
  return files.has(inside) ? inside : undefined;
}

function decodeFragment(hash: string): string | undefined {
  try {
    return decodeURIComponent(hash.replace(/^#/u, ''));
  } catch {
    return undefined;
  }
}

function collectIds(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const { id, name } = node.properties;
    if (typeof id === 'string' && id !== '') ids.add(id);
    // The legacy <a name> anchor still scrolls in every browser.
    if (node.tagName === 'a' && typeof name === 'string' && name !== '') ids.add(name);
  });
  return ids;
}

function collectLinks(tree: Root): FoundLink[] {
  const links: FoundLink[] = [];
  const cards: FoundLink[] = [];
  visit(tree, 'element', (node: Element) => {
    // <link rel="preconnect|dns-prefetch"> names an origin, not a resource.
    if (node.tagName === 'link' && Array.isArray(node.properties.rel) && node.properties.rel.some((rel) => rel === 'preconnect' || rel === 'dns-prefetch')) return;
    for (const [property, attribute] of Object.entries(URL_PROPERTIES)) {
      const value = node.properties[property];
      if (value === undefined || value === null || value === false) continue;
      const label = `${node.tagName}[${attribute}]`;
      if (property === 'srcSet') {
        for (const candidate of srcsetUrls(value)) links.push({ url: candidate, attribute: label });
      } else if (typeof value === 'string') {
        links.push({ url: value, attribute: label });
      }
    }
    // Open Graph and Twitter card images and URLs: absolute, checked when `site` is given.
    if (node.tagName === 'meta' && typeof node.properties.content === 'string') {
      const key = String(node.properties.property ?? node.properties.name ?? '');
      if (/^(?:og:(?:url|image|image:url)|twitter:image)$/u.test(key)) {
        cards.push({ url: node.properties.content, attribute: `meta[${key}]` });
      }
    }
  });
  return [...links, ...cards];
}

function srcsetUrls(value: unknown): string[] {
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return text
    .split(/,\s+/u)
    .map((candidate) => candidate.trim().split(/\s+/u)[0] ?? '')
    .filter((url) => url !== '');
}
