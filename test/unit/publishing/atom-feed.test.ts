import { XMLParser } from 'fast-xml-parser';
import { xmlProblems } from '../../helpers/xml.ts';
import { describe, expect, it } from 'vitest';
import { absolutizeHtml, chartsAsLinks, renderAtomFeed } from '../../../src/lib/publishing/atom-feed.ts';
import type { Problem } from '../../../src/lib/problems.ts';

describe('absolutizeHtml', () => {
  const page = 'https://ex.org/b/briefings/x/';
  it('makes site paths, relative paths and fragments absolute', () => {
    expect(absolutizeHtml('<a href="/b/sources/y/#p-3">1</a><a href="#note">2</a><img src="card.png">', page)).toBe(
      '<a href="https://ex.org/b/sources/y/#p-3">1</a><a href="https://ex.org/b/briefings/x/#note">2</a><img src="https://ex.org/b/briefings/x/card.png">',
    );
  });
  it('leaves other origins and schemes alone, keeps query strings escaped', () => {
    expect(absolutizeHtml('<a href="https://nyt.com/a?x=1&amp;y=2">n</a><a href="mailto:a@b.c">m</a><a href="/q/?a=1&amp;b=2">q</a>', page)).toBe(
      '<a href="https://nyt.com/a?x=1&amp;y=2">n</a><a href="mailto:a@b.c">m</a><a href="https://ex.org/q/?a=1&amp;b=2">q</a>',
    );
  });
  it('drops scripts, style elements and Astro scoping attributes', () => {
    expect(absolutizeHtml('<p data-astro-cid-7ciocgij class="x" data-astro-source-file="/a.astro">a</p><script>x()</script><style>p{}</style>', page)).toBe('<p class="x">a</p>');
  });
});

describe('renderAtomFeed', () => {
  const entry = {
    url: 'https://ex.org/briefings/x/',
    title: 'Fish & "chips" <now>',
    summary: 'Dek',
    contentHtml: '<p>Body with <a href="https://ex.org/sources/y/#p-1">a citation</a> &amp; more</p>',
    published: new Date('2025-11-20T00:00:00Z'),
    updated: new Date('2025-12-01T00:00:00Z'),
    authors: ['Desk'],
    categories: ['ISIS'],
  };
  const xml = renderAtomFeed({ title: 'T', subtitle: 'S', feedUrl: 'https://ex.org/feed.xml', siteUrl: 'https://ex.org/', icon: 'https://ex.org/i.png', language: 'en', entries: [entry] });

  it('is well-formed Atom whose entry round-trips title and full HTML content', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2025-12-01T00:00:00.000Z');
    expect(feed.entry.title).toBe('Fish & "chips" <now>');
    expect(feed.entry.content['#text']).toBe(entry.contentHtml);
    expect(feed.entry.content['@_type']).toBe('html');
  });

  it('stays well-formed when a dek, title or body holds characters XML forbids, and names the briefing and field', () => {
    const warnings: Problem[] = [];
    const controlled = { ...entry, source: 'content/briefings/x.mdx', title: 'Title\u001b', summary: 'A dek\u0007 with\u000b controls', contentHtml: '<p>Body\u0000</p>' };
    const xml = renderAtomFeed(
      { title: 'T', subtitle: 'S', feedUrl: 'https://ex.org/feed.xml', siteUrl: 'https://ex.org/', icon: 'https://ex.org/i.png', language: 'en', entries: [controlled] },
      { warn: (problem) => warnings.push(problem) },
    );
    expect(xmlProblems(xml)).toEqual([]);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml).feed;
    expect(parsed.entry.summary).toBe('A dek with controls');
    expect(warnings.map(({ file, message }) => `${file}: ${message}`)).toEqual([
      'content/briefings/x.mdx: title contains U+001B (ESC), which XML 1.0 does not allow; removed from feed.xml.',
      'content/briefings/x.mdx: dek contains U+0007 (BEL), U+000B (VT), which XML 1.0 does not allow; removed from feed.xml.',
      'content/briefings/x.mdx: body contains U+0000 (NUL), which XML 1.0 does not allow; removed from feed.xml.',
    ]);
  });

  it('an empty feed is still valid', () => {
    const empty = renderAtomFeed({ title: 'T', subtitle: 'S', feedUrl: 'https://ex.org/feed.xml', siteUrl: 'https://ex.org/', icon: 'https://ex.org/i.png', language: 'en', entries: [] });
    expect(xmlProblems(empty)).toEqual([]);
  });
});

describe('chartsAsLinks', () => {
  it('replaces each chart figure by a link to it on the page, keeping what surrounds it', () => {
    const html =
      '<p>Before.</p><figure class="chart" data-chart="map" id="chart-map"><figcaption><p class="chart-title" id="t">Where <em>it</em> acts</p></figcaption><svg><text>x</text></svg></figure><p>After.</p><figure class="photo"><img src="a.png"></figure>';
    expect(chartsAsLinks(html, 'https://ex.org/briefings/a/')).toBe(
      '<p>Before.</p><p class="chart-link">Chart: <a href="https://ex.org/briefings/a/#chart-map">Where it acts</a> (on the page, with its sources and data)</p><p>After.</p><figure class="photo"><img src="a.png"></figure>',
    );
  });
});
