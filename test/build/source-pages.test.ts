import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/lib/sources/words.ts';
import { assertDistBuilt, pageExists, readPage } from '../helpers/dist.ts';

const RECEIVED = join(import.meta.dirname, '../fixtures/received');
const manifest = JSON.parse(readFileSync(join(RECEIVED, 'manifest.json'), 'utf8')) as {
  sources: { file: string; slug: string; title: string; publisher: string; authors: string[] }[];
};

/** True when every word of `needles` appears in `haystack` in the same order (other words may sit between). */
function isSubsequence(needles: readonly string[], haystack: readonly string[]): { ok: boolean; missing?: string; at?: number } {
  let position = 0;
  for (let i = 0; i < needles.length; i++) {
    const word = needles[i];
    while (position < haystack.length && haystack[position] !== word) position++;
    if (position === haystack.length) return { ok: false, missing: word, at: i };
    position++;
  }
  return { ok: true };
}

beforeAll(assertDistBuilt);

describe('source pages in dist/', () => {
  for (const source of manifest.sources) {
    describe(source.slug, () => {
      it('exists', () => {
        expect(pageExists(`/sources/${source.slug}/`)).toBe(true);
      });

      it('has the title as its heading and an attribution block', () => {
        const tree = readPage(`/sources/${source.slug}/`);
        expect(toText(select('h1', tree)!)).toBe(source.title);
        const attribution = toText(select('.attribution', tree)!);
        expect(attribution).toContain(source.publisher);
        for (const author of source.authors) expect(attribution).toContain(author);
        expect(attribution).toMatch(/Rights/u);
      });

      it('numbers its paragraphs p-1 … p-N consecutively, each with a link to itself', () => {
        const tree = readPage(`/sources/${source.slug}/`);
        const paragraphs = selectAll('[id^="p-"]', tree);
        expect(paragraphs.length).toBeGreaterThan(0);
        paragraphs.forEach((paragraph, i) => {
          expect(paragraph.properties.id).toBe(`p-${i + 1}`);
          const self = select(`a[href="#p-${i + 1}"]`, paragraph);
          expect(self).toBeDefined();
        });
      });

      it('shows every word of the received text, in order', () => {
        const tree = readPage(`/sources/${source.slug}/`);
        const article = select('article', tree)!;
        const pageWords = wordsOf(toText(article));
        const receivedWords = wordsOf(readFileSync(join(RECEIVED, source.file), 'utf8'));
        expect(isSubsequence(receivedWords, pageWords)).toEqual({ ok: true });
      });
    });
  }
});
