import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countProseWords } from '../../../src/lib/briefings/reading-time.ts';
import { parseMdx } from '../../helpers/mdx.ts';
import { splitSourceFile } from '../../../src/lib/sources/source-file.ts';

/**
 * The size of the site's briefings together (issue 6). The rules each briefing keeps (length,
 * takeaways, sources, "What to watch", citations) are checked by the build itself
 * (EDITORIAL in src/config.ts, src/plugins/editorial-rules-plugin.ts), so `npm run build` fails
 * on them; test/plugins/editorial-rules-plugin.test.ts and the bad-input catalogue test that.
 */
const DIRECTORY = join(import.meta.dirname, '../../../content/briefings');
const briefings = readdirSync(DIRECTORY)
  .filter((name) => /\.mdx?$/u.test(name))
  .map((name) => {
    const { frontmatter, body } = splitSourceFile(readFileSync(join(DIRECTORY, name), 'utf8'));
    return { words: countProseWords(parseMdx(body)), draft: (frontmatter as { draft?: boolean }).draft === true };
  })
  .filter((briefing) => !briefing.draft);

describe('the published briefings', () => {
  it('add up to at least 6,000 words', () => {
    expect(briefings.reduce((total, briefing) => total + briefing.words, 0)).toBeGreaterThanOrEqual(6000);
  });
});
