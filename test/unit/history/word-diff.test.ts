import { describe, expect, it } from 'vitest';
import { blockDiff, wordDiff } from '../../../src/lib/history/word-diff.ts';

describe('wordDiff and blockDiff', () => {
  it('marks deleted and inserted words', () => {
    expect(wordDiff('much of the leadership', 'most of the leadership')).toEqual([
      { kind: 'removed', text: 'much' },
      { kind: 'added', text: 'most' },
      { kind: 'same', text: ' of the leadership' },
    ]);
  });
  it('counts untouched blocks, pairs changed ones and keeps added ones whole', () => {
    const a = { section: 'S', text: 'One.' };
    const b = { section: 'S', text: 'Two words.' };
    const changes = blockDiff([a, b], [a, { section: 'S', text: 'Two new words.' }, { section: 'S', text: 'Three.' }]);
    expect(changes.map((change) => change.kind)).toEqual(['unchanged', 'changed', 'added']);
  });
});
