import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsOfBlocks } from '../../../../src/lib/sources/fingerprint.ts';
import { ingestArticle } from '../../../../src/lib/sources/ingest-article.ts';
import { readWebPage } from '../../../../src/lib/sources/html/read-web-page.ts';
import { parseSourceBody } from '../../../../src/lib/sources/source-markdown.ts';
import { splitSourceFile } from '../../../../src/lib/sources/source-file.ts';
import type { BlockRole, SourceBlock } from '../../../../src/lib/sources/types.ts';
import { articleWords } from '../../../helpers/article-words.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/ingest');

function ingestPage(name: string) {
  const file = join(FIXTURES, name, 'page.html');
  const bytes = readFileSync(file);
  const document = readWebPage(bytes, file);
  const source = ingestArticle(document, { file, ingestedOn: '2026-01-01' });
  return { html: bytes.toString('utf8'), document, source };
}
const linesOf = (blocks: readonly SourceBlock[], role: BlockRole) => blocks.filter((block) => block.role === role).flatMap((block) => block.lines);

describe('a saved news page (JSON-LD, figure captions, share buttons, a related-articles list)', () => {
  const { html, document, source } = ingestPage('news-page');

  it('keeps every word of the article, in order, as body or furniture: only navigation, ads and scripts are left out', () => {
    expect(wordsOfBlocks(source.blocks)).toEqual(articleWords(html, { leaveOut: '.ad-slot' }));
    expect(document.leftOut.map((item) => item.what)).toEqual(['navigation', 'advertisement']);
  });

  it('derives the entry from the page: JSON-LD first, the canonical address, the short citation name from the publisher', () => {
    expect(source.entry).toMatchObject({
      slug: 'northgate-coalition-advisers-prepare-leave-2025',
      citeAs: 'Northgate',
      title: 'Coalition advisers prepare to leave Iraqi bases as talks on the future mission stall',
      publisher: 'The Northgate Herald',
      authors: ['Hana Karim', 'Tomas Reyes'],
      published: '2025-11-04',
      datePrecision: 'day',
      url: 'https://www.northgate-herald.example/world/2025/11/04/iraq-coalition-advisers-drawdown',
      kind: 'news report',
      language: 'en-GB',
      topics: ['Iraq', 'coalition', 'Islamic State'],
    });
    expect(source.origins).toMatchObject({ title: 'JSON-LD headline', url: '<link rel="canonical">', citeAs: 'derived from the publisher ("The Northgate Herald")' });
  });

  it('numbers only the body: captions, the byline, the dateline, share and newsletter prompts and related links are furniture', () => {
    expect(linesOf(source.blocks, 'paragraph')).toHaveLength(11);
    expect(linesOf(source.blocks, 'paragraph')[0]).toMatch(/^Foreign military advisers began packing/u);
    expect(linesOf(source.blocks, 'caption')).toEqual([
      'Iraqi soldiers stand guard at the entrance of Ain al-Asad air base in Anbar province, 2 November 2025. Photo: Layla Nouri/Reuters',
      'A map of the bases where coalition advisers remain. Graphic: Herald research',
    ]);
    expect(linesOf(source.blocks, 'title')).toEqual(['Coalition advisers prepare to leave Iraqi bases as talks on the future mission stall']);
    expect(linesOf(source.blocks, 'byline')).toEqual(['By Hana Karim and Tomas Reyes']);
    expect(linesOf(source.blocks, 'dateline')).toEqual(['4 November 2025, 06:30 GMT']);
    expect(linesOf(source.blocks, 'boilerplate')).toEqual(expect.arrayContaining(['Share on Facebook Share on X Copy link', 'Sign up for our Middle East newsletter, delivered every weekday morning.', 'Read the rest of our coverage of the Middle East at northgate-herald.example/middle-east']));
    expect(linesOf(source.blocks, 'related')).toEqual(expect.arrayContaining(['Related', 'Kurdish forces step up patrols on the Syrian border', 'How the Islamic State’s desert cells survive']));
    expect(linesOf(source.blocks, 'heading')).toEqual(['A shrinking footprint']);
  });

  it('keeps list items and block quotations as numbered paragraphs with their form', () => {
    expect(source.blocks.filter((block) => block.form === 'item').map((block) => block.lines[0])).toEqual(['Ain al-Asad air base in Anbar province;', 'the Harir base north of Erbil, in the Kurdistan Region;', 'a joint operations centre in Baghdad.']);
    expect(source.blocks.find((block) => block.form === 'quote')?.role).toBe('paragraph');
  });

  it('writes Markdown that reads back to the same blocks', () => {
    const { body } = splitSourceFile(source.markdown);
    expect(parseSourceBody(body)).toEqual(source.blocks);
  });
});

describe('an English page with Arabic paragraphs and an Arabic caption', () => {
  const { html, source } = ingestPage('arabic-english-page');

  it('keeps every word, in order', () => {
    expect(wordsOfBlocks(source.blocks)).toEqual(articleWords(html));
  });

  it('is an English source whose Arabic blocks carry lang="ar", declared or detected, and its caption is not numbered', () => {
    expect(source.entry.language).toBe('en');
    const arabic = source.blocks.filter((block) => block.lang === 'ar');
    expect(arabic.map((block) => [block.role, block.form])).toEqual([['caption', undefined], ['paragraph', 'quote'], ['paragraph', undefined]]);
    expect(arabic[2]!.lines[0]).toMatch(/^وقال المتحدث/u);
    expect(source.blocks.filter((block) => block.role === 'paragraph' && !block.lang)).toHaveLength(5);
  });

  it('derives its entry from Open Graph alone, and marks the byline and the related links', () => {
    expect(source.entry).toMatchObject({ title: 'Iraqi commanders say forces are ready to take over from coalition advisers', publisher: 'Gulf Ledger', authors: ['Omar Saadi'], published: '2025-10-21', kind: 'article', citeAs: 'Gulf' });
    expect(linesOf(source.blocks, 'byline')).toEqual(['Omar Saadi 21 October 2025']);
    expect(linesOf(source.blocks, 'boilerplate')).toEqual(['Read the rest of the story at arabic.gulf-ledger.example']);
    expect(linesOf(source.blocks, 'related')).toEqual(['More from Iraq', 'Parliament debates the security budget', 'Mosul’s old city, five years on']);
  });

  it('writes the Arabic blocks as directives with their language, and reads them back', () => {
    expect(source.markdown).toContain(':::caption{lang="ar"}');
    expect(source.markdown).toContain(':::paragraph{lang="ar" form="quote"}');
    expect(parseSourceBody(splitSourceFile(source.markdown).body)).toEqual(source.blocks);
  });
});

describe('a page with no article', () => {
  it('is refused with what to do', () => {
    const page = '<!doctype html><html><head><title>Home</title></head><body><nav><a href="/a">World</a> <a href="/b">Sport</a></nav><div class="promo"><a href="/c">Subscribe</a></div></body></html>';
    expect(() => readWebPage(new TextEncoder().encode(page), 'front.html')).toThrow(/no article was found in this web page/u);
  });
});
