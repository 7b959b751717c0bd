/**
 * Builds a copy of the project with extra content — a draft, a future-dated briefing, an
 * excerpts-only source and a briefing that cites it — under a base path, the way a GitHub
 * Pages project site is built, and checks what a production build publishes.
 */
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { xmlProblems } from '../helpers/xml.ts';
import { selectAll } from 'hast-util-select';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../tools/quality/check-links.ts';
import { readBuiltSite } from '../helpers/built-site.ts';
import { serveSite } from '../helpers/browser.ts';
import { buildProject, copyProject, ingestInto, type TempProject } from '../helpers/temp-project.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/publishing-project');
const BASE = '/briefings-site/';
const SITE_URL = 'https://example.github.io';
const UNPUBLISHED = [
  { slug: 'fixture-draft-briefing', title: 'Fixture draft zebra-crossing' },
  { slug: 'fixture-future-briefing', title: 'Fixture future okapi-sighting' },
];

let project: TempProject;
let site: ReturnType<typeof readBuiltSite>;
let buildOutput: string;

beforeAll(async () => {
  project = copyProject();
  for (const name of readdirSync(join(FIXTURES, 'briefings'))) cpSync(join(FIXTURES, 'briefings', name), join(project.root, 'content/briefings', name));
  await ingestInto(project, [join(FIXTURES, 'sources/excerpts-article.txt')], join(FIXTURES, 'sources/manifest.json'));
  // SECURITY_CONTACT empty: security.txt falls back to its default contact, and the build says so.
  buildOutput = buildProject(project, { BASE_PATH: BASE, SITE_URL, BUILD_DATE: '2030-01-01', SECURITY_CONTACT: '' });
  site = readBuiltSite(project.dist);
});
afterAll(() => project?.remove());

const read = (path: string) => readFileSync(join(project.dist, path), 'utf8');

