import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { xmlFileProblems, xmlProblems } from '../helpers/xml.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../tools/quality/check-links.ts';
import { inlineCodeHashes, styleAttributes } from '../../src/lib/publishing/inline-code.ts';
import { pageFacts } from '../../src/lib/publishing/sitemap.ts';
import { headersFor, parseHeadersFile } from '../../tools/server/headers-file.ts';
import { readBuiltSite } from '../helpers/built-site.ts';
import { DIST, assertDistBuilt } from '../helpers/dist.ts';
import { pngSize } from '../helpers/png.ts';

let site: ReturnType<typeof readBuiltSite>;
/** The SITE_URL and base path dist/ was built with, read back from robots.txt. */
let siteRoot: URL;

beforeAll(() => {
  assertDistBuilt();
  site = readBuiltSite(DIST);
  const sitemapLine = /^Sitemap: (\S+)$/mu.exec(read('robots.txt'))?.[1];
  if (!sitemapLine) throw new Error('robots.txt names no sitemap');
  siteRoot = new URL('./', sitemapLine);
});

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const base = () => siteRoot.pathname;
/** Pages that are published articles: dist/briefings/<slug>/index.html. */
const briefingPages = () => site.pages.filter((page) => /^briefings\/[^/]+\/index\.html$/u.test(page.path));
/** The URL path inside the site a page is served at: "sources/x/index.html" → "/sources/x/". */
const sitePathOf = (file: string) => `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
const meta = (html: string, key: string) =>
  [...html.matchAll(/<meta\b[^>]*>/gu)].map((m) => m[0]).find((tag) => tag.includes(`"${key}"`))?.match(/content="([^"]*)"/u)?.[1];

describe('_headers and the nginx snippet', () => {
  it('exist and give every page the security headers and a CSP that allows the inline code the pages contain', () => {
    const rules = parseHeadersFile(read('_headers'));
    const hashes = new Set(site.pages.flatMap((page) => Object.values(inlineCodeHashes(page.html)).flat()));
    for (const page of site.pages) {
      const headers = headersFor(rules, sitePathOf(page.path));
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, page.path).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
      expect(csp).toMatch(/frame-ancestors 'none'/u);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBeTruthy();
      expect(headers.get('permissions-policy')).toBeTruthy();
      expect(headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      for (const hash of hashes) expect(csp).toContain(hash);
    }
    expect(headersFor(rules, '/_astro/x.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The site URL is https (the default, or SITE_URL): HSTS is on unless HSTS=off.
    if (siteRoot.protocol === 'https:' && process.env.HSTS !== 'off') expect(headersFor(rules, '/').get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const nginx = read('_nginx-security-headers.conf');
    for (const [name, value] of rules[0]!.headers) expect(nginx).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('every page', () => {
  it('has no style attributes, which the CSP would block', () => {
    const styled = site.pages.flatMap((page) => styleAttributes(page.html).map((style) => `${page.path}: style="${style}"`));
    expect(styled, 'use a class instead of a style attribute').toEqual([]);
  });

  it('has a title, a description, Open Graph and Twitter card tags and a social card that exists', () => {
    for (const page of site.pages) {
      expect(page.html, page.path).toMatch(/<title>[^<]+<\/title>/u);
      for (const key of ['description', 'og:title', 'og:description', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:image']) {
        expect(meta(page.html, key), `${page.path} ${key}`).toBeTruthy();
      }
      const image = new URL(meta(page.html, 'og:image')!);
      expect(image.href.startsWith(siteRoot.href), image.href).toBe(true);
      const file = join(DIST, image.pathname.slice(base().length));
      expect(pngSize(readFileSync(file)), image.href).toEqual({ width: 1200, height: 630 });
    }
  });

  it('except the 404 page, has a canonical URL on the site that names itself', () => {
    for (const page of site.pages) {
      const facts = pageFacts(page.html);
      if (page.path === '404.html') {
        expect(facts).toMatchObject({ noindex: true });
        expect(facts.canonical).toBeUndefined();
        continue;
      }
      expect(facts.canonical, page.path).toBe(new URL(sitePathOf(page.path).slice(1), siteRoot).href);
    }
  });

  it('links to the favicon, icons, manifest and feed, and every link in dist/ resolves', () => {
    const home = read('index.html');
    for (const rel of ['icon', 'apple-touch-icon', 'manifest', 'alternate']) expect(home).toMatch(new RegExp(`<link rel="${rel}"`, 'u'));
    expect(formatBrokenLinks(checkLinks(site.pages, { base: base(), files: site.files, site: siteRoot.origin }))).toBe('');
  });
});

describe('briefings', () => {
  it('carry NewsArticle JSON-LD that cites each source and points at the card', () => {
    expect(briefingPages().length).toBeGreaterThan(0);
    for (const page of briefingPages()) {
      const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(page.html)?.[1];
      const data = JSON.parse(json!) as { '@type': string; headline: string; image: string[]; citation: { name: string; url: string }[]; datePublished: string };
      expect(data['@type']).toBe('NewsArticle');
      expect(data.image[0]).toBe(meta(page.html, 'og:image'));
      expect(data.citation.length).toBeGreaterThan(0);
      for (const work of data.citation) expect(work.name && work.url, JSON.stringify(work)).toBeTruthy();
      expect(meta(page.html, 'og:type')).toBe('article');
      expect(meta(page.html, 'article:published_time')).toBe(data.datePublished);
    }
  });
});

describe('every XML file', () => {
  it('is well-formed to a strict XML 1.0 parser (the feed, the sitemap, every SVG)', () => {
    const { files, problems } = xmlFileProblems(DIST);
    expect(files).toEqual(expect.arrayContaining(['feed.xml', 'sitemap.xml']));
    expect(problems).toEqual([]);
  });
});

describe('feed.xml', () => {
  it('is well-formed Atom listing every published briefing with its full content and absolute links', () => {
    const xml = read('feed.xml');
    expect(xmlProblems(xml)).toEqual([]);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat().filter(Boolean) as { id: string; content: { '#text': string } }[];
    const expected = briefingPages().map((page) => new URL(sitePathOf(page.path).slice(1), siteRoot).href);
    expect(entries.map((entry) => entry.id).sort()).toEqual(expected.sort());
    for (const entry of entries) {
      const html = entry.content['#text'];
      expect(html.length, entry.id).toBeGreaterThan(200);
      // Full content: every section heading the author wrote is in the entry (the layout's own
      // headings — takeaways, contents, related briefings — have ids ending in "-heading").
      const page = briefingPages().find((p) => entry.id.endsWith(sitePathOf(p.path)))!;
      const body = page.html.slice(page.html.indexOf('briefing-body'));
      const authored = [...body.matchAll(/<h2 id="([^"]+)"/gu)].map((m) => m[1]!).filter((id) => !id.endsWith('-heading'));
      expect(authored.length, entry.id).toBeGreaterThan(0);
      for (const id of authored) expect(html, `${entry.id} #${id}`).toContain(`id="${id}"`);
      expect(html).not.toMatch(/(?:href|src)="(?!https?:|mailto:)/u);
      expect(html).not.toMatch(/<script/u);
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists exactly the pages with a canonical URL and no noindex', () => {
    const xml = read('sitemap.xml');
    expect(xmlProblems(xml)).toEqual([]);
    const locs = [new XMLParser().parse(xml).urlset.url].flat().map((url: { loc: string }) => url.loc).sort();
    const expected = site.pages.map((page) => pageFacts(page.html)).filter((facts) => facts.canonical && !facts.noindex).map((facts) => facts.canonical!).sort();
    expect(locs).toEqual(expected);
    for (const page of briefingPages()) expect(locs).toContain(pageFacts(page.html).canonical);
  });

  it('robots.txt points at the sitemap', () => {
    expect(read('robots.txt')).toMatch(/^User-agent: \*$/mu);
  });
});

describe('manifest.webmanifest', () => {
  it('names the site and icons that exist at their stated sizes', () => {
    const manifest = JSON.parse(read('manifest.webmanifest')) as { name: string; start_url: string; icons: { src: string; sizes: string }[] };
    expect(manifest.name).toBeTruthy();
    expect(manifest.start_url).toBe(base());
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const [width, height] = icon.sizes.split('x').map(Number);
      expect(pngSize(readFileSync(join(DIST, icon.src.slice(base().length))))).toEqual({ width, height });
    }
    expect(existsSync(join(DIST, 'favicon.svg'))).toBe(true);
  });
});
