import { fingerprintWords, wordsOfBlocks } from './fingerprint.ts';
import type { SourceBlock } from './types.ts';

/**
 * Checks a source's body against the fingerprint recorded at ingest. Returns the problem
 * (without its file) when a word was edited by hand, otherwise undefined.
 */
export function checkSourceFingerprint(
  blocks: readonly SourceBlock[],
  recorded: { fingerprint: string; words: number; file: string },
): { message: string; hint: string } | undefined {
  const words = wordsOfBlocks(blocks);
  const computed = fingerprintWords(words);
  if (computed === recorded.fingerprint) return undefined;
  const countNote =
    words.length === recorded.words
      ? `the word count is unchanged (${words.length}), so a word was changed`
      : `it had ${recorded.words} words when ingested and has ${words.length} now`;
  return {
    message:
      `the text's words no longer match what was ingested from ${recorded.file} (${countNote}; ` +
      `fingerprint recorded ${recorded.fingerprint.slice(0, 19)}…, computed ${computed.slice(0, 19)}…).`,
    hint:
      `source texts are published exactly as received. Undo the edit, or re-ingest the received file with ` +
      `"npm run ingest -- <file.txt> --meta <manifest.json> --force" to accept a new text. ` +
      `Headings, blank lines and ::: blocks may be changed freely; words may not.`,
  };
}
