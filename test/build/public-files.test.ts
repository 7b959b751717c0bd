/**
 * The files a host serves as they are: everything in public/ reaches dist/ unchanged, and the
 * generated /.well-known/security.txt (RFC 9116) is complete, current, served as UTF-8 text with
 * the site's headers, and kept out of the sitemap.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_TXT_LIFETIME_DAYS } from '../../src/lib/publishing/security-txt.ts';
import { headersFor, parseHeadersFile } from '../../tools/server/headers-file.ts';
import { serveSite } from '../helpers/browser.ts';
import { DIST, allDistFiles, assertDistBuilt } from '../helpers/dist.ts';
import { PROJECT } from '../helpers/temp-project.ts';

const PUBLIC = join(PROJECT, 'public');
const SECURITY_TXT = '.well-known/security.txt';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Every file under public/, as paths inside it with "/" separators. */
function publicFiles(directory = PUBLIC): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? publicFiles(path) : [relative(PUBLIC, path).split(sep).join('/')];
  });
}

/** security.txt's fields, name (lower-cased) to values, in order. */
function fields(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Za-z-]+): (.+)$/u.exec(line);
    if (!match) throw new Error(`security.txt has a line that is not a field: "${line}"`);
    const name = match[1]!.toLowerCase();
    result.set(name, [...(result.get(name) ?? []), match[2]!]);
  }
  return result;
}

let siteRoot: URL;
let rules: ReturnType<typeof parseHeadersFile>;

beforeAll(() => {
  assertDistBuilt();
  const sitemapLine = /^Sitemap: (\S+)$/mu.exec(readFileSync(join(DIST, 'robots.txt'), 'utf8'))?.[1];
  if (!sitemapLine) throw new Error('robots.txt names no sitemap');
  siteRoot = new URL('./', sitemapLine);
  rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
});

describe('public/', () => {
  it('holds the favicon, and every file in it is in dist/ byte for byte', () => {
    const files = publicFiles();
    expect(files).toContain('favicon.svg');
    const built = new Set(allDistFiles());
    for (const file of files) {
      expect(built.has(file), file).toBe(true);
      expect(readFileSync(join(DIST, file)).equals(readFileSync(join(PUBLIC, file))), file).toBe(true);
    }
  });

  it('holds nothing a route also builds, so no file is published from two places', () => {
    const routes = readdirSync(join(PROJECT, 'src/pages'), { recursive: true, encoding: 'utf8' }).map((path) => path.split(sep).join('/'));
    for (const file of publicFiles()) expect(routes.filter((route) => route.startsWith(`${file}.`)), file).toEqual([]);
  });

  it('gives its files the security headers and revalidation, like every other file of the site', () => {
    for (const file of publicFiles()) {
      const headers = headersFor(rules, `/${file}`);
      expect(headers.get('content-security-policy'), file).toMatch(/default-src 'self'/u);
      expect(headers.get('cache-control'), file).toBe('public, max-age=0, must-revalidate');
    }
  });
});

describe('/.well-known/security.txt', () => {
  const text = () => readFileSync(join(DIST, SECURITY_TXT), 'utf8');

  it('has RFC 9116 fields: one or more contacts, one Expires less than a year after the build, its canonical URL, its language', () => {
    const found = fields(text());
    const contacts = found.get('contact') ?? [];
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts) expect(contact).toMatch(/^(?:mailto:\S+@\S+|https:\/\/\S+|tel:\S+)$/u);
    const expires = found.get('expires') ?? [];
    expect(expires).toHaveLength(1);
    expect(expires[0]).toMatch(/^\d{4}-\d{2}-\d{2}T23:59:59Z$/u);
    const built = statSync(join(DIST, SECURITY_TXT)).mtime.getTime();
    const left = Date.parse(expires[0]!) - built;
    expect(left).toBeGreaterThan((SECURITY_TXT_LIFETIME_DAYS - 1) * DAY_MS);
    expect(left).toBeLessThan(365 * DAY_MS);
    expect(found.get('canonical')).toEqual([new URL(SECURITY_TXT, siteRoot).href]);
    expect(found.get('preferred-languages')).toEqual(['en']);
  });

  it('is served as UTF-8 plain text with the security headers, and stays out of the sitemap', async () => {
    const site = await serveSite(DIST, siteRoot.pathname);
    try {
      const response = await fetch(`${site.url}${SECURITY_TXT}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe(text());
    } finally {
      await site.close();
    }
    const headers = headersFor(rules, `/${SECURITY_TXT}`);
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const locs = [new XMLParser().parse(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).urlset.url].flat().map((url: { loc: string }) => url.loc);
    expect(locs.filter((loc) => !loc.endsWith('/'))).toEqual([]);
  });
});
