import { describe, expect, it } from 'vitest';
import { checkLinks, formatBrokenLinks } from '../../../src/lib/links/check-links.ts';

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
      ['/sources/z/', 'no file sources/z/index.html in the build'],
      ['/sources/x/#p-9', 'no element with id="p-9" on sources/x/index.html'],
      ['/_astro/gone.js', 'no file _astro/gone.js in the build'],
    ]);
    expect(formatBrokenLinks(broken)).toContain('index.html: a[href]="/sources/z/" no file sources/z/index.html in the build');
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
    expect(broken[0]).toMatchObject({ url: '/sources/x/', reason: 'points outside the base path /briefings-site/' });
  });

  it('resolves relative links from the page URL under the base path', () => {
    const pages = [page('briefings/y/index.html', '<a href="../../sources/x/#p-2">x</a>'), source];
    expect(checkLinks(pages, { base: '/briefings-site/' })).toEqual([]);
  });

  it('asks for the trailing slash the site is built with', () => {
    const broken = checkLinks([source, page('index.html', '<a href="/sources/x">x</a>')], { base: '/' });
    expect(broken[0]?.reason).toMatch(/needs a trailing slash \(\/sources\/x\/\)/u);
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

  it('checks SVG links', () => {
    const pages = [source, page('visuals/index.html', '<svg><a href="/sources/x/#p-3"><text>mark</text></a></svg>')];
    expect(checkLinks(pages, { base: '/' }).map((link) => link.reason)).toEqual(['no element with id="p-3" on sources/x/index.html']);
  });
});
