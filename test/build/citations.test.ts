import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { citationKeysIn } from '../../src/lib/citations/citation-key.ts';
import { assertDistBuilt, distFiles, readPage } from '../helpers/dist.ts';

beforeAll(assertDistBuilt);

const briefingPages = () =>
  distFiles('.html')
    .filter((file) => /^briefings\/[^/]+\/index\.html$/u.test(file))
    .map((file) => `/${file.replace(/index\.html$/u, '')}`);
const sourcePages = () =>
  distFiles('.html')
    .filter((file) => /^sources\/[^/]+\/index\.html$/u.test(file))
    .map((file) => `/${file.replace(/index\.html$/u, '')}`);

function splitHref(href: string): { path: string; fragment: string } {
  const [path = '', fragment = ''] = href.split('#');
  // `#p-5:~:text=…` (a range of paragraphs): the element is p-5, the directive is for highlighting.
  return { path, fragment: fragment.split(':~:')[0] ?? '' };
}

/** Every string value of a JSON document (its keys, such as JSON-LD's "@type", are not text). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

/** A page's text as a reader (or a search engine) gets it: its visible text without code, and the values of its structured data. */
function publishedText(page: string): string {
  const tree = structuredClone(readPage(page)) as Root;
  const structured = selectAll('script[type="application/ld+json"]', tree).flatMap((script) => stringsOf(JSON.parse(toText(script))));
  for (const element of selectAll('code, pre, script, style, template', tree)) (element as Element).children = [];
  return [toText(tree), ...structured].join('\n');
}

describe('citations in dist/', () => {
  it('no page holds an unresolved citation: no @key, and no bracket holding an at-sign before a word, outside code', () => {
    const pages = distFiles('.html').map((file) => `/${file.replace(/index\.html$/u, '')}`);
    expect(pages.length).toBeGreaterThan(20);
    const found = pages.flatMap((page) => {
      const text = publishedText(page);
      const keys = citationKeysIn(text).map(({ start, key }) => text.slice(start, start + key.length));
      const brackets = text.match(/\[[^\]\n]*(?<![\p{L}\p{N}_])@[\p{L}\p{N}_{][^\]\n]*\]/gu) ?? [];
      return [...keys, ...brackets].map((raw) => `${page}: ${raw}`);
    });
    expect(found).toEqual([]);
  });


  it('has briefings with citations', () => {
    const links = briefingPages().flatMap((page) => selectAll('a.cite-link', readPage(page)));
    expect(links.length).toBeGreaterThan(0);
  });

  it('every citation link lands on an existing paragraph or source page', () => {
    for (const page of briefingPages()) {
      for (const link of selectAll('a.cite-link', readPage(page))) {
        const { path, fragment } = splitHref(String(link.properties.href));
        expect(path, `${page}: ${String(link.properties.href)}`).toMatch(/^\/sources\/[^/]+\/$/u);
        const target = readPage(path);
        if (fragment) expect(select(`[id="${fragment}"]`, target), `${page} → ${path}#${fragment}`).toBeDefined();
      }
    }
  });

  it('every citation names a preview card that exists on its page', () => {
    for (const page of briefingPages()) {
      const tree = readPage(page);
      for (const link of selectAll('a.cite-link', tree)) {
        const card = String(link.properties.ariaDescribedBy);
        expect(select(`[id="${card}"].cite-card`, tree), `${page}: ${card}`).toBeDefined();
      }
    }
  });

  it('the Sources list has one entry per cited source, under the label its markers show', () => {
    for (const page of briefingPages()) {
      const tree = readPage(page);
      const links = selectAll('a.cite-link', tree);
      if (links.length === 0) continue;
      const labels = new Map<string, string>();
      for (const link of links) {
        const text = toText(link);
        if (text.startsWith('¶')) continue; // a continuation: "[Shafaq ¶5, ¶6]"
        const source = splitHref(String(link.properties.href)).path;
        labels.set(source, text.replace(/ ¶\d+$/u, ''));
      }
      const entries = selectAll('.cited-sources li', tree);
      expect(entries).toHaveLength(labels.size);
      for (const [source, label] of labels) {
        const slug = source.split('/')[2];
        const entry = select(`[id="source-${slug}"]`, tree);
        expect(entry, `${page}: Sources entry for ${slug}`).toBeDefined();
        expect(toText(select('.cite-label', entry!)!)).toBe(label);
        expect(selectAll('a', entry!).some((anchor) => anchor.properties.href === source)).toBe(true);
      }
    }
  });

  it('a source has the same marker on every page', () => {
    const seen = new Map<string, { label: string; page: string }>();
    for (const page of briefingPages()) {
      for (const link of selectAll('a.cite-link', readPage(page))) {
        const text = toText(link);
        if (text.startsWith('¶')) continue;
        const source = splitHref(String(link.properties.href)).path;
        const label = text.replace(/ ¶\d+$/u, '');
        const first = seen.get(source);
        if (first) expect(label, `${source}: "${label}" on ${page}, "${first.label}" on ${first.page}`).toBe(first.label);
        else seen.set(source, { label, page });
      }
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('each source page lists exactly the briefings that cite it, and each backlink returns to a citation of that source', () => {
    const citing = new Map<string, Set<string>>();
    for (const page of briefingPages()) {
      for (const link of selectAll('a.cite-link', readPage(page))) {
        const source = splitHref(String(link.properties.href)).path;
        if (!citing.has(source)) citing.set(source, new Set());
        citing.get(source)?.add(page);
      }
    }
    for (const page of sourcePages()) {
      const tree = readPage(page);
      const section = select('.cited-in', tree);
      expect(section, `${page}: Cited in section`).toBeDefined();
      const listed = new Set(selectAll('li > a', section!).map((anchor) => String(anchor.properties.href)));
      expect([...listed].sort()).toEqual([...(citing.get(page) ?? [])].sort());
      for (const backlink of selectAll('a.backlink', tree)) {
        const { path, fragment } = splitHref(String(backlink.properties.href));
        const citation = select(`[id="${fragment}"]`, readPage(path));
        expect(citation, `${page}: backlink ${path}#${fragment}`).toBeDefined();
        expect(splitHref(String(citation!.properties.href)).path).toBe(page);
      }
    }
  });
});
