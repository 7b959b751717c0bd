import { describe, expect, it } from 'vitest';
import { defaultEntryId, uniqueEntryIds } from '../../../src/lib/briefings/unique-entry-ids.ts';

describe('defaultEntryId', () => {
  it('matches the ids Astro gives by default', () => {
    expect(defaultEntryId('why-the-threat.mdx', {})).toBe('why-the-threat');
    expect(defaultEntryId('Why The Threat.md', {})).toBe('why-the-threat');
    expect(defaultEntryId('iraq/index.mdx', {})).toBe('iraq');
    expect(defaultEntryId('x.mdx', { slug: 'custom' })).toBe('custom');
  });
});

describe('uniqueEntryIds', () => {
  it('refuses a second file with the same slug', () => {
    const generate = uniqueEntryIds({ base: 'content/briefings', exists: () => true });
    expect(generate({ entry: 'x.mdx', data: {} })).toBe('x');
    expect(() => generate({ entry: 'x.md', data: {} })).toThrow('content/briefings/x.md: the slug "x" is already taken by content/briefings/x.mdx.');
    expect(() => generate({ entry: 'X.mdx', data: {} })).toThrow(/already taken/u);
  });

  it('lets the same file be loaded again, and a renamed file free its slug', () => {
    const existing = new Set(['x.mdx']);
    const generate = uniqueEntryIds({ base: 'content/briefings', exists: (entry) => existing.has(entry) });
    generate({ entry: 'x.mdx', data: {} });
    expect(generate({ entry: 'x.mdx', data: {} })).toBe('x');
    existing.delete('x.mdx');
    expect(generate({ entry: 'x.md', data: {} })).toBe('x');
  });
});
