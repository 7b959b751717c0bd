import { describe, expect, it } from 'vitest';
import { frontmatterPlace } from '../../../src/lib/markdown/frontmatter-place.ts';

describe('frontmatterPlace', () => {
  const file = '---\ntitle: "T"\nkeyTakeaways:\n  - Plain [@s, ¶2].\ncorrections:\n  - date: "2026-11-30"\n    now: "It says [@s, ¶1]."\n---\nBody.\n';

  it('gives the line and column of a character of a value, inside its quotes', () => {
    expect(frontmatterPlace(file, ['corrections', 0, 'now'], 0)).toEqual({ line: 7, column: 11 });
    expect(frontmatterPlace(file, ['corrections', 0, 'now'], 8)).toEqual({ line: 7, column: 19 });
    expect(frontmatterPlace(file, ['title'], 0)).toEqual({ line: 2, column: 9 });
  });

  it('places a plain (unquoted) string from its first character', () => {
    expect(frontmatterPlace(file, ['keyTakeaways', 0], 6)).toEqual({ line: 4, column: 11 });
  });

  it('gives nothing for a value or a frontmatter that is not there', () => {
    expect(frontmatterPlace(file, ['corrections', 1, 'now'], 0)).toBeUndefined();
    expect(frontmatterPlace('Body only.', ['title'], 0)).toBeUndefined();
  });
});

const takeawaysFile = (takeaways: string[]) => ['---', 'title: "T"', 'keyTakeaways:', ...takeaways.map((t) => `  - "${t}"`), '---', 'Body.', ''].join('\n');

describe('frontmatterPlace over several files', () => {
  it('places characters of several list items of one file (parsed once, read many times)', () => {
    const text = takeawaysFile(['First one.', 'Second one.']);
    expect(frontmatterPlace(text, ['keyTakeaways', 0], 0)).toEqual({ line: 4, column: 6 });
    expect(frontmatterPlace(text, ['keyTakeaways', 1], 7)).toEqual({ line: 5, column: 13 });
    expect(frontmatterPlace(text, ['keyTakeaways', 0], 6)).toEqual({ line: 4, column: 12 });
  });

  it('parses another file again: its places are its own', () => {
    frontmatterPlace(takeawaysFile(['First one.', 'Second one.']), ['keyTakeaways', 1], 0);
    const other = ['---', 'title: "T"', 'dek: "D"', 'keyTakeaways:', '  - "Moved down."', '---', ''].join('\n');
    expect(frontmatterPlace(other, ['keyTakeaways', 0], 0)).toEqual({ line: 5, column: 6 });
    expect(frontmatterPlace(other, ['keyTakeaways', 1], 0)).toBeUndefined();
    expect(frontmatterPlace('No frontmatter.', ['keyTakeaways', 0], 0)).toBeUndefined();
  });
});
