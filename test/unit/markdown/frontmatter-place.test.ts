import { describe, expect, it } from 'vitest';
import { frontmatterPlace } from '../../../src/lib/markdown/frontmatter-place.ts';

const file = (takeaways: string[]) => ['---', 'title: "T"', 'keyTakeaways:', ...takeaways.map((t) => `  - "${t}"`), '---', 'Body.', ''].join('\n');

describe('frontmatterPlace', () => {
  it('places characters of several list items of one file (parsed once, read many times)', () => {
    const text = file(['First one.', 'Second one.']);
    expect(frontmatterPlace(text, ['keyTakeaways', 0], 0)).toEqual({ line: 4, column: 6 });
    expect(frontmatterPlace(text, ['keyTakeaways', 1], 7)).toEqual({ line: 5, column: 13 });
    expect(frontmatterPlace(text, ['keyTakeaways', 0], 6)).toEqual({ line: 4, column: 12 });
  });

  it('parses another file again: its places are its own', () => {
    frontmatterPlace(file(['First one.', 'Second one.']), ['keyTakeaways', 1], 0);
    const other = ['---', 'title: "T"', 'dek: "D"', 'keyTakeaways:', '  - "Moved down."', '---', ''].join('\n');
    expect(frontmatterPlace(other, ['keyTakeaways', 0], 0)).toEqual({ line: 5, column: 6 });
    expect(frontmatterPlace(other, ['keyTakeaways', 1], 0)).toBeUndefined();
    expect(frontmatterPlace('No frontmatter.', ['keyTakeaways', 0], 0)).toBeUndefined();
  });
});
