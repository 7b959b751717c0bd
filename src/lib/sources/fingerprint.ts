import { createHash } from 'node:crypto';
import type { SourceBlock } from './types.ts';
import { wordsOf } from './words.ts';

/**
 * A fingerprint of a text's words: `sha256:` and the hex digest of its NFC word sequence
 * joined by single spaces. Headings moved, lines re-wrapped or blocks re-labelled keep it;
 * one edited word changes it.
 */
export function fingerprintWords(words: readonly string[]): string {
  return 'sha256:' + createHash('sha256').update(words.join(' '), 'utf8').digest('hex');
}

function fingerprintText(text: string): string {
  return fingerprintWords(wordsOf(text));
}

/** The words of an article's blocks, in order. */
export function wordsOfBlocks(blocks: readonly SourceBlock[]): string[] {
  return blocks.flatMap((block) => block.lines.flatMap(wordsOf));
}
