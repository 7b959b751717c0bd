import { describe, expect, it } from 'vitest';
import { countProseWords } from '../../../src/lib/briefings/reading-time.ts';
import { parseMdx } from '../../helpers/mdx.ts';

/** The words of an MDX body as the build counts them. */
const words = (mdx: string) => countProseWords(parseMdx(mdx));

describe('countProseWords', () => {
  it('counts a link’s text, not its address', () => {
    expect(words('Read [the report](https://example.org/a-long-address/with-many-parts-and-words?and=more) today.')).toBe(4);
    expect(words('See <a href={href("/briefings/other-briefing-with-a-long-slug/")}>the other briefing</a>.')).toBe(4);
  });

  it('leaves out imports, expressions, comments, JSX tags and their attributes, and citation brackets', () => {
    const mdx = [
      "import Analysis from '../../src/components/Analysis.astro';",
      "import { href } from '../../src/config.ts';",
      '',
      '{/* An editor’s note that nobody reads */}',
      '',
      'One two three [@nyt-costa-clarke-2024, ¶3]; four [see @a; @b, ¶2, for the figures].',
      '',
      '<Analysis label="not counted either">',
      '',
      'Five six.',
      '',
      '</Analysis>',
    ].join('\n');
    expect(words(mdx)).toBe(6);
  });

  it('counts headings, list items, emphasis and inline code, and words joined across formatting once', () => {
    expect(words('## What to watch\n\n- **ISIS**-K and `al-Naba` in *the* Sahel\n- Iraq–Syria border')).toBe(3 + 6 + 2);
  });

  it('counts nothing in an empty body', () => {
    expect(words('')).toBe(0);
  });
});
