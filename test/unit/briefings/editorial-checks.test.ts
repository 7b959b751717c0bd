import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countProseWords } from '../../../src/lib/briefings/reading-time.ts';
import { parseMdx } from '../../helpers/mdx.ts';
import { splitSourceFile } from '../../../src/lib/sources/source-file.ts';

/**
 * Editorial rules of issue 6 checked on the MDX itself: length, takeaways, sources, a
 * "What to watch" section. Word counts use the same function as the reading time.
 */
const DIRECTORY = join(import.meta.dirname, '../../../content/briefings');
const briefings = readdirSync(DIRECTORY)
  .filter((name) => /\.mdx?$/u.test(name))
  .map((name) => {
    const text = readFileSync(join(DIRECTORY, name), 'utf8');
    const { frontmatter, body } = splitSourceFile(text);
    return { name, body, words: countProseWords(parseMdx(body)), data: frontmatter as { draft?: boolean; sources: string[]; keyTakeaways: string[] } };
  })
  .filter((briefing) => briefing.data.draft !== true);

describe('briefings as written', () => {
  it('add up to at least 6,000 words', () => {
    expect(briefings.reduce((total, briefing) => total + briefing.words, 0)).toBeGreaterThanOrEqual(6000);
  });

  for (const briefing of briefings) {
    describe(briefing.name, () => {
      it('is 600 to 1,500 words long', () => {
        expect(briefing.words).toBeGreaterThanOrEqual(600);
        expect(briefing.words).toBeLessThanOrEqual(1500);
      });

      it('has three to five key takeaways', () => {
        expect(briefing.data.keyTakeaways.length).toBeGreaterThanOrEqual(3);
        expect(briefing.data.keyTakeaways.length).toBeLessThanOrEqual(5);
      });

      it('lists at least two sources', () => {
        expect(new Set(briefing.data.sources).size).toBeGreaterThanOrEqual(2);
      });

      it('has a "What to watch" section', () => {
        expect(briefing.body).toMatch(/^## What to watch\s*$/mu);
      });

      it('gives every citation a paragraph locator, or quotes the passage it cites', () => {
        const bare = [...briefing.body.matchAll(/\[[^[\]]*@[\w-]+[^[\]]*\]/gu)]
          .map((match) => match[0])
          .filter((citation) => citation.split(';').some((item) => !/¶\s*\d+/u.test(item)));
        for (const citation of bare) {
          const line = briefing.body.split('\n').find((text) => text.includes(citation)) ?? '';
          expect(line.slice(0, line.indexOf(citation)), citation).toMatch(/[”"]\s*$/u);
        }
      });
    });
  }
});
