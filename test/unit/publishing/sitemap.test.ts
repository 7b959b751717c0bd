import { XMLParser } from 'fast-xml-parser';
import { xmlProblems } from '../../helpers/xml.ts';
import { describe, expect, it } from 'vitest';
import { pageFacts, renderRobots, renderSitemap } from '../../../src/lib/publishing/sitemap.ts';

describe('pageFacts', () => {
  it('reads canonical, robots and the last change from the head', () => {
    const html =
      '<html><head><link rel="canonical" href="https://ex.org/a/?x=1&amp;y=2"><meta property="article:published_time" content="2025-11-20T00:00:00.000Z"><meta property="article:modified_time" content="2025-12-01T00:00:00.000Z"></head><body><link rel="canonical" href="https://wrong/"></body></html>';
    expect(pageFacts(html)).toEqual({ canonical: 'https://ex.org/a/?x=1&y=2', noindex: false, lastmod: '2025-12-01' });
  });

  it('sees noindex', () => {
    expect(pageFacts('<head><meta name="robots" content="noindex"></head>')).toEqual({ noindex: true });
  });
});

describe('xmlProblems (the well-formedness check these tests use)', () => {
  it('finds mismatched tags and bare ampersands', () => {
    expect(xmlProblems('<a><b></a>').length).toBeGreaterThan(0);
    expect(xmlProblems('<a>fish & chips</a>').length).toBeGreaterThan(0);
    expect(xmlProblems('<a>fish &amp; chips</a>')).toEqual([]);
  });
});

describe('renderSitemap', () => {
  it('stays well-formed when an address holds a character XML forbids, and names the page', () => {
    const warnings: string[] = [];
    const xml = renderSitemap([{ loc: 'https://ex.org/a\u0007/', page: 'a/index.html' }], { warn: ({ file, message }) => warnings.push(`${file}: ${message}`) });
    expect(xmlProblems(xml)).toEqual([]);
    expect(warnings).toEqual(['a/index.html: canonical link contains U+0007 (BEL), which XML 1.0 does not allow; removed from sitemap.xml.']);
  });

  it('writes valid XML, sorted and escaped', () => {
    const xml = renderSitemap([{ loc: 'https://ex.org/b/?q=1&r=2' }, { loc: 'https://ex.org/a/', lastmod: '2025-11-20' }]);
    expect(xmlProblems(xml)).toEqual([]);
    const urls = new XMLParser().parse(xml).urlset.url;
    expect(urls).toEqual([{ loc: 'https://ex.org/a/', lastmod: '2025-11-20' }, { loc: 'https://ex.org/b/?q=1&r=2' }]);
  });
});

describe('renderRobots', () => {
  it('points at the sitemap', () => {
    expect(renderRobots('https://ex.org/b/sitemap.xml')).toContain('Sitemap: https://ex.org/b/sitemap.xml');
  });
});
