import { describe, expect, it } from 'vitest';
import {
  PAGE_BUDGETS,
  checkPageBudgets,
  inlineCode,
  inlineResources,
  interactiveFeatures,
  resourceKind,
  siteWideScripts,
  weightTotals,
  type PageWeight,
  type Resource,
} from '../../../tools/quality/page-weight.ts';

const resource = (path: string, gzipBytes: number, extra: Partial<Resource> = {}): Resource => ({ path, kind: resourceKind(path), bytes: gzipBytes * 4, gzipBytes, ...extra });
const weight = (page: string, resources: Resource[], extra: Partial<PageWeight> = {}): PageWeight => ({ page, template: 'about.astro', features: [], resources, ...extra });

describe('resourceKind', () => {
  it('reads the kind from the path', () => {
    expect(resourceKind('/sources/x/')).toBe('html');
    expect(resourceKind('/404.html')).toBe('html');
    expect(resourceKind('/_astro/a.B1x.css')).toBe('css');
    expect(resourceKind('/_astro/a.js?v=1')).toBe('js');
    expect(resourceKind('/fonts/x.woff2')).toBe('font');
    expect(resourceKind('/og/x.png')).toBe('image');
    expect(resourceKind('/pagefind/pagefind.js')).toBe('js');
    expect(resourceKind('/pagefind/wasm.en.pagefind')).toBe('other');
  });
});

describe('inlineCode', () => {
  it('finds inline scripts and styles but not JSON data', () => {
    const html = '<style>a{}</style><script type="application/ld+json">{"a":1}</script><script>x()</script><script type="module" src="/a.js"></script>';
    expect(inlineCode(html)).toEqual([
      { kind: 'css', text: 'a{}' },
      { kind: 'js', text: 'x()' },
    ]);
  });

  it('names identical inline code identically on every page', () => {
    expect(inlineResources('<script>x()</script>')[0]?.path).toBe(inlineResources('<p></p><script>x()</script>')[0]?.path);
    expect(inlineResources('<script>x()</script>')[0]?.path).not.toBe(inlineResources('<script>y()</script>')[0]?.path);
  });
});

describe('weightTotals', () => {
  it('sums by kind, leaves images out of the total and counts inline code once', () => {
    const totals = weightTotals(weight('a', [resource('/a/', 3000), resource('/a.css', 1000), resource('/x.png', 50000), resource('inline:1', 200, { kind: 'js', inline: true })]));
    expect(totals).toMatchObject({ html: 3000, css: 1000, js: 200, image: 50000, total: 4000 });
  });
});

describe('interactiveFeatures', () => {
  it('recognises charts and citation and glossary previews by their markup', () => {
    expect(interactiveFeatures('<p>text</p>')).toEqual([]);
    expect(interactiveFeatures('<figure class="chart" data-chart="map"><svg></svg></figure>')).toEqual(['chart']);
    expect(interactiveFeatures('<a href="/sources/x/#p-3" class="cite-link" aria-describedby="cite-card-1">Shafaq ¶3</a>')).toEqual(['citation preview']);
    expect(interactiveFeatures('<a href="/glossary/#badia" class="glossary-link" aria-describedby="glossary-card-badia">Badia</a>')).toEqual(['citation preview']);
    expect(interactiveFeatures('<div class="search-page" data-search-page>')).toEqual(['search page']);
    expect(interactiveFeatures('<button type="button" data-copy-target="cite-this-bibtex" hidden>Copy BibTeX</button>')).toEqual(['copy button']);
  });
});

describe('checkPageBudgets', () => {
  const shortcuts = resource('/_astro/shortcuts.js', 400);

  it('passes a light page that loads only the site-wide script', () => {
    const pages = [weight('a', [resource('/a/', 3000), shortcuts]), weight('b', [resource('/b/', 3000), shortcuts])];
    const siteWide = siteWideScripts(pages);
    expect([...siteWide]).toEqual(['/_astro/shortcuts.js']);
    expect(pages.flatMap((page) => checkPageBudgets(page, siteWide))).toEqual([]);
  });

  it('fails a page without charts that loads a script of its own', () => {
    const pages = [weight('a', [resource('/a/', 3000), resource('/_astro/extra.js', 300)]), weight('b', [resource('/b/', 3000)])];
    expect(checkPageBudgets(pages[0]!, siteWideScripts(pages))).toEqual(['a: has no chart or citation preview or search page or copy button but loads JavaScript: /_astro/extra.js (0.3 KB).']);
  });

  it('allows chart pages their scripts within the briefing budget', () => {
    const briefing = weight('b', [resource('/b/', 9000), resource('/_astro/map.js', 6000)], { template: PAGE_BUDGETS.briefing.route, features: ['chart'] });
    expect(checkPageBudgets(briefing, new Set())).toEqual([]);
    const heavy = weight('b', [resource('/b/', 9000), resource('/_astro/map.js', 6000), resource('/_astro/timeline.js', 6000), resource('/_astro/all.css', 16 * 1024)], {
      template: PAGE_BUDGETS.briefing.route,
      features: ['chart'],
    });
    expect(checkPageBudgets(heavy, new Set())).toEqual([
      'b: loads 11.7 KB gzip of JavaScript; a briefing may load 10.0 KB.',
      'b: loads 16.0 KB gzip of CSS; a briefing may load 15.0 KB.',
    ]);
  });

  it('caps the site-wide script and the total transfer', () => {
    const big = resource('/_astro/everywhere.js', 2048);
    const pages = [weight('a', [resource('/a/', 101 * 1024), big]), weight('b', [resource('/b/', 1000), big])];
    expect(checkPageBudgets(pages[0]!, siteWideScripts(pages))).toEqual([
      'a: initial transfer is 103.0 KB gzip without images; the budget is 100.0 KB.',
      'a: the scripts every page loads total 2.0 KB gzip; they may total 1.0 KB.',
    ]);
  });
});
