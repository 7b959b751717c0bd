import { describe, expect, it } from 'vitest';
import { fingerprintLayout, fingerprintWords, wordsOfBlocks } from '../../../src/lib/sources/fingerprint.ts';
import type { SourceBlock } from '../../../src/lib/sources/types.ts';
import { checkSourceFingerprint } from '../../../src/lib/sources/verify-source-text.ts';

const block = (role: SourceBlock['role'], ...lines: string[]): SourceBlock => ({ role, lines }) as SourceBlock;
const received = [block('title', 'A title'), block('paragraph', 'One two three.', 'Four five.'), block('caption', 'A photo.'), block('paragraph', 'Six seven.')];
const record = (blocks: readonly SourceBlock[]) => ({ file: 'in.txt', fingerprint: fingerprintWords(wordsOfBlocks(blocks)), words: wordsOfBlocks(blocks).length, ...fingerprintLayout(blocks) });

describe('checkSourceFingerprint', () => {
  const recorded = record(received);

  it('accepts the text as ingested, its lines re-wrapped', () => {
    expect(recorded.paragraphs).toBe(2);
    expect(checkSourceFingerprint([block('title', 'A title'), block('paragraph', 'One two', 'three. Four five.'), block('caption', 'A photo.'), block('paragraph', 'Six seven.')], recorded)).toBeUndefined();
  });

  it('refuses a paragraph split in two, though every word is the same', () => {
    const split = [block('title', 'A title'), block('paragraph', 'One two three.'), block('paragraph', 'Four five.'), block('caption', 'A photo.'), block('paragraph', 'Six seven.')];
    expect(checkSourceFingerprint(split, recorded)?.message).toBe(
      "the text's words are as ingested from in.txt, but its numbered passages are not (it had 2 numbered paragraphs when ingested and has 3 now): every later paragraph number, and each citation that uses one, would point at a different passage.",
    );
  });

  it('refuses a caption turned into a paragraph and a paragraph into a caption, the count unchanged', () => {
    const swapped = [block('title', 'A title'), block('paragraph', 'One two three.', 'Four five.'), block('paragraph', 'A photo.'), block('caption', 'Six seven.')];
    expect(checkSourceFingerprint(swapped, recorded)?.message).toContain('(a paragraph, author bio or note was split, joined or re-labelled)');
  });

  it('checks only the words of a file ingested before the layout was recorded', () => {
    const split = [block('title', 'A title'), block('paragraph', 'One two three.'), block('paragraph', 'Four five.'), block('caption', 'A photo.'), block('paragraph', 'Six seven.')];
    expect(checkSourceFingerprint(split, { file: recorded.file, fingerprint: recorded.fingerprint, words: recorded.words })).toBeUndefined();
    expect(checkSourceFingerprint([block('paragraph', 'One two three.')], { file: recorded.file, fingerprint: recorded.fingerprint, words: recorded.words })?.message).toContain('it had 11 words when ingested and has 3 now');
  });
});
