import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertDistBuilt, pageExists, readPage } from '../helpers/dist.ts';

const ROOT = join(import.meta.dirname, '../..');
const slugsIn = (folder: string) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length));
const glossarySlugs = slugsIn('content/glossary');
const peopleSlugs = slugsIn('content/people');

/** Every link from `scope` into a source page, checked against the built source page: the page and the passage must exist. */
function brokenSourceLinks(scope: Element): string[] {
  const broken: string[] = [];
  for (const link of selectAll('a[href^="/sources/"]', scope)) {
    const href = String(link.properties.href);
    const [path = '', anchor] = href.split('#');
    if (!pageExists(path)) broken.push(href);
    else if (anchor && !select(`[id="${anchor}"]`, readPage(path))) broken.push(href);
  }
  return broken;
}

/** Internal links of a page whose target page or fragment does not exist in dist/. */
function brokenInternalLinks(sitePath: string, tree: Root): string[] {
  const broken: string[] = [];
  for (const link of selectAll('a[href]', tree)) {
    const href = String(link.properties.href);
    if (/^[a-z]+:/iu.test(href) || href.startsWith('//')) continue;
    const [path = '', anchor] = href.split('#');
    const target = path === '' ? sitePath : path;
    if (!target.startsWith('/')) continue;
    if (!/\.[a-z0-9]+$/iu.test(target) && !pageExists(target)) broken.push(href);
    else if (anchor && !/\.[a-z0-9]+$/iu.test(target) && !select(`[id="${decodeURIComponent(anchor)}"]`, readPage(target))) broken.push(href);
  }
  return broken;
}

beforeAll(assertDistBuilt);

describe('glossary page', () => {
  const page = () => readPage('/glossary/');

  it('has every required term of issue 6', () => {
    const required = ['caliphate', 'isis-k', 'global-coalition', 'article-5', 'awacs', 'sahel', 'badia', 'pmf', 'sdf', 'lone-wolf-attack', 'micro-cell', 'security-sector-reform'];
    for (const id of required) expect(glossarySlugs, id).toContain(id);
  });

  for (const id of glossarySlugs) {
    it(`${id}: has a definition that cites a passage that exists`, () => {
      const entry = select(`[id="${id}"]`, page()) as Element;
      expect(entry, id).toBeTruthy();
      expect(selectAll('a.cite-link', entry).length).toBeGreaterThan(0);
      expect(brokenSourceLinks(entry)).toEqual([]);
    });

    it(`${id}: is linked from at least one briefing`, () => {
      const entry = select(`[id="${id}"]`, page()) as Element;
      expect(selectAll('.used-in a', entry).length).toBeGreaterThan(0);
    });
  }

  it('leaves no citation unprocessed', () => {
    expect(toText(page()).match(/\[[^\]]*@[\w-]+[^\]]*\]/gu) ?? []).toEqual([]);
  });

  it('has unique element ids (many entries, each with its own citations)', () => {
    const ids = selectAll('[id]', page()).map((element) => String(element.properties.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('people and organizations page', () => {
  const page = () => readPage('/people/');

  it('has everyone issue 6 names', () => {
    const names = selectAll('.person h3', page()).map((heading) => toText(heading));
    for (const name of ['Lloyd Austin', 'Mark Rutte', 'Sarmad al-Bayati', 'Alaa al-Nashou', 'Ahmed al-Yasseri', 'Lezgin Ibrahim', 'Mohammed Abbas', 'Salah Nouman Abd Nayef al-Jubouri', 'Christopher P. Costa', 'Colin P. Clarke', 'Félix Arteaga']) {
      expect(names, name).toContain(name);
    }
  });

  for (const id of peopleSlugs) {
    it(`${id}: names passages that exist (or, for a publisher, links its source), and cites its description`, () => {
      const entry = select(`[id="${id}"]`, page()) as Element;
      expect(entry, id).toBeTruthy();
      const mentions = select('.mentions', entry);
      const published = selectAll('.publisher-of a[href^="/sources/"]', entry);
      if (mentions) expect(selectAll('a[href*="#"]', mentions).length).toBeGreaterThan(0);
      else expect(published.length, `${id} is named in no passage and publishes no source`).toBeGreaterThan(0);
      expect(selectAll('a.cite-link', entry).length).toBeGreaterThan(0);
      expect(brokenSourceLinks(entry)).toEqual([]);
    });
  }

  it('lists the publisher of every source, linked to it', () => {
    const section = select('section:has(> h2#publishers)', page()) as Element;
    expect(section).toBeTruthy();
    const linked = new Set(selectAll('.publisher-of a', section).map((link) => String(link.properties.href)));
    for (const slug of readdirSync(join(ROOT, 'content/sources')).filter((name) => name.endsWith('.md'))) {
      expect(linked, slug).toContain(`/sources/${slug.slice(0, -'.md'.length)}/`);
    }
  });

  it('sets apart the people and organizations named only in endnotes', () => {
    const section = select('section:has(> h2#endnotes)', page()) as Element;
    expect(section).toBeTruthy();
    expect(toText(select('h2', section)!)).toBe('Named only in Carnegie Europe’s endnotes');
    const names = selectAll('.person h3', section).map((heading) => toText(heading));
    expect(names).toEqual(expect.arrayContaining(['Benedetta Berti', 'Kris Quanten', 'German Marshall Fund of the United States']));
    for (const entry of selectAll('.person', section)) {
      for (const link of selectAll('.mentions a[href*="#"]', entry)) expect(String(link.properties.href)).toMatch(/#note-\d+$/u);
    }
    const elsewhere = selectAll('section:not(:has(> h2#endnotes)) .person h3', page()).map((heading) => toText(heading));
    expect(elsewhere).not.toContain('Benedetta Berti');
    expect(elsewhere).toContain('Félix Arteaga');
  });

  it('leaves no citation unprocessed', () => {
    expect(toText(page()).match(/\[[^\]]*@[\w-]+[^\]]*\]/gu) ?? []).toEqual([]);
  });

  it('has unique element ids', () => {
    const ids = selectAll('[id]', page()).map((element) => String(element.properties.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('internal links', () => {
  const pages = ['/glossary/', '/people/', ...readdirSync(join(ROOT, 'content/briefings')).map((name) => `/briefings/${name.replace(/\.mdx?$/u, '')}/`)];
  for (const sitePath of pages) {
    it(`${sitePath} has no broken internal links`, () => {
      expect(brokenInternalLinks(sitePath, readPage(sitePath))).toEqual([]);
    });
  }
});
