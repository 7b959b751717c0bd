import { describe, expect, it } from 'vitest';
import { groupByTemplate, pageFeatures, pickRepresentativePages, routeTemplates, templateOf } from '../../../tools/quality/page-templates.ts';

const routes = [
  'index.astro',
  '404.astro',
  'about.astro',
  'briefings/index.astro',
  'briefings/[slug].astro',
  'sources/[slug].astro',
  'sources/index.astro',
  'docs/[...path].astro',
  'guide.mdx',
  'rss.xml.ts',
  'og/[slug].png.ts',
  '_draft.astro',
];

describe('routeTemplates', () => {
  const templates = routeTemplates(routes);
  const route = (path: string) => templateOf(path, templates)?.route;

  it('keeps page routes and leaves out endpoints and underscored files', () => {
    expect(templates.map((template) => template.route).sort()).toEqual(
      ['404.astro', 'about.astro', 'briefings/[slug].astro', 'briefings/index.astro', 'docs/[...path].astro', 'guide.mdx', 'index.astro', 'sources/[slug].astro', 'sources/index.astro'].sort(),
    );
  });

  it('maps built pages to the route that made them', () => {
    expect(route('index.html')).toBe('index.astro');
    expect(route('404.html')).toBe('404.astro');
    expect(route('about/index.html')).toBe('about.astro');
    expect(route('guide/index.html')).toBe('guide.mdx');
    expect(route('briefings/index.html')).toBe('briefings/index.astro');
    expect(route('briefings/why-x/index.html')).toBe('briefings/[slug].astro');
    expect(route('sources/nyt-2024/index.html')).toBe('sources/[slug].astro');
    expect(route('docs/a/b/index.html')).toBe('docs/[...path].astro');
    expect(route('briefings/a/b/index.html')).toBeUndefined();
    expect(route('pagefind/x.html')).toBeUndefined();
  });
});

describe('groupByTemplate', () => {
  it('puts every page in exactly one group, unexplained pages alone', () => {
    const templates = routeTemplates(routes);
    const pages = ['sources/b/index.html', 'index.html', 'sources/a/index.html', 'stray/page.html'].map((path) => ({ path }));
    expect(groupByTemplate(pages, templates)).toEqual([
      { template: '(no route) stray/page.html', pages: [{ path: 'stray/page.html' }] },
      { template: 'index.astro', pages: [{ path: 'index.html' }] },
      { template: 'sources/[slug].astro', pages: [{ path: 'sources/a/index.html' }, { path: 'sources/b/index.html' }] },
    ]);
  });
});

describe('pickRepresentativePages', () => {
  const page = (path: string, body: string) => ({ path, html: `<html><body>${body}</body></html>` });

  it('picks one page when it shows everything the others do', () => {
    const pages = [page('a', '<p>x</p>'), page('b', '<p>x</p><figure data-chart="map"></figure>'), page('c', '<p>y</p>')];
    expect(pickRepresentativePages(pages).map((picked) => picked.path)).toEqual(['b']);
  });

  it('adds pages until every chart kind and component is covered', () => {
    const pages = [
      page('plain', '<figure></figure>'),
      page('map', '<figure data-chart="map"><svg role="img"></svg></figure>'),
      page('timeline', '<figure data-chart="timeline"><svg role="img"></svg></figure><aside class="analysis"></aside>'),
    ];
    expect(pickRepresentativePages(pages).map((picked) => picked.path)).toEqual(['timeline', 'map']);
  });

  it('reads tags, classes, roles and data attributes as features', () => {
    expect([...pageFeatures('<div class="a b" role="note" data-chart="figures"></div>')]).toEqual(
      expect.arrayContaining(['tag:div', 'class:a', 'class:b', 'role:note', 'data:dataChart', 'data-chart=figures']),
    );
  });
});
