import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, assertDistBuilt, distFiles, readPage } from '../helpers/dist.ts';
import { readIndexedPages, type IndexedPage } from '../helpers/pagefind.ts';

const PAGEFIND = join(DIST, 'pagefind');
const SITE_CHROME = [
  'Skip to content',
  'Evidence-based briefings on the Islamic State and the coalition against it',
  'How we work',
  'Source library',
  'On this page',
  'Related briefings',
  'Used in:',
];
const TYPES: [prefix: string, type: string][] = [
  ['/sources/', 'source'],
  ['/briefings/', 'briefing'],
  ['/visuals/', 'chart'],
  ['/glossary/', 'glossary'],
];
const typeOf = (url: string) => TYPES.find(([prefix]) => url.startsWith(prefix))?.[1];

function subPages(section: string): string[] {
  return readdirSync(join(DIST, section)).filter((name) => statSync(join(DIST, section, name)).isDirectory());
}

let pages: IndexedPage[];
beforeAll(() => {
  assertDistBuilt();
  pages = readIndexedPages(PAGEFIND);
});

describe('the search index in dist/pagefind/', () => {
  it('holds exactly the source, briefing and chart pages and the glossary', () => {
    const expected = [
      ...subPages('sources').map((slug) => `/sources/${slug}/`),
      ...subPages('briefings').map((slug) => `/briefings/${slug}/`),
      ...(existsSync(join(DIST, 'visuals')) ? subPages('visuals').map((slug) => `/visuals/${slug}/`) : []),
      ...(existsSync(join(DIST, 'glossary')) ? ['/glossary/'] : []),
    ];
    expect(pages.map((page) => page.url).sort()).toEqual(expected.sort());
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(entry.languages.en?.page_count).toBe(expected.length);
  });

  it('leaves out the site chrome, the attribution block and the paragraph number links', () => {
    for (const page of pages) {
      for (const chrome of SITE_CHROME) expect(page.content, `${page.url} contains "${chrome}"`).not.toContain(chrome);
      expect(page.content).not.toMatch(/Copyright remains with the publisher|By The briefings desk/u);
      expect(page.content).not.toMatch(/\bParagraph \d/u);
    }
  });

  it('gives each page its type, and each source and briefing its year and date, each source its publisher, regions and topics', () => {
    for (const page of pages) {
      const type = typeOf(page.url);
      expect(page.filters.type).toEqual([type]);
      expect(page.meta.type).toBe(type);
      expect(page.meta.title).toBe(toText(select('h1', readPage(page.url))!));
      if (type === 'source' || type === 'briefing') {
        expect(page.filters.year?.[0]).toMatch(/^\d{4}$/u);
        expect(page.meta.date).toMatch(/^\d{4}(-\d{2}){0,2}$/u);
      } else {
        expect(page.filters.year).toBeUndefined();
      }
      if (type === 'source') {
        const attribution = toText(select('.attribution', readPage(page.url))!);
        expect(page.filters.publisher).toHaveLength(1);
        expect(attribution).toContain(page.filters.publisher![0]);
        expect(page.meta.publisher).toBe(page.filters.publisher![0]);
        expect(page.filters.region?.length).toBeGreaterThan(0);
        expect(page.filters.topic?.length).toBeGreaterThan(0);
      } else {
        expect(page.filters.publisher).toBeUndefined();
      }
    }
  });

  it('indexes a chart’s drawing and data on its own page, not in the briefings that embed it', () => {
    const embedding = pages.filter((page) => page.url.startsWith('/briefings/') && select('article figure.chart', readPage(page.url)));
    for (const page of embedding) {
      for (const caption of selectAll('article figure.chart .chart-caption', readPage(page.url))) expect(page.content).toContain(toText(caption).slice(0, 40));
      expect(page.content, page.url).not.toMatch(/Drawn as|Download the data|Marker at/u);
    }
    const chartPages = pages.filter((page) => page.url.startsWith('/visuals/'));
    for (const page of chartPages) {
      expect(page.content, page.url).not.toMatch(/Download the data|Data \(table\)/u);
    }
  });

  it('indexes a chart page’s data as readable sentences, each with its source’s marker, not as table cells run together', () => {
    const chartPages = pages.filter((page) => page.url.startsWith('/visuals/'));
    expect(chartPages.length).toBeGreaterThan(0);
    for (const page of chartPages) {
      expect(page.content, page.url).not.toMatch(/saysDrawn|Drawn asSource|EventCategory|RelationActor/u);
      const sentences = page.content.match(/[^()]+ \([A-Z][\w ]* ¶\d+\)/gu) ?? [];
      expect(sentences.length, page.url).toBeGreaterThan(3);
    }
    const map = pages.find((page) => page.url === '/visuals/map/')!;
    expect(map.content).toMatch(/Mali — Sahel: militants killing thousands and displacing millions \([A-Z][\w ]* ¶\d+\)/u);
    const network = pages.find((page) => page.url === '/visuals/network/')!;
    expect(network.content).toMatch(/(ISIS fights United States|United States fights ISIS) \([A-Z][\w ]* ¶\d+\)/u);
  });

  it('offers each glossary term as a sub-result', () => {
    const glossary = pages.find((page) => page.url === '/glossary/');
    if (!glossary) return;
    const entries = selectAll('.glossary-entry[id]', readPage('/glossary/'));
    const titled = glossary.anchors.filter((anchor) => anchor.title);
    expect(titled.map((anchor) => anchor.id).sort()).toEqual(entries.map((entry) => String(entry.properties.id)).sort());
  });

  it('records every source paragraph as an anchor whose text is exactly the paragraph’s words', () => {
    const shafaq = pages.find((page) => page.url === '/sources/shafaq-iraq-resurgence-2025/')!;
    const words = shafaq.content.split(/\s+/u);
    const paragraphs = shafaq.anchors.filter((anchor) => /^p-\d+$/u.test(anchor.id));
    expect(paragraphs.length).toBe(selectAll('[id^="p-"]', readPage(shafaq.url)).length);
    for (const anchor of paragraphs) {
      const text = anchor.text!.trim().split(/\s+/u);
      expect(words.slice(anchor.location, anchor.location + text.length)).toEqual(text);
    }
    const wadi = paragraphs.find((anchor) => anchor.text?.includes('Wadi Hauran'));
    expect(wadi).toBeDefined();
  });

  it('offers source sections as sub-results: source headings carry ids', () => {
    const headings = selectAll('h2.source-heading', readPage('/sources/shafaq-iraq-resurgence-2025/'));
    expect(headings.length).toBeGreaterThan(3);
    for (const heading of headings) expect(heading.properties.id).toMatch(/^section-\d+$/u);
  });

  it('ships only the parts of Pagefind the interface uses', () => {
    expect(existsSync(join(PAGEFIND, 'pagefind.js'))).toBe(true);
    expect(existsSync(join(PAGEFIND, 'pagefind-worker.js'))).toBe(true);
    expect(existsSync(join(PAGEFIND, 'wasm.en.pagefind'))).toBe(true);
    for (const unused of ['pagefind-ui.js', 'pagefind-component-ui.js', 'pagefind-highlight.js', 'wasm.unknown.pagefind']) {
      expect(existsSync(join(PAGEFIND, unused)), unused).toBe(false);
    }
  });
});

