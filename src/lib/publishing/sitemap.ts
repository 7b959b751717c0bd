import { warnOnConsole, type WarningSink } from '../problems.ts';
import { escapeXml } from './xml.ts';

export interface SitemapEntry {
  /** Absolute URL of the page. */
  loc: string;
  /** The built page it was read from ("briefings/x/index.html"), named in warnings. */
  page?: string;
  /** Last substantive change, YYYY-MM-DD. */
  lastmod?: string;
}

/** What the sitemap needs to know about one built page, read from its `<head>`. */
export interface PageFacts {
  canonical?: string;
  noindex: boolean;
  lastmod?: string;
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  for (const match of html.matchAll(/<meta\b[^>]*>/giu)) {
    const tag = match[0];
    if (!new RegExp(`\\b${attribute}="${key.replace(/[.]/gu, '\\.')}"`, 'u').test(tag)) continue;
    return /\bcontent="([^"]*)"/u.exec(tag)?.[1];
  }
  return undefined;
}

/**
 * Reads the canonical URL, robots `noindex` and the last-modified day from a built page, so the
 * sitemap is made from what was actually published: a page that was not built (a draft) cannot
 * be listed, and every page another part of the site adds is listed without registering it.
 */
export function pageFacts(html: string): PageFacts {
  const head = html.slice(0, Math.max(html.indexOf('</head>'), 0) || html.length);
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*>/iu.exec(head)?.[0].match(/\bhref="([^"]*)"/u)?.[1];
  const robots = metaContent(head, 'name', 'robots') ?? '';
  const modified = metaContent(head, 'property', 'article:modified_time') ?? metaContent(head, 'property', 'article:published_time');
  return {
    ...(canonical ? { canonical: canonical.replace(/&amp;/gu, '&') } : {}),
    noindex: /\bnoindex\b/iu.test(robots),
    ...(modified ? { lastmod: modified.slice(0, 10) } : {}),
  };
}

/** sitemap.xml (sitemaps.org 0.9), entries sorted by URL so the file is stable across builds. */
export function renderSitemap(entries: readonly SitemapEntry[], options: { warn?: WarningSink } = {}): string {
  const warn = options.warn ?? warnOnConsole;
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  const urls = sorted.map(
    (entry) => `  <url>\n    <loc>${escapeXml(entry.loc, { file: entry.page ?? entry.loc, field: 'canonical link', output: 'sitemap.xml', warn })}</loc>${entry.lastmod ? `\n    <lastmod>${entry.lastmod}</lastmod>` : ''}\n  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled; the sitemap's absolute address. */
export function renderRobots(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