describe('drafts and future-dated briefings in a production build', () => {
  it('have no page and no card', () => {
    for (const { slug } of UNPUBLISHED) {
      expect(existsSync(join(project.dist, 'briefings', slug))).toBe(false);
      expect(existsSync(join(project.dist, 'cards', `${slug}.png`))).toBe(false);
    }
    expect(existsSync(join(project.dist, 'briefings/fixture-cites-excerpts/index.html'))).toBe(true);
    expect(existsSync(join(project.dist, 'cards/fixture-cites-excerpts.png'))).toBe(true);
  });

  it('are named nowhere: no page, index, feed or sitemap mentions them', () => {
    const texts = [...site.pages.map((page) => page.html), read('feed.xml'), read('sitemap.xml')];
    for (const { slug, title } of UNPUBLISHED) {
      expect(texts.filter((text) => text.includes(slug)).length, slug).toBe(0);
      expect(texts.filter((text) => text.includes(title)).length, title).toBe(0);
    }
  });

  it('leave the feed with exactly the published briefings', () => {
    expect(xmlProblems(read('feed.xml'))).toEqual([]);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read('feed.xml')).feed;
    const ids = [feed.entry].flat().map((entry: { id: string }) => entry.id).sort();
    const published = readdirSync(join(project.dist, 'briefings'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${SITE_URL}${BASE}briefings/${entry.name}/`)
      .sort();
    expect(ids).toEqual(published);
    expect(ids).toContain(`${SITE_URL}${BASE}briefings/fixture-cites-excerpts/`);
  });

  it("carry a briefing's chart as a link to it on the page, not its SVG or script", () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read('feed.xml')).feed;
    const entry = [feed.entry].flat().find((e: { id: string }) => e.id.endsWith('/fixture-cites-excerpts/')) as { content: { '#text': string } };
    const html = entry.content['#text'];
    expect(html).toMatch(new RegExp(`Chart: <a href="${SITE_URL}${BASE}briefings/fixture-cites-excerpts/#chart-figures">[^<]+</a>`, 'u'));
    expect(html).not.toMatch(/<svg|<script|data-chart=/u);
    // The chart's anchor exists on the page the link points to.
    expect(read('briefings/fixture-cites-excerpts/index.html')).toContain('id="chart-figures"');
  });
});

describe('an updated briefing', () => {
  it('shows the Updated line and gives the day to the page meta, the sitemap and the feed', () => {
    const html = read('briefings/fixture-cites-excerpts/index.html');
    expect(toText(selectAll('.briefing-header .meta', fromHtml(html))[1]!)).toMatch(/Updated 15 July 2025/u);
    expect(html).toContain('<meta property="article:modified_time" content="2025-07-15T00:00:00.000Z">');
    expect(read('sitemap.xml')).toContain(`<loc>${SITE_URL}${BASE}briefings/fixture-cites-excerpts/</loc>\n    <lastmod>2025-07-15</lastmod>`);
    expect(read('feed.xml')).toMatch(/fixture-cites-excerpts\/<\/id>[\s\S]*?<updated>2025-07-15T00:00:00.000Z<\/updated>/u);
  });
});

describe('an excerpts-only source', () => {
  const page = () => fromHtml(read('sources/fixture-excerpts-only/index.html'));

  it('shows only the paragraphs published briefings cite, under their own numbers', () => {
    const paragraphs = selectAll('[id^="p-"]', page());
    expect(paragraphs.map((p) => p.properties.id)).toEqual(['p-2', 'p-4']);
    const text = toText(selectAll('article', page())[0]!);
    expect(text).toContain('Fixture paragraph two');
    expect(text).toContain('Fixture paragraph four');
    // ¶3 and ¶5 are cited only by the draft and the future briefing: they stay unpublished too.
    for (const hidden of ['Fixture paragraph one', 'Fixture paragraph three', 'Fixture paragraph five', 'By A. Fixture Writer']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('keeps its attribution and the link to the original', () => {
    const text = toText(selectAll('.attribution', page())[0]!);
    expect(text).toContain('The Fixture Gazette');
    expect(text).toContain('A. Fixture Writer');
    expect(text).toMatch(/Excerpts only/u);
    expect(selectAll('a[href="https://gazette.example.com/fixture-article"]', page())).toHaveLength(1);
  });

  it('marks what was left out', () => {
    expect(selectAll('.gap', page()).map((gap) => toText(gap))).toEqual([
      '[Paragraph 1 not reproduced]',
      '[Paragraph 3 not reproduced]',
      '[Paragraph 5 not reproduced]',
    ]);
  });
});

describe('a build under the base path /briefings-site/', () => {
  it('has no broken internal link, asset or fragment', () => {
    expect(formatBrokenLinks(checkLinks(site.pages, { base: BASE, files: site.files, site: SITE_URL }))).toBe('');
  });

  it('puts the base path on a Markdown link an author wrote root-relative in a briefing', () => {
    const links = selectAll('.briefing a', fromHtml(read('briefings/fixture-cites-excerpts/index.html'))).filter((a) => toText(a) === 'the briefings index');
    expect(links.map((a) => a.properties.href)).toEqual([`${BASE}briefings/`]);
  });

  it('puts the base path on every root-relative URL', () => {
    const offenders = site.pages.flatMap((page) =>
      [...page.html.matchAll(/\s(?:href|src|content)="(\/[^"]*)"/gu)].map((match) => match[1]!).filter((url) => !url.startsWith(BASE)).map((url) => `${page.path}: ${url}`),
    );
    expect(offenders).toEqual([]);
  });

  it('gives absolute URLs on SITE_URL plus the base path in canonical links, sitemap, robots.txt, feed and manifest', () => {
    expect(read('index.html')).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}">`);
    const locs = [new XMLParser().parse(read('sitemap.xml')).urlset.url].flat().map((url: { loc: string }) => url.loc);
    expect(locs.length).toBeGreaterThan(5);
    expect(locs.every((loc) => loc.startsWith(`${SITE_URL}${BASE}`))).toBe(true);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE_URL}${BASE}sitemap.xml`);
    expect(read('feed.xml')).not.toMatch(/href="\//u);
    const manifest = JSON.parse(read('manifest.webmanifest')) as { start_url: string; scope: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.icons.every((icon) => icon.src.startsWith(BASE) && site.files.has(icon.src.slice(BASE.length)))).toBe(true);
  });

  it('writes security.txt under the base path, expiring half a year after BUILD_DATE, with the default contact and a warning', () => {
    expect(read('.well-known/security.txt')).toBe(
      [
        'Contact: mailto:security@example.github.io',
        'Expires: 2030-06-30T23:59:59Z',
        `Canonical: ${SITE_URL}${BASE}.well-known/security.txt`,
        'Preferred-Languages: en',
        '',
      ].join('\n'),
    );
    expect(buildOutput).toContain('warning: SECURITY_CONTACT is not set, so /.well-known/security.txt asks for security reports at mailto:security@example.github.io;');
  });

  it('is served with the security headers under the base path', async () => {
    const server = await serveSite(project.dist, BASE);
    try {
      const page = await fetch(`${server.url}briefings/fixture-cites-excerpts/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
      expect(page.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      const css = /href="([^"]*\/_astro\/[^"]+\.css)"/u.exec(await page.text())?.[1];
      expect(css).toBeDefined();
      const asset = await fetch(`${server.origin}${css}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    } finally {
      await server.close();
    }
  });
});

describe('a plain `astro build` (without npm run build)', () => {
  it('writes the search index into its output folder', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBeGreaterThan(10);
    expect(site.files.has('pagefind/pagefind.js')).toBe(true);
  });

  it("writes the briefings collection's JSON schema with every frontmatter field, for editors", () => {
    const schema = JSON.parse(readFileSync(join(project.root, '.astro/collections/briefings.schema.json'), 'utf8')) as {
      properties?: Record<string, { type?: string }>;
      required?: string[];
      additionalProperties?: unknown;
    };
    expect(Object.keys(schema.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'dek', 'published', 'updated', 'authors', 'regions', 'topics', 'sources', 'keyTakeaways', 'draft']),
    );
    expect(schema.properties?.title?.type).toBe('string');
    expect(schema.properties?.draft?.type).toBe('boolean');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'dek', 'published', 'authors', 'sources', 'keyTakeaways']));
    // Unknown fields are refused: `false`, or the equivalent schema that no value matches.
    expect([false, { not: {} }]).toContainEqual(schema.additionalProperties);
  });
});
