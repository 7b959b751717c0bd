/**
 * A link checker over a built site, pure: it is given the pages' HTML and the list of files,
 * and reads nothing itself. Every `href`, `src`, `srcset` and form `action` that points into
 * the site must name a file that exists, under the base path, and a `#fragment` must name an
 * `id` on the target page. Absolute URLs on the site's own origin (canonical links, social
 * cards) are checked the same way when `siteUrl` is given.
 */

export interface BuiltPage {
  /** The file's path inside the build folder, with a leading slash: "/briefings/x/index.html". */
  path: string;
  html: string;
}

export interface LinkCheckOptions {
  /** The base path the site was built for: "/" or "/briefings-site/". */
  base: string;
  /** Every file in the build folder (HTML included), as paths like "/_astro/a.css". */
  files: ReadonlySet<string>;
  /** SITE_URL: absolute links on this origin and path are checked as internal. */
  siteUrl?: string;
}

export interface BrokenLink {
  /** The page the link is on (its file path). */
  page: string;
  /** The attribute as written. */
  url: string;
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

/** The URLs a page links to, as written (entities decoded), with `<a>`/`<link>` and `src`-bearing tags only. */
export function linksOf(html: string): string[] {
  const urls: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/gu, '');
  for (const tag of withoutComments.matchAll(LINKING_TAGS)) {
    const attributes = tag[2] ?? '';
    // <link rel="preconnect|dns-prefetch"> names an origin, not a resource.
    if (tag[1]?.toLowerCase() === 'link' && /\brel\s*=\s*"(?:preconnect|dns-prefetch)"/iu.test(attributes)) continue;
    for (const attribute of attributes.matchAll(URL_ATTRIBUTES)) {
      const value = decodeEntities(attribute[2] ?? attribute[3] ?? '').trim();
      if (attribute[1]?.toLowerCase() === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/u)[0];
          if (url) urls.push(url);
        }
      } else {
        urls.push(value);
      }
    }
  }
  return urls;
}

/** The URL path a build file is served at: "/x/index.html" → "<base>x/". */
export function pageUrlPath(filePath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = filePath.replace(/^\//u, '').replace(/(^|\/)index\.html$/u, '$1');
  return `${root}${inside}`;
}

export function checkLinks(pages: readonly BuiltPage[], options: LinkCheckOptions): BrokenLink[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
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
  const site = options.siteUrl ? new URL(options.siteUrl) : undefined;
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    const pageUrl = new URL(pageUrlPath(page.path, base), ORIGIN);
    for (const raw of linksOf(page.html)) {
      if (raw === '' || raw === '#') continue;
      let url: URL;
      try {
        url = new URL(raw, pageUrl);
      } catch {
        broken.push({ page: page.path, url: raw, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== ORIGIN) {
        if (!site || url.origin !== site.origin) continue;
        // An absolute link to our own site: check the same file.
        url = new URL(`${url.pathname}${url.search}${url.hash}`, ORIGIN);
      }
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(base)) {
        broken.push({ page: page.path, url: raw, reason: `outside the base path ${base}` });
        continue;
      }
      const inside = `/${pathname.slice(base.length)}`;
      let file: string;
      if (inside.endsWith('/')) file = `${inside}index.html`;
      else if (options.files.has(inside)) file = inside;
      else if (options.files.has(`${inside}/index.html`)) {
        broken.push({ page: page.path, url: raw, reason: 'directory without its trailing slash (a redirect at best)' });
        continue;
      } else file = inside;
      if (!options.files.has(file)) {
        broken.push({ page: page.path, url: raw, reason: `no such file ${file}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !fragment.startsWith(':~:') && file.endsWith('.html') && !targetsOf(file).has(fragment)) {
        broken.push({ page: page.path, url: raw, reason: `no element with id "${fragment}" in ${file}` });
      }
    }
  }
  return broken;
}
