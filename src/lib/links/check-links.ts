/**
 * A link checker over a built site, pure: it is given the pages' HTML and the list of files,
 * and reads nothing itself. Every `href`, `src`, `srcset` and form `action` that points into
 * the site must name a file that exists, under the base path, and a `#fragment` must name an
 * `id` on the target page. Absolute URLs on the site's own origin (canonical links, social
 * cards) are checked the same way when `site` is given.
 *
 * (The quality-gates branch has a hast-based checker at this same path with this same API;
 * keep whichever lands first and delete the other.)
 */

export interface BuiltPage {
  /** The file's path inside the build folder, no leading slash: "index.html", "briefings/x/index.html". */
  path: string;
  html: string;
}

export interface CheckLinksOptions {
  /** The base path the site was built for: "/" or "/briefings-site/". */
  base: string;
  /** Every file in the build folder, as paths like "_astro/a.css"; the pages are always included. */
  files?: Iterable<string>;
  /** SITE_URL: absolute links on this origin are checked as internal. */
  site?: string;
}

export interface BrokenLink {
  /** The page the link is on (its `path`). */
  page: string;
  /** The URL as written. */
  url: string;
  /** Where it was found: `a[href]`, `img[src]`, `meta[og:image]`. */
  attribute: string;
  reason: string;
}

const LINKING_TAGS = /<(a|area|link|img|script|source|iframe|audio|video|track|embed|image|use|form)\b([^>]*)>/giu;
const URL_ATTRIBUTES = /(?:^|\s)(href|src|srcset|action|xlink:href|poster)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;
const ORIGIN = 'http://site.invalid';

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/giu, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/gu, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

/** The `id`s (and `<a name>`s) a page defines: what its fragments may point at. */
export function fragmentTargets(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu)) {
    ids.add(decodeEntities(match[1] ?? match[2] ?? ''));
  }
  return ids;
}

export interface FoundLink {
  url: string;
  attribute: string;
}

/** The URLs a page links to, as written (entities decoded), with where each was found. */
export function linksOf(html: string): FoundLink[] {
  const links: FoundLink[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/gu, '');
  for (const tag of withoutComments.matchAll(LINKING_TAGS)) {
    const name = (tag[1] ?? '').toLowerCase();
    const attributes = tag[2] ?? '';
    // <link rel="preconnect|dns-prefetch"> names an origin, not a resource.
    if (name === 'link' && /\brel\s*=\s*"(?:preconnect|dns-prefetch)"/iu.test(attributes)) continue;
    for (const found of attributes.matchAll(URL_ATTRIBUTES)) {
      const attribute = `${name}[${(found[1] ?? '').toLowerCase()}]`;
      const value = decodeEntities(found[2] ?? found[3] ?? '').trim();
      if (found[1]?.toLowerCase() === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/u)[0];
          if (url) links.push({ url, attribute });
        }
      } else {
        links.push({ url: value, attribute });
      }
    }
  }
  // Social card images and page URLs: absolute, so checked when `site` is given.
  for (const tag of withoutComments.matchAll(/<meta\b([^>]*)>/giu)) {
    const key = /\b(?:property|name)="((?:og:(?:url|image)|twitter:image))"/u.exec(tag[1] ?? '')?.[1];
    const content = /\bcontent="([^"]*)"/u.exec(tag[1] ?? '')?.[1];
    if (key && content) links.push({ url: decodeEntities(content), attribute: `meta[${key}]` });
  }
  return links;
}

/** The URL path a build file is served at: "x/index.html" → "<base>x/". */
export function pageUrlPath(filePath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = filePath.replace(/(^|\/)index\.html$/u, '$1');
  return `${root}${inside}`;
}

/** One line per broken link, for a test failure or a build log. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  return broken.map((link) => `${link.page}: ${link.attribute}="${link.url}" ${link.reason}`).join('\n');
}

export function checkLinks(pages: readonly BuiltPage[], options: CheckLinksOptions): BrokenLink[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const files = new Set<string>([...(options.files ?? []), ...pages.map((page) => page.path)]);
  const targets = new Map<string, Set<string>>();
  const htmlByFile = new Map(pages.map((page) => [page.path, page.html]));
  const targetsOf = (file: string) => {
    let ids = targets.get(file);
    if (!ids) {
      ids = fragmentTargets(htmlByFile.get(file) ?? '');
      targets.set(file, ids);
    }
    return ids;
  };
  const site = options.site ? new URL(options.site) : undefined;
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const pageUrl = new URL(pageUrlPath(page.path, base), ORIGIN);
    for (const { url: raw, attribute } of linksOf(page.html)) {
      const report = (reason: string) => broken.push({ page: page.path, url: raw, attribute, reason });
      if (raw === '' || raw === '#' || /^(?:mailto|tel|javascript|data|blob|about):/iu.test(raw)) continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.origin !== ORIGIN) {
        if (!site || url.origin !== site.origin) continue;
        // An absolute link to our own site: check the same file.
        url = new URL(`${url.pathname}${url.search}${url.hash}`, ORIGIN);
      }
      let pathname: string;
      let fragment: string;
      try {
        pathname = decodeURIComponent(url.pathname);
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        report('has a malformed percent-encoding');
        continue;
      }
      if (!pathname.startsWith(base)) {
        report(`outside the base path ${base}`);
        continue;
      }
      const inside = pathname.slice(base.length);
      let file: string;
      if (inside === '' || inside.endsWith('/')) file = `${inside}index.html`;
      else if (files.has(inside)) file = inside;
      else if (files.has(`${inside}/index.html`)) {
        report('directory without its trailing slash (a redirect at best)');
        continue;
      } else file = inside;
      if (!files.has(file)) {
        report(`no such file ${file}`);
        continue;
      }
      if (fragment && fragment !== 'top' && !fragment.startsWith(':~:') && file.endsWith('.html') && !targetsOf(file).has(fragment)) {
        report(`no element with id "${fragment}" in ${file}`);
      }
    }
  }
  return broken;
}
