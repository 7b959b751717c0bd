import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks, fragmentTargets, linksOf, pageUrlPath, type BuiltPage } from '../../../tools/quality/check-links.ts';

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>` });

const source = page('sources/x/index.html', '<p id="p-1">One</p><p id="p-2">Two</p>');

describe('checkLinks', () => {
  it('accepts links to pages, files and paragraphs that exist', () => {
    const pages = [
      source,
      page('index.html', '<a href="/sources/x/">x</a> <a href="/sources/x/#p-2">¶2</a> <a href="#top">top</a> <link rel="stylesheet" href="/_astro/a.css">'),
      page('briefings/y/index.html', '<a href="../../sources/x/#p-1">relative</a> <img src="/chart.svg" srcset="/chart.svg 1x, /chart@2x.svg 2x" alt="">'),
    ];
    expect(checkLinks(pages, { base: '/', files: ['_astro/a.css', 'chart.svg', 'chart@2x.svg'] })).toEqual([]);
  });

  it('reports a missing page, a missing paragraph and a missing asset', () => {
    const pages = [source, page('index.html', '<a href="/sources/z/">z</a> <a href="/sources/x/#p-9">¶9</a> <script src="/_astro/gone.js"></script>')];
    const broken = checkLinks(pages, { base: '/' });
    expect(broken.map((link) => [link.url, link.reason])).toEqual([
      ['/sources/z/', 'no such file sources/z/index.html'],
      ['/sources/x/#p-9', 'no element with id "p-9" in sources/x/index.html'],
      ['/_astro/gone.js', 'no such file _astro/gone.js'],
    ]);
    expect(formatBrokenLinks(broken)).toContain('index.html: a[href]="/sources/z/" no such file sources/z/index.html');
  });

  it('checks same-page fragments against the page itself', () => {
    const broken = checkLinks([page('about/index.html', '<h2 id="how">How</h2><a href="#how">ok</a><a href="#nope">bad</a>')], { base: '/' });
    expect(broken).toHaveLength(1);
    expect(broken[0]?.url).toBe('#nope');
  });

  it('decodes percent-encoded fragments and paths', () => {
    const pages = [page('glossary/index.html', '<dt id="isis-k">ISIS-K</dt><dt id="café">café</dt>'), page('index.html', '<a href="/glossary/#caf%C3%A9">c</a>')];
    expect(checkLinks(pages, { base: '/' })).toEqual([]);
  });

  it('requires links to stay inside the base path', () => {
    const pages = [
      page('index.html', '<a href="/briefings-site/sources/x/#p-1">in</a> <a href="/sources/x/">out</a>'),
      source,
    ];
    const broken = checkLinks(pages, { base: '/briefings-site' });
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ url: '/sources/x/', reason: 'outside the base path /briefings-site/' });
  });

  it('resolves relative links from the page URL under the base path', () => {
    const pages = [page('briefings/y/index.html', '<a href="../../sources/x/#p-2">x</a>'), source];
    expect(checkLinks(pages, { base: '/briefings-site/' })).toEqual([]);
  });

  it('asks for the trailing slash the site is built with', () => {
    const broken = checkLinks([source, page('index.html', '<a href="/sources/x">x</a>')], { base: '/' });
    expect(broken[0]?.reason).toBe('directory without its trailing slash (a redirect at best)');
  });

  it('ignores external, mail and script URLs but checks absolute URLs to the site itself', () => {
    const pages = [
      source,
      page(
        'index.html',
        '<a href="https://example.com/x">e</a><a href="mailto:a@b.c">m</a><a href="javascript:void 0">j</a>' +
          '<link rel="canonical" href="https://briefings.example.org/sources/x/"><meta property="og:image" content="https://briefings.example.org/og/x.png">',
      ),
    ];
    expect(checkLinks(pages, { base: '/' })).toEqual([]);
    const broken = checkLinks(pages, { base: '/', site: 'https://briefings.example.org' });
    expect(broken.map((link) => link.attribute)).toEqual(['meta[og:image]']);
  });

  it('accepts text fragments and does not check fragments of non-HTML files', () => {
    const pages = [source, page('index.html', '<a href="/sources/x/#:~:text=Two">t</a><a href="/data/t.csv#row=2">csv</a>')];
    expect(checkLinks(pages, { base: '/', files: ['data/t.csv'] })).toEqual([]);
  });

  it('checks the element of a fragment that carries a text directive (a citation of a range of paragraphs)', () => {
    const pages = [source, page('index.html', '<a href="/sources/x/#p-1:~:text=One,Two">ok</a><a href="/sources/x/#p-9:~:text=One,Two">gone</a>')];
    expect(checkLinks(pages, { base: '/' }).map((link) => link.reason)).toEqual(['no element with id "p-9" in sources/x/index.html']);
  });

  it('checks SVG links', () => {
    const pages = [source, page('visuals/index.html', '<svg><a href="/sources/x/#p-3"><text>mark</text></a></svg>')];
    expect(checkLinks(pages, { base: '/' }).map((link) => link.reason)).toEqual(['no element with id "p-3" in sources/x/index.html']);
  });
});

// The same API was written on the publishing branch with a regex reader; its cases run here too,
// so either branch can land first and the one implementation satisfies both.
const builtPage = (path: string, body: string, head = ''): BuiltPage => ({ path, html: `<!doctype html><html><head>${head}</head><body>${body}</body></html>` });

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

describe('checkLinks (cases from the publishing branch)', () => {
  const pages = [
    builtPage('index.html', '<a href="/sources/x/#p-2">ok</a><a href="sources/x/">relative</a><a href="https://elsewhere.org/">external</a><a href="#top">self</a><a href="mailto:a@b.c">mail</a>'),
    builtPage('sources/x/index.html', '<p id="p-1"></p><p id="p-2"></p><a href="../../">home</a><link rel="stylesheet" href="/_astro/a.css">'),
  ];

  it('accepts a site whose links all resolve', () => {
    expect(checkLinks(pages, { base: '/', files: ['_astro/a.css'] })).toEqual([]);
  });

  it('reports a missing file, a missing fragment and a missing trailing slash', () => {
    const bad = [...pages, builtPage('about/index.html', '<a href="/nope/">1</a><a href="/sources/x/#p-9">2</a><a href="/sources/x">3</a><img src="/_astro/missing.png">')];
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
    const based = [builtPage('index.html', '<a href="/briefings-site/sources/x/">ok</a><a href="/sources/x/">forgot base</a>'), builtPage('sources/x/index.html', '')];
    expect(checkLinks(based, { base: '/briefings-site/' })).toEqual([
      { page: 'index.html', url: '/sources/x/', attribute: 'a[href]', reason: 'outside the base path /briefings-site/' },
    ]);
  });

  it('checks absolute links and card images on the site origin when site is given, and ignores text fragments', () => {
    const abs = [builtPage('index.html', '<a href="https://ex.org/b/gone/">x</a><a href="https://ex.org/b/#:~:text=hi">y</a>', '<meta property="og:image" content="https://ex.org/b/card.png">')];
    expect(checkLinks(abs, { base: '/b/', site: 'https://ex.org' }).map((b) => b.url)).toEqual(['https://ex.org/b/gone/', 'https://ex.org/b/card.png']);
    expect(checkLinks(abs, { base: '/b/' })).toEqual([]);
  });
});
