import { describe, expect, it } from 'vitest';
import { pageMeta, type MetaTag } from '../../../src/lib/publishing/page-meta.ts';
import { briefingJsonLd, serializeJsonLd } from '../../../src/lib/publishing/json-ld.ts';

const content = (tags: MetaTag[], key: string) => tags.filter((tag) => ('name' in tag ? tag.name : tag.property) === key).map((tag) => tag.content);
const base = {
  siteName: 'Site',
  title: 'A briefing',
  description: 'Dek',
  canonical: 'https://ex.org/b/briefings/a/',
  image: { url: 'https://ex.org/b/briefings/a/card.png', alt: 'Alt', width: 1200, height: 630 },
  type: 'article' as const,
  locale: 'en_GB',
};

describe('pageMeta', () => {
  it('gives title, canonical, Open Graph and Twitter card tags', () => {
    const meta = pageMeta({ ...base, article: { published: new Date('2025-11-20T00:00:00Z'), authors: ['Desk'], tags: ['ISIS'] } });
    expect(meta.title).toBe('A briefing · Site');
    expect(meta.canonical).toBe(base.canonical);
    expect(content(meta.tags, 'og:url')).toEqual([base.canonical]);
    expect(content(meta.tags, 'og:image')).toEqual([base.image.url]);
    expect(content(meta.tags, 'og:image:width')).toEqual(['1200']);
    expect(content(meta.tags, 'twitter:card')).toEqual(['summary_large_image']);
    expect(content(meta.tags, 'article:published_time')).toEqual(['2025-11-20T00:00:00.000Z']);
    expect(content(meta.tags, 'article:modified_time')).toEqual([]);
    expect(content(meta.tags, 'robots')).toEqual([]);
  });

  it('uses the site name alone on the home page, and marks noindex pages', () => {
    const meta = pageMeta({ ...base, title: 'Site', type: 'website', noindex: true });
    expect(meta.title).toBe('Site');
    expect(content(meta.tags, 'robots')).toEqual(['noindex']);
  });
});

describe('briefingJsonLd', () => {
  const data = briefingJsonLd({
    url: 'https://ex.org/briefings/a/',
    headline: 'H',
    description: 'D',
    image: 'https://ex.org/briefings/a/card.png',
    published: new Date('2025-11-20T00:00:00Z'),
    authors: ['Desk'],
    keywords: ['ISIS'],
    language: 'en',
    siteName: 'Site',
    siteUrl: 'https://ex.org/',
    citations: [
      { title: 'Original', publisher: 'NYT', authors: ['A B'], published: '2024-03-31', url: 'https://nyt.com/x', sourcePage: 'https://ex.org/sources/x/' },
      { title: 'No address', publisher: 'Wire', authors: [], published: '2025-09', url: null, sourcePage: 'https://ex.org/sources/y/' },
    ],
  });

  it('is a NewsArticle citing each source, linking the original where known', () => {
    expect(data['@type']).toBe('NewsArticle');
    expect(data.dateModified).toBe('2025-11-20T00:00:00.000Z');
    expect(data.citation).toEqual([
      expect.objectContaining({ '@type': 'CreativeWork', name: 'Original', url: 'https://nyt.com/x', sameAs: 'https://ex.org/sources/x/', datePublished: '2024-03-31' }),
      expect.objectContaining({ name: 'No address', url: 'https://ex.org/sources/y/', datePublished: '2025-09' }),
    ]);
    expect((data.citation as Record<string, unknown>[])[1]).not.toHaveProperty('author');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it sits in', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script> & more' });
    expect(text).not.toMatch(/[<>&]/u);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });
});

describe('briefingJsonLd with corrections', () => {
  it('gives each correction as a CorrectionComment with its day and plain text, and dateModified', () => {
    const data = briefingJsonLd({
      url: 'https://ex.org/briefings/a/',
      headline: 'H',
      description: 'D',
      image: 'https://ex.org/briefings/a/card.png',
      published: new Date('2025-11-20T00:00:00Z'),
      modified: new Date('2026-11-30T00:00:00Z'),
      corrections: [{ id: 'correction-1', date: new Date('2026-11-30T00:00:00Z'), wrong: 'It said “much”.', nowHtml: '<p>It says “most” <span class="citation">[<a href="/s/#p-9">Shafaq ¶9</a>]</span> &amp; more.</p>' }],
      authors: ['Desk'],
      keywords: [],
      language: 'en',
      siteName: 'Site',
      siteUrl: 'https://ex.org/',
      citations: [],
    });
    expect(data.dateModified).toBe('2026-11-30T00:00:00.000Z');
    expect(data.correction).toEqual([
      { '@type': 'CorrectionComment', url: 'https://ex.org/briefings/a/#correction-1', datePublished: '2026-11-30T00:00:00.000Z', text: 'It said “much”. It says “most” [Shafaq ¶9] & more.' },
    ]);
  });
});
