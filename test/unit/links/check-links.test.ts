import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks, fragmentTargets, linksOf, pageUrlPath, type BuiltPage } from '../../../src/lib/links/check-links.ts';

const page = (path: string, body: string, head = ''): BuiltPage => ({ path, html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>` });

describe('linksOf', () => {
  it('reads href, src and srcset, decoding entities and skipping comments', () => {
    const html = '<a href="/a/?x=1&amp;y=2">a</a><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><!-- <a href="/hidden/"> --><link rel="preconnect" href="https://x.org">';
    expect(linksOf(html)).toEqual([
      { url: '/a/?x=1&y=2', attribute: 'a[href]' },
      { url: '/i.png', attribute: 'img[src]' },
      { url: '/i-1.png', attribute: 'img[srcset]' },
      { url: '/i-2.png', attribute: 'img[srcset]' },
    ]);
  });

  it('reads the social card and page URL meta tags', () => {
    expect(linksOf('<meta property="og:image" content="https://ex.org/card.png"><meta name="twitter:image" content="https://ex.org/c.png"><meta name="description" content="/x/">')).toEqual([
      { url: 'https://ex.org/card.png', attribute: 'meta[og:image]' },
      { url: 'https://ex.org/c.png', attribute: 'meta[twitter:image]' },
    ]);
  });
});

describe('fragmentTargets', () => {
  it('collects ids and anchor names', () => {
    expect([...fragmentTargets('<p id="p-1">x</p><a name="old">y</a><h2 class="x" id=\'h\'>z</h2>')].sort()).toEqual(['h', 'old', 'p-1']);
  });
});

describe('pageUrlPath', () => {
  it('maps index.html to its directory under the base', () => {
    expect(pageUrlPath('index.html', '/')).toBe('/');
    expect(pageUrlPath('sources/x/index.html', '/b/')).toBe('/b/sources/x/');
    expect(pageUrlPath('404.html', '/b/')).toBe('/b/404.html');
  });
});

describe('checkLinks', () => {
  const pages = [
    page('index.html', '<a href="/sources/x/#p-2">ok</a><a href="sources/x/">relative</a><a href="https://elsewhere.org/">external</a><a href="#top">self</a><a href="mailto:a@b.c">mail</a>'),
    page('sources/x/index.html', '<p id="p-1"></p><p id="p-2"></p><a href="../../">home</a><link rel="stylesheet" href="/_astro/a.css">'),
  ];

  it('accepts a site whose links all resolve', () => {
    expect(checkLinks(pages, { base: '/', files: ['_astro/a.css'] })).toEqual([]);
  });

  it('reports a missing file, a missing fragment and a missing trailing slash', () => {
    const bad = [...pages, page('about/index.html', '<a href="/nope/">1</a><a href="/sources/x/#p-9">2</a><a href="/sources/x">3</a><img src="/_astro/missing.png">')];
    const broken = checkLinks(bad, { base: '/', files: ['_astro/a.css'] });
    expect(broken.map((b) => [b.attribute, b.url, b.reason])).toEqual([
      ['a[href]', '/nope/', 'no such file nope/index.html'],
      ['a[href]', '/sources/x/#p-9', 'no element with id "p-9" in sources/x/index.html'],
      ['a[href]', '/sources/x', 'directory without its trailing slash (a redirect at best)'],
      ['img[src]', '/_astro/missing.png', 'no such file _astro/missing.png'],
    ]);
    expect(broken.every((b) => b.page === 'about/index.html')).toBe(true);
    expect(formatBrokenLinks(broken).split('\n')[0]).toBe('about/index.html: a[href]="/nope/" no such file nope/index.html');
  });

  it('under a base path, flags a root-absolute link that forgot the base', () => {
    const based = [page('index.html', '<a href="/briefings-site/sources/x/">ok</a><a href="/sources/x/">forgot base</a>'), page('sources/x/index.html', '')];
    expect(checkLinks(based, { base: '/briefings-site/' })).toEqual([
      { page: 'index.html', url: '/sources/x/', attribute: 'a[href]', reason: 'outside the base path /briefings-site/' },
    ]);
  });

  it('checks absolute links and card images on the site origin when site is given, and ignores text fragments', () => {
    const abs = [page('index.html', '<a href="https://ex.org/b/gone/">x</a><a href="https://ex.org/b/#:~:text=hi">y</a>', '<meta property="og:image" content="https://ex.org/b/card.png">')];
    expect(checkLinks(abs, { base: '/b/', site: 'https://ex.org' }).map((b) => b.url)).toEqual(['https://ex.org/b/gone/', 'https://ex.org/b/card.png']);
    expect(checkLinks(abs, { base: '/b/' })).toEqual([]);
  });
});
