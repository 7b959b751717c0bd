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

/** The words of an article's blocks, in order. */
export function wordsOfBlocks(blocks: readonly SourceBlock[]): string[] {
  return blocks.flatMap((block) => block.lines.flatMap(wordsOf));
}

/** The roles whose blocks are numbered for citations (¶N, author bio N, note N): see passages.ts. */
const NUMBERED_ROLES = new Set(['paragraph', 'bio', 'note']);

/**
 * The layout of a text's numbered passages: how many body paragraphs it has, and `sha256:` of
 * each numbered block's role and words, block by block, in order. The words' fingerprint does not see a
 * paragraph split in two, two joined, or a caption turned into a paragraph; this does, and such
 * a change renumbers every later paragraph, so the citations that use the numbers.
 */
export function fingerprintLayout(blocks: readonly SourceBlock[]): { paragraphs: number; layout: string } {
  const numbered = blocks.filter((block) => NUMBERED_ROLES.has(block.role));
  const layout = numbered.map((block) => `${block.role}: ${block.lines.flatMap(wordsOf).join(' ')}`).join('\n');
  return { paragraphs: numbered.filter((block) => block.role === 'paragraph').length, layout: 'sha256:' + createHash('sha256').update(layout, 'utf8').digest('hex') };
}
