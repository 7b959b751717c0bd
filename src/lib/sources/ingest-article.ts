import type { ManifestEntry } from '../schema/source-facts.ts';
import { fingerprintLayout, fingerprintWords, wordsOfBlocks } from './fingerprint.ts';
import { completeEntry } from './manifest/complete-entry.ts';
import type { ManifestItem } from './manifest/read-manifest.ts';
import type { LeftOut, ReceivedDocument } from './received.ts';
import { renderSourceFile } from './source-file.ts';
import { structureArticle } from './structure-article.ts';
import type { SourceBlock } from './types.ts';
import { fail } from '../problems.ts';
import { decodeArticleText } from './decode-text.ts';

export interface IngestedSource {
  slug: string;
  /** The complete `content/sources/<slug>.md`. */
  markdown: string;
  blocks: SourceBlock[];
  /** For each block, why its units are what they are (for `--explain`). */
  reasons: string[][];
  fingerprint: string;
  words: number;
  /** The complete entry, as written to the frontmatter, and where each field came from. */
  entry: ManifestEntry;
  origins: Record<string, string>;
  format: ReceivedDocument['format'];
  quirks: string[];
  /** What a web page held that is not the article and is not kept (navigation, advertisements). */
  leftOut: LeftOut[];
}

export interface IngestOptions {
  /** The received file as the author named it, for messages. */
  file: string;
  /** Its manifest entry, if the manifest has one. */
  given?: ManifestItem | undefined;
  manifestPath?: string | undefined;
  /** The ingest day (YYYY-MM-DD), passed in so output is reproducible. */
  ingestedOn: string;
  /** The retrieval day given on the command line. */
  retrieved?: string | undefined;
}

/** The frontmatter of a source file, in the order the source format documents. */
function sourceFrontmatter(entry: ManifestEntry, ingest: { file: string; date: string; fingerprint: string; words: number; paragraphs: number; layout: string; quirks: readonly string[] }): Record<string, unknown> {
  return {
    citeAs: entry.citeAs,
    title: entry.title,
    publisher: entry.publisher,
    authors: entry.authors,
    published: entry.published,
    datePrecision: entry.datePrecision,
    url: entry.url,
    ...(entry.retrieved ? { retrieved: entry.retrieved } : {}),
    ...(entry.archived ? { archived: entry.archived } : {}),
    kind: entry.kind,
    language: entry.language,
    regions: entry.regions,
    topics: entry.topics,
    rights: entry.rights,
    notes: entry.notes,
    ingest: { file: ingest.file, date: ingest.date, fingerprint: ingest.fingerprint, words: ingest.words, paragraphs: ingest.paragraphs, layout: ingest.layout, ...(ingest.quirks.length > 0 ? { quirks: [...ingest.quirks] } : {}) },
  };
}

/**
 * A received document (see readReceived) and its manifest entry, if any → the text of
 * `content/sources/<slug>.md`: parse (the document), structure (structureArticle), complete
 * the entry (completeEntry), render (renderSourceFile). Pure: the caller reads the file and
 * decides whether to write.
 */
export function ingestArticle(document: ReceivedDocument, options: IngestOptions): IngestedSource {
  const given = options.given?.fields ?? {};
  const facts = {
    title: given.title ?? document.facts.title?.value ?? '',
    publisher: given.publisher ?? document.facts.publisher?.value ?? '',
    authors: given.authors ?? document.facts.authors?.value ?? [],
    language: given.language,
  };
  const structured = structureArticle(document, facts);
  const { entry, origins } = completeEntry({ file: options.file, given: options.given, derived: document.facts, language: structured.language, retrieved: options.retrieved, manifestPath: options.manifestPath });
  if (!structured.blocks.some((block) => block.role === 'paragraph')) {
    fail({
      file: options.file,
      message: `no body paragraph was found: all ${structured.blocks.length} blocks of the text were taken for furniture (headings, bylines, captions, boilerplate).`,
      hint: 'check that this is the article itself; run ingest with --explain to see each block and why it was classified as it was.',
    });
  }
  const words = wordsOfBlocks(structured.blocks);
  const fingerprint = fingerprintWords(words);
  const quirks = document.quirks;
  const frontmatter = sourceFrontmatter(entry, { file: entry.file, date: options.ingestedOn, fingerprint, words: words.length, ...fingerprintLayout(structured.blocks), quirks });
  return {
    slug: entry.slug,
    markdown: renderSourceFile(frontmatter, structured.blocks),
    blocks: structured.blocks,
    reasons: structured.reasons,
    fingerprint,
    words: words.length,
    entry,
    origins,
    format: document.format,
    quirks,
    leftOut: document.format === 'html' ? document.leftOut : [],
  };
}

/**
 * A plain text and its complete entry → the source file, synchronously: for the synthetic
 * corpus of the benchmarks and for tests, which have the entry and no web page or PDF to read.
 */
export function ingestText(bytes: Uint8Array, file: string, entry: ManifestEntry, ingestedOn: string): IngestedSource {
  const decoded = decodeArticleText(bytes, file);
  const { file: _file, ...fields } = entry;
  return ingestArticle({ format: 'text', text: decoded.text, facts: {}, quirks: decoded.quirks }, { file, given: { where: '(the entry)', fields, file: entry.file, format: 'manifest' }, ingestedOn });
}
