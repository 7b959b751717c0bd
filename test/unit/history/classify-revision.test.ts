import { describe, expect, it } from 'vitest';
import { classifyRevision } from '../../../src/lib/history/classify-revision.ts';
import { editDistance } from '../../../src/lib/text/edit-distance.ts';

describe('classifyRevision', () => {
  it('labels a change of citations only', () => {
    expect(classifyRevision('It is real [@s, ¶4].', 'It is real [@s, ¶5].')).toBe('citations');
    expect(classifyRevision('It is real.', 'It is real [@s, ¶5].')).toBe('citations');
    // Every citation form the build reads: ranges, and an author in the text with a locator.
    expect(classifyRevision('It is real [@s, ¶4].', 'It is real [@s, ¶4–5].')).toBe('citations');
    expect(classifyRevision('As @s [¶4] says, it is real.', 'As @s [¶5] says, it is real.')).toBe('citations');
  });
  it('labels words changed within two edits, citations untouched, as typo fixes', () => {
    expect(classifyRevision('The goverment said so [@s, ¶1].', 'The government said so [@s, ¶1].')).toBe('typo');
    expect(editDistance('goverment', 'government')).toBe(1);
  });
  it('labels anything else an edit', () => {
    expect(classifyRevision('Much of it [@s, ¶1].', 'Most of it [@s, ¶1].')).toBe('edit');
    expect(classifyRevision('The goverment said so [@s, ¶1].', 'The government said so [@s, ¶2].')).toBe('edit');
    expect(classifyRevision('It is real.', 'It is very real.')).toBe('edit');
  });
  it('says when the prose did not change at all', () => {
    expect(classifyRevision('Same [@s, ¶1].', 'Same  [@s, ¶1].')).toBe('none');
  });
});
