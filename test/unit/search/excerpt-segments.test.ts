import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { excerptSegments, excerptText } from '../../../src/lib/search/excerpt-segments.ts';
import { mapSearchResult } from '../../../src/lib/search/map-result.ts';
import type { PagefindApi, PagefindResultData } from '../../../src/lib/search/pagefind-types.ts';
import { createStaticServer } from '../../../tools/server/static-server.ts';

describe('excerptSegments', () => {
  it('splits marked and plain text, joining adjacent runs', () => {
    expect(excerptSegments('pointing to <mark>Wadi</mark> <mark>Hauran</mark> in Al-Anbar')).toEqual([
      { text: 'pointing to ', marked: false },
      { text: 'Wadi', marked: true },
      { text: ' ', marked: false },
      { text: 'Hauran', marked: true },
      { text: ' in Al-Anbar', marked: false },
    ]);
  });

  it('unescapes the angle brackets Pagefind escapes and keeps other text as text', () => {
    const segments = excerptSegments('a &lt;b&gt; tag &amp; <mark>ISIS</mark>');
    expect(segments[0]).toEqual({ text: 'a <b> tag &amp; ', marked: false });
    expect(excerptText(segments)).toBe('a <b> tag &amp; ISIS');
  });

  // Pagefind 1.6 (pagefind.js, loadFragment and build_excerpt): `content` is the page's text,
  // entities decoded once; the excerpt is a window of its words, split on whitespace, with only
  // < and > escaped and each hit wrapped in <mark>. "&lt;" in an excerpt is therefore either a
  // "<" of the text or the text "&lt;" itself: only the content tells which.
  const pagefindExcerpt = (content: string, start: number, length: number, hits: number[]) =>
    content
      .split(/[^\S\uFEFF]+/u)
      .map((word) => word.replace(/</gu, '&lt;').replace(/>/gu, '&gt;'))
      .map((word, index) => (hits.includes(index) ? `<mark>${word}</mark>` : word))
      .slice(start, start + length)
      .join(' ')
      .trim();

  it('shows text written as "&lt;b&gt;" in a source as written, not decoded twice', () => {
    const content = 'Intro. The page showed &lt;b&gt; literally, a real <i> tag as text, and fish & chips.';
    const excerpt = pagefindExcerpt(content, 1, 15, [5]);
    expect(excerpt).toBe('The page showed &lt;b&gt; <mark>literally,</mark> a real &lt;i&gt; tag as text, and fish & chips.');
    expect(excerptSegments(excerpt, { content, locations: [5] })).toEqual([
      { text: 'The page showed &lt;b&gt; ', marked: false },
      { text: 'literally,', marked: true },
      { text: ' a real <i> tag as text, and fish & chips.', marked: false },
    ]);
  });

  it('finds the excerpt’s place in the content even where an earlier passage reads the same once escaped', () => {
    const content = 'a <b> x a &lt;b&gt; y';
    expect(excerptText(excerptSegments(pagefindExcerpt(content, 3, 3, [4]), { content, locations: [4] }))).toBe('a &lt;b&gt; y');
    expect(excerptText(excerptSegments(pagefindExcerpt(content, 0, 3, [1]), { content, locations: [1] }))).toBe('a <b> x');
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('excerpts from the Pagefind the build uses', () => {
  it('show a page’s text as written: "&lt;b&gt;" typed in a source, "<i>" as text, "&" alone', { timeout: 30_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'pagefind-excerpt-'));
    const server = createStaticServer({ root: work });
    try {
      const { index } = await pagefind.createIndex({});
      // The HTML of a source page whose text contains "&lt;b&gt;" literally and "<i>" as text.
      await index!.addHTMLFile({
        url: '/sources/x/',
        content: '<html lang="en"><body><main data-pagefind-body><p>Written &amp;lt;b&amp;gt; here, a real &lt;i&gt; tag, fish &amp; chips, and quixotic words.</p></main></body></html>',
      });
      await index!.writeFiles({ outputPath: join(work, 'pagefind') });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const search = (await import(pathToFileURL(join(work, 'pagefind/pagefind.js')).href)) as PagefindApi;
      await search.options({ basePath: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`, noWorker: true });
      await search.init();
      const data = (await (await search.search('quixotic')).results[0]!.data()) as PagefindResultData;
      expect(excerptText(mapSearchResult(data).excerpt)).toBe('Written &lt;b&gt; here, a real <i> tag, fish & chips, and quixotic words.');
      expect(mapSearchResult(data).excerpt.find((segment) => segment.marked)?.text).toBe('quixotic');
    } finally {
      await pagefind.close();
      server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
});
