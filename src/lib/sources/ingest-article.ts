import type { ManifestEntry } from '../schema/source-facts.ts';
import { decodeArticleText } from './decode-text.ts';
import { fingerprintText } from './fingerprint.ts';
import { parseArticleText } from './parse-article-text.ts';
import { renderSourceFile } from './source-file.ts';
import type { SourceBlock } from './types.ts';
import { wordsOf } from './words.ts';

export interface IngestedSource {
  slug: string;
  /** The complete `content/sources/<slug>.md`. */
  markdown: string;
  blocks: SourceBlock[];
  fingerprint: string;
  words: number;
}

/**
 * Received bytes plus their manifest entry → the text of `content/sources/<slug>.md`.
 * Pure: the caller reads the file and decides whether to write.
 * `ingestedOn` is the ingest day (YYYY-MM-DD), passed in so output is reproducible.
 */
export function ingestArticle(bytes: Uint8Array, fileLabel: string, entry: ManifestEntry, ingestedOn: string): IngestedSource {
  const text = decodeArticleText(bytes, fileLabel);
  const { blocks } = parseArticleText(text, entry);
  const fingerprint = fingerprintText(text);
  const words = wordsOf(text).length;
  const frontmatter = {
    title: entry.title,
    publisher: entry.publisher,
    authors: entry.authors,
    published: entry.published,
    datePrecision: entry.datePrecision,
    url: entry.url,
    kind: entry.kind,
    language: entry.language,
    regions: entry.regions,
    topics: entry.topics,
    rights: entry.rights,
    notes: entry.notes,
    ingest: { file: entry.file, date: ingestedOn, fingerprint, words },
  };
  return { slug: entry.slug, markdown: renderSourceFile(frontmatter, blocks), blocks, fingerprint, words };
}
