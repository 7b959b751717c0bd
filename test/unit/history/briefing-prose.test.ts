import { describe, expect, it } from 'vitest';
import { briefingProse } from '../../../src/lib/history/briefing-prose.ts';

const file = (body: string, extra = '') => `---\ntitle: "T"\ndek: "D"\nkeyTakeaways:\n  - "One."\n${extra}---\nimport X from './x.astro';\n\n## Section\n\n${body}\n`;

describe('briefingProse', () => {
  it('reads title, dek, takeaways and body blocks, without imports or tags', () => {
    const blocks = briefingProse(file('A paragraph with <a href={x}>a link</a>.\n\n<Analysis>\nOur view.\n</Analysis>\n\n- **Item.** Words.'));
    expect(blocks).toEqual([
      { section: 'Title', text: 'T' },
      { section: 'Summary', text: 'D' },
      { section: 'Key takeaways', text: 'One.' },
      { section: 'Section', text: 'Section' },
      { section: 'Section', text: 'A paragraph with a link.' },
      { section: 'Section', text: 'Our view.' },
      { section: 'Section', text: 'Item. Words.' },
    ]);
  });
});
