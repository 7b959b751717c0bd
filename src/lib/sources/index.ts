/** Public API of source ingestion and reading. */
export type { BlockRole, Passage, ParsedArticle, SourceBlock } from './types.ts';
export { IngestError } from './ingest-error.ts';
export { decodeArticleText } from './decode-text.ts';
export { wordsOf } from './words.ts';
export { fingerprintText, fingerprintWords, wordsOfBlocks } from './fingerprint.ts';
export { splitUnits } from './split-units.ts';
export { classifyUnits, looksLikeHeading, type ArticleFacts } from './classify-units.ts';
export { parseArticleText } from './parse-article-text.ts';
export { serializeSourceBody, parseSourceBody, SourceBodyError } from './source-markdown.ts';
export { renderSourceFile, splitSourceFile } from './source-file.ts';
export { passagesOf, paragraphCount } from './passages.ts';
export { ingestArticle, type IngestedSource } from './ingest-article.ts';
export { checkSourceFingerprint } from './verify-source-text.ts';
export { planIngest, IngestFailure, type IngestEffects, type IngestRequest, type PlannedWrite } from './plan-ingest.ts';
export { listSourceSlugs } from './list-source-slugs.ts';
export { segmentText, type TextSegment } from './segment-text.ts';
export { sourceDate, formatAuthors, type SourceDate } from './source-date.ts';
