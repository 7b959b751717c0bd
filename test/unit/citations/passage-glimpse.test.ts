import { describe, expect, it } from 'vitest';
import { passageGlimpse } from '../../../src/lib/citations/passage-glimpse.ts';

const passage =
  'Iraqi officials say the group is weaker than ever. But the danger is real, pointing to ISIS activity in three key zones: Wadi Hauran, the Hamrin mountains and the Syrian Badia. Analysts disagree about how many fighters remain.';

describe('passageGlimpse', () => {
  it('shows the passage’s first sentence when nothing in it is quoted', () => {
    expect(passageGlimpse(passage)).toBe('Iraqi officials say the group is weaker than ever.');
  });

  it('shows the sentence holding the quoted words, marking what is left out before it', () => {
    const start = passage.indexOf('the danger is real');
    expect(passageGlimpse(passage, { start, end: start + 18 })).toBe(
      '… But the danger is real, pointing to ISIS activity in three key zones: Wadi Hauran, the Hamrin mountains and the Syrian Badia.',
    );
  });

  it('cuts a long sentence at a word, with an ellipsis', () => {
    expect(passageGlimpse(passage, undefined, 5)).toBe('Iraqi officials say the group…');
    const start = passage.indexOf('Wadi');
    expect(passageGlimpse(passage, { start, end: start + 11 }, 6)).toBe('… But the danger is real, pointing…');
  });

  it('keeps abbreviations and numbers inside a sentence', () => {
    expect(passageGlimpse('The U.S. had 2,500 troops in Iraq. Then it left.')).toBe('The U.S. had 2,500 troops in Iraq.');
  });
});
