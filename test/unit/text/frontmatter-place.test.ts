import { describe, expect, it } from 'vitest';
import { frontmatterPlace } from '../../../src/lib/text/frontmatter-place.ts';

describe('frontmatterPlace', () => {
  const file = '---\ntitle: "T"\ncorrections:\n  - date: "2026-11-30"\n    now: "It says [@s, ¶1]."\n---\nBody.\n';
  it('gives the line and column of a value, inside its quotes', () => {
    expect(frontmatterPlace(file, ['corrections', 0, 'now'])).toEqual({ line: 5, column: 11 });
    expect(frontmatterPlace(file, ['title'])).toEqual({ line: 2, column: 9 });
    expect(frontmatterPlace(file, ['corrections', 1, 'now'])).toBeUndefined();
    expect(frontmatterPlace('Body only.', ['title'])).toBeUndefined();
  });
});


describe('placeInFrontmatter', () => {
  it('places a problem of a cited frontmatter string at its line and column in the file, naming the field', async () => {
    const { placeInFrontmatter } = await import('../../../src/lib/text/frontmatter-place.ts');
    const file = '---\ntitle: "T"\ncorrections:\n  - date: "2026-11-30"\n    now: "It says [@s, ¶1]."\n---\nBody.\n';
    expect(placeInFrontmatter({ file: 'x.mdx#corrections.0.now', line: 1, column: 9, message: 'moved' }, () => file)).toEqual({ file: 'x.mdx', line: 5, column: 19, message: 'in corrections.0.now: moved' });
    expect(placeInFrontmatter({ file: 'x.mdx', line: 3, message: 'm' }, () => file)).toEqual({ file: 'x.mdx', line: 3, message: 'm' });
  });
});
