/**
 * Corrections, updates and revision histories in the real built site: /corrections/ with the
 * policy, linked from every page and from About; each correction on its briefing, in JSON-LD and
 * in the feed; every briefing with its changes page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertDistBuilt, distFiles, pageExists, readPage } from '../helpers/dist.ts';

beforeAll(assertDistBuilt);

const briefingSlugs = () => distFiles('.html').filter((file) => /^briefings\/[^/]+\/index\.html$/u.test(file)).map((file) => file.split('/')[1]!);

describe('/corrections/', () => {
  it('states the policy and lists every correction, newest first, each linking to its note on the briefing', () => {
    const page = readPage('/corrections/');
    const text = toText(page);
    expect(text).toContain('Our corrections policy');
    expect(text).toContain('What we fix without a note');
    const items = selectAll('#corrections ~ ul > li', page);
    expect(items.length).toBeGreaterThanOrEqual(10);
    const dates = items.map((item) => select('time', item)?.properties.dateTime as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const item of items) {
      const href = String(select('a', item)?.properties.href ?? '');
      expect(href).toMatch(/^\/briefings\/[^/]+\/#correction-\d+$/u);
      const [path, id] = href.split('#');
      expect(select(`#${id}`, readPage(path!)), href).toBeTruthy();
    }
  });

  it('is linked from the footer of every page and from About', () => {
    for (const file of distFiles('.html')) {
      const footer = select('footer', readPage(`/${file}`));
      expect(footer && selectAll('a', footer).some((link) => link.properties.href === '/corrections/'), file).toBe(true);
    }
    expect(selectAll('main a', readPage('/about/')).some((link) => link.properties.href === '/corrections/')).toBe(true);
  });
});

describe('a corrected briefing', () => {
  const slug = 'isis-k-and-attacks-abroad';
  it('shows its dated corrections before the key takeaways, each citing what it rests on', () => {
    const page = readPage(`/briefings/${slug}/`);
    const note = select('#correction-1', page)!;
    expect(toText(note)).toContain('a mutual enemy');
    expect(selectAll('a.cite-link', note).map((link) => link.properties.href)).toEqual(['/sources/nyt-costa-clarke-2024/#p-8']);
    // Each citation link's preview card is on the page.
    for (const link of selectAll('a.cite-link', note)) expect(select(`#${String(link.properties.ariaDescribedBy)}`, page)).toBeTruthy();
    const html = readFileSync(join(DIST, 'briefings', slug, 'index.html'), 'utf8');
    expect(html.indexOf('id="correction-1"')).toBeLessThan(html.indexOf('id="takeaways-heading"'));
    expect(toText(select('.briefing-header', page)!)).toContain('Updated 30 November 2026');
  });

  it('carries its corrections and last change in JSON-LD and in the feed', () => {
    const page = readPage(`/briefings/${slug}/`);
    const jsonLd = JSON.parse(toText(select('script[type="application/ld+json"]', page)!)) as { dateModified: string; correction: { '@type': string; datePublished: string; text: string }[] };
    expect(jsonLd.dateModified).toBe('2026-11-30T00:00:00.000Z');
    expect(jsonLd.correction.map((correction) => correction['@type'])).toEqual(['CorrectionComment', 'CorrectionComment', 'CorrectionComment']);
    expect(jsonLd.correction[0]?.text).toContain('a mutual enemy');
    const feed = readFileSync(join(DIST, 'feed.xml'), 'utf8');
    const entry = feed.split('<entry>').find((candidate) => candidate.includes(`/briefings/${slug}/</id>`))!;
    expect(entry).toContain('<updated>2026-11-30T00:00:00.000Z</updated>');
    expect(entry).toContain('&lt;h2&gt;Corrections&lt;/h2&gt;');
  });
});

describe('revision histories', () => {
  it('give every briefing a changes page, linked under its byline, kept out of the sitemap', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
    for (const slug of briefingSlugs()) {
      expect(pageExists(`/briefings/${slug}/changes/`), slug).toBe(true);
      expect(selectAll('.revision-link a', readPage(`/briefings/${slug}/`)).map((link) => link.properties.href)).toEqual([`/briefings/${slug}/changes/`]);
    }
    expect(sitemap).not.toContain('/changes/');
  });
});
