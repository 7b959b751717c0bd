import { describe, expect, it } from 'vitest';
import { describeEntry, explainSource, summarizeSource } from '../../../src/lib/sources/describe-ingest.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';

const blocks: SourceBlock[] = [
  { role: 'title', lines: ['Headline'] },
  { role: 'byline', lines: ['By A. Writer'] },
  { role: 'caption', lines: ['A caption. Photo: AFP'] },
  { role: 'paragraph', lines: ['One.'] },
  { role: 'heading', lines: ['Section'] },
  { role: 'paragraph', lines: ['قال المتحدث'], lang: 'ar' },
  { role: 'boilerplate', lines: ['Share this article'] },
  { role: 'related', lines: ['Related', 'Story one', 'Story two'] },
];

describe('summarizeSource', () => {
  it('counts paragraphs, headings and the furniture by kind, what was left out and the quirks, on one line', () => {
    expect(summarizeSource({ blocks, leftOut: [{ what: 'navigation', text: 'Home' }, { what: 'advertisement', text: 'Buy' }, { what: 'advertisement', text: 'Buy' }], quirks: ['q'] })).toBe(
      '2 paragraphs, 1 heading; furniture: 1 headline, 1 byline, 1 caption, 1 boilerplate, 3 related links; left out (not the article): 1 navigation, 2 advertisements; 1 quirk recorded',
    );
    expect(summarizeSource({ blocks: [{ role: 'paragraph', lines: ['x'] }], leftOut: [], quirks: [] })).toBe('1 paragraph, 0 headings; no furniture');
  });
});

describe('describeEntry and explainSource', () => {
  it('prints the entry as manifest JSON with each field\'s origin, and each block with its number, role and reason', () => {
    const entry = { file: 'page.html', slug: 's', citeAs: 'Ledger', title: 'T', publisher: 'The Ledger', authors: [], published: '2025', datePrecision: 'year', url: null, kind: 'news report', language: 'en', regions: [], topics: [], rights: 'full-text', notes: '' } as never;
    const lines = describeEntry({ entry, origins: { citeAs: 'derived from the publisher ("The Ledger")', title: 'og:title' } });
    expect(lines[0]).toBe('{ "file": "page.html",');
    expect(lines.find((line) => line.includes('"citeAs"'))).toMatch(/"citeAs": "Ledger",\s+← derived from the publisher \("The Ledger"\)$/u);
    expect(lines.at(-1)).toBe('}');
    const explained = explainSource({ blocks, reasons: blocks.map((block) => block.lines.map(() => `because ${block.role}`)), leftOut: [] });
    expect(explained).toContain('  ¶2              قال المتحدث');
    expect(explained).toContain('                    ↳ because paragraph [lang=ar]');
    expect(explained.filter((line) => line.includes('↳ because related'))).toHaveLength(3);
  });
});
