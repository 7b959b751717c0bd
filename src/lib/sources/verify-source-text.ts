import { fingerprintLayout, fingerprintWords, wordsOfBlocks } from './fingerprint.ts';
import type { SourceBlock } from './types.ts';

/**
 * Checks a source's body against the fingerprints recorded at ingest. Returns the problem
 * (without its file) when a word was edited by hand, or a numbered passage split, joined or
 * re-labelled (where the layout was recorded), otherwise undefined.
 */
export function checkSourceFingerprint(
  blocks: readonly SourceBlock[],
  recorded: { fingerprint: string; words: number; file: string; paragraphs?: number | undefined; layout?: string | undefined },
): { message: string; hint: string } | undefined {
  const words = wordsOfBlocks(blocks);
  const computed = fingerprintWords(words);
  if (computed === recorded.fingerprint) return checkLayout(blocks, recorded);
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
      `Headings may be moved and lines re-wrapped; words may not change, and paragraphs may not be split, joined or re-labelled.`,
  };
}

function checkLayout(blocks: readonly SourceBlock[], recorded: { file: string; paragraphs?: number | undefined; layout?: string | undefined }): { message: string; hint: string } | undefined {
  if (recorded.layout === undefined) return undefined;
  const computed = fingerprintLayout(blocks);
  if (computed.layout === recorded.layout) return undefined;
  const countNote =
    recorded.paragraphs !== undefined && recorded.paragraphs !== computed.paragraphs
      ? `it had ${recorded.paragraphs} numbered paragraphs when ingested and has ${computed.paragraphs} now`
      : 'a paragraph, author bio or note was split, joined or re-labelled';
  return {
    message:
      `the text's words are as ingested from ${recorded.file}, but its numbered passages are not (${countNote}): ` +
      `every later paragraph number, and each citation that uses one, would point at a different passage.`,
    hint:
      'undo the change to the blank lines or ::: blocks; to publish the text divided differently, re-ingest the received file ' +
      'with "npm run ingest -- <file> --force", which keeps the previous version and re-anchors the citations of it.',
  };
}
