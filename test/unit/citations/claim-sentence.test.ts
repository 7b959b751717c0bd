import { describe, expect, it } from 'vitest';
import { claimSentence } from '../../../src/lib/citations/claim-sentence.ts';

/** The claim of the nth citation bracket (0-based) in `text`. */
const claimOf = (text: string, nth = 0) => {
  const starts = [...text.matchAll(/\[[^[\]]*@/gu)].map((match) => match.index);
  const start = starts[nth];
  if (start === undefined) throw new Error(`no citation ${nth} in ${text}`);
  return claimSentence(text, start);
};

describe('claimSentence', () => {
  it.each([
    ['the sentence a citation ends', 'Cells remain. They attack at night [@nyt, ¶3]. Others doubt it.', 0, 'They attack at night.'],
    ['the first sentence of a paragraph', 'They attack at night [@nyt, ¶3]. Others doubt it.', 0, 'They attack at night.'],
    ['the last sentence, without a full stop', 'Cells remain. They attack at night [@nyt, ¶3]', 0, 'They attack at night'],
    ['a citation after the full stop', 'Cells remain. They attack at night. [@nyt, ¶3] Others doubt it.', 0, 'They attack at night.'],
    ['a citation in mid-sentence, with the whole sentence', 'Cells remain [@a, ¶1], and they attack at night [@b, ¶2]. Others doubt it.', 0, 'Cells remain, and they attack at night.'],
    ['the second citation of that sentence, the same sentence', 'Cells remain [@a, ¶1], and they attack at night [@b, ¶2]. Others doubt it.', 1, 'Cells remain, and they attack at night.'],
    ['a sentence after one with several items', 'It spread [@a; @b, ¶2]. It grew [see @c, ¶4].', 1, 'It grew.'],
    ['a quotation closed after the full stop', 'He said “it is over.” [@a, ¶1] Then he left.', 0, 'He said “it is over.”'],
    ['a question', 'Who pays? Nobody says [@a, ¶1]. Then what?', 0, 'Nobody says.'],
    ['initials and abbreviations inside the sentence', 'U.S. Defense Secretary Lloyd Austin met Gen. Kurilla and Christopher P. Costa in Brussels [@a, ¶2]. Rutte agreed.', 0, 'U.S. Defense Secretary Lloyd Austin met Gen. Kurilla and Christopher P. Costa in Brussels.'],
    ['a sentence that starts with a number', 'It lost ground in 2019. 86 states remain [@a, ¶1].', 0, '86 states remain.'],
    ['a sentence that starts with a quotation', 'The minister spoke. “There is no ISIS,” he said [@a, ¶1].', 0, '“There is no ISIS,” he said.'],
  ])('%s', (_label, text, nth, expected) => {
    expect(claimOf(text, nth)).toBe(expected);
  });

  it('tidies the spaces a removed citation leaves', () => {
    expect(claimOf('Cells remain   [@a, ¶1]  ,  and grow [@b].')).toBe('Cells remain, and grow.');
  });
});