describe('search in the built pages', () => {
  const htmlPages = () => distFiles('.html').filter((file) => !file.startsWith('pagefind/'));

  it('puts a GET search form with a labelled q field in the header of every page but the search page', () => {
    for (const file of htmlPages()) {
      const tree = readPage(`/${file}`);
      const form = select('header form[role="search"]', tree);
      if (file === 'search/index.html') {
        expect(form, file).toBeUndefined();
        continue;
      }
      expect(form, file).toBeDefined();
      expect(form!.properties.action).toBe('/search/');
      expect(form!.properties.method).toBe('get');
      const input = select('input[name="q"]', form!) as Element;
      expect(select(`label[for="${String(input.properties.id)}"]`, form!), file).toBeDefined();
    }
  });

  it('has a search page that works as the form’s target and explains what to do without JavaScript', () => {
    const tree = readPage('/search/');
    const form = select('main form[role="search"]', tree)!;
    expect(form.properties.action).toBe('/search/');
    expect(form.properties.method).toBe('get');
    expect(select('input[name="q"]', form)).toBeDefined();
    const noJs = select('[data-search-nojs]', tree)!;
    expect(toText(noJs)).toMatch(/needs JavaScript/u);
    expect(select('a[href="/sources/"]', noJs)).toBeDefined();
    expect(select('a[href="/briefings/"]', noJs)).toBeDefined();
    expect(select('[data-search-app]', tree)!.properties.hidden).toBe(true);
  });

  it('loads scripts from files only (a strict Content-Security-Policy allows no inline script)', () => {
    for (const file of htmlPages()) {
      for (const script of selectAll('script', readPage(`/${file}`))) {
        const type = String(script.properties.type ?? '');
        if (type === 'application/ld+json' || type === 'application/json') continue;
        expect(script.properties.src, `inline script in ${file}`).toBeDefined();
        expect(toText(script).trim(), file).toBe('');
      }
    }
  });

  it('loads only a tiny search script with every page: the shortcuts and the loader of the search box', () => {
    for (const file of htmlPages()) {
      if (file === 'search/index.html') continue;
      const scripts = selectAll('script[src]', readPage(`/${file}`)).map((script) => String(script.properties.src));
      const search = scripts.filter((src) => readFileSync(join(DIST, src), 'utf8').includes('data-search-input'));
      expect(search, file).toHaveLength(1);
      expect(statSync(join(DIST, search[0]!)).size, file).toBeLessThan(1024);
      expect(scripts.filter((src) => /pagefind|search-box/u.test(src)), file).toEqual([]);
      expect(selectAll('link[rel="stylesheet"]', readPage(`/${file}`)).filter((link) => /search/u.test(String(link.properties.href))), file).toEqual([]);
    }
  });
});
