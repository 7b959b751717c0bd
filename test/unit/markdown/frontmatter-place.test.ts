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
