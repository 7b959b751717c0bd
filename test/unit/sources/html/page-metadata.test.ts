import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { languageTag, readPageMetadata } from '../../../../src/lib/sources/html/page-metadata.ts';

function metadata(head: string, body = '<p>Text.</p>', htmlAttributes = '') {
  const html = `<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;
  const { document } = parseHTML(html) as unknown as { document: Document };
  return readPageMetadata(document, html);
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('readPageMetadata', () => {
  it('trusts JSON-LD first, then Open Graph, then citation_*, then <meta name="author">', () => {
    const head = [
      jsonLd({ '@context': 'https://schema.org', '@type': 'ReportageNewsArticle', headline: 'From JSON-LD', author: { '@type': 'Person', name: 'Ada Writer' }, datePublished: '2025-02-03T10:00:00+03:00', publisher: { '@type': 'Organization', name: 'The Ledger' } }),
      '<meta property="og:title" content="From OG"><meta property="og:site_name" content="OG Site"><meta property="article:published_time" content="2024-01-01">',
      '<meta name="citation_title" content="From citation"><meta name="citation_author" content="C. Author">',
      '<meta name="author" content="Meta Author">',
    ].join('');
    const { facts } = metadata(head);
    expect(facts.title).toEqual({ value: 'From JSON-LD', from: 'JSON-LD headline' });
    expect(facts.publisher).toEqual({ value: 'The Ledger', from: 'JSON-LD publisher' });
    expect(facts.authors).toEqual({ value: ['Ada Writer'], from: 'JSON-LD author' });
    expect(facts.published).toEqual({ value: { date: '2025-02-03', precision: 'day' }, from: 'JSON-LD datePublished' });
    expect(facts.kind).toEqual({ value: 'news report', from: 'JSON-LD @type ReportageNewsArticle' });
  });

  it('falls back field by field: Open Graph, then Highwire citation_*, then the author meta tag', () => {
    const { facts } = metadata('<meta property="og:site_name" content="OG Site"><meta name="citation_title" content="A Paper"><meta name="citation_publication_date" content="2019/11/28"><meta name="citation_author" content="Arteaga, Félix"><meta name="author" content="Someone Else">');
    expect(facts.title).toEqual({ value: 'A Paper', from: 'citation_title' });
    expect(facts.publisher?.from).toBe('og:site_name');
    expect(facts.published?.value).toEqual({ date: '2019-11-28', precision: 'day' });
    expect(facts.authors).toEqual({ value: ['Arteaga, Félix'], from: 'citation_author' });
    expect(metadata('<meta name="author" content="Someone Else">').facts.authors).toEqual({ value: ['Someone Else'], from: '<meta name="author">' });
  });

  it('reads JSON-LD inside @graph, and ignores article:author profile URLs and an organisation credited as author', () => {
    const head = jsonLd({ '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': ['NewsArticle'], headline: 'H', author: [{ '@type': 'Organization', name: 'The Ledger' }], publisher: { name: 'The Ledger' } }] }) + '<meta property="article:author" content="https://facebook.com/ledger">';
    const { facts } = metadata(head);
    expect(facts.title?.value).toBe('H');
    expect(facts.authors?.value).toEqual([]);
  });

  it('takes the canonical URL first, and the site name off the end of a <title>', () => {
    const { facts } = metadata('<title>A headline | The Ledger</title><meta property="og:site_name" content="The Ledger"><meta property="og:url" content="https://ledger.example/og"><link rel="canonical" href="https://ledger.example/a">');
    expect(facts.url).toEqual({ value: 'https://ledger.example/a', from: '<link rel="canonical">' });
    expect(facts.title).toEqual({ value: 'A headline', from: '<title>' });
  });

  it('reads the address from the "saved from" comment when the page gives no other', () => {
    const html = '<!-- saved from url=(0025)https://ledger.example/b -->\n<html><head></head><body></body></html>';
    const { document } = parseHTML(html) as unknown as { document: Document };
    expect(readPageMetadata(document, html).facts.url?.value).toBe('https://ledger.example/b');
  });

  it('gives a Wayback Machine capture as the archived copy and the captured address as the original', () => {
    const { facts } = metadata('<link rel="canonical" href="https://web.archive.org/web/20240331120000/https://www.nytimes.com/2024/03/31/opinion/isis.html">');
    expect(facts.url?.value).toBe('https://www.nytimes.com/2024/03/31/opinion/isis.html');
    expect(facts.archived?.value).toBe('https://web.archive.org/web/20240331120000/https://www.nytimes.com/2024/03/31/opinion/isis.html');
  });

  it('takes the language from <html lang>, then JSON-LD, og:locale and citation_language', () => {
    expect(metadata('', '', 'lang="ar"').facts.language).toEqual({ value: 'ar', from: '<html lang>' });
    expect(metadata('<meta property="og:locale" content="en_GB">').facts.language).toEqual({ value: 'en-GB', from: 'og:locale' });
    expect(languageTag('EN_us')).toBe('en-US');
    expect(languageTag('not a tag')).toBeUndefined();
  });

  it('notes a JSON-LD block that is not JSON and goes on', () => {
    const { facts, notes } = metadata('<script type="application/ld+json">{ not json</script><meta property="og:title" content="T">');
    expect(facts.title?.value).toBe('T');
    expect(notes).toEqual(['A JSON-LD block on the page is not valid JSON and was not read.']);
  });
});
