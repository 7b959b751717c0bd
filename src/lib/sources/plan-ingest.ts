import { basename } from 'node:path';
import { fail, isProblemError, ProblemError, type Problem } from '../problems.ts';
import { ingestArticle, type IngestedSource } from './ingest-article.ts';
import { findManifestItem, readManifest, type ManifestItem } from './manifest/read-manifest.ts';
import { readReceived } from './read-received.ts';
import { splitSourceFile } from './source-file.ts';
import { versionFile } from './source-versions.ts';

/** Side effects the ingest plan needs, passed in so the plan is testable without a disk. */
export interface IngestEffects {
  /** The bytes of a received file; throws when it cannot be read. */
  readBytes(path: string): Uint8Array;
  /** The current text of `<out>/<slug>.md`, or undefined when there is none. */
  readExisting(slug: string): string | undefined;
  /** How many earlier versions of the source are kept (`<out>/<slug>/v1.md` …); default none. */
  countKept?(slug: string): number;
}

export interface IngestRequest {
  files: readonly string[];
  /** Path of the manifest, for messages; none when the files speak for themselves. */
  manifestPath?: string | undefined;
  /** The manifest's text. */
  manifestText?: string | undefined;
  force: boolean;
  /** The ingest day, YYYY-MM-DD. */
  today: string;
  /** The day the files were retrieved (`--retrieved`), for entries that do not give one. */
  retrieved?: string | undefined;
  /** The output folder as the author named it (`--out`), for messages. Default "content/sources". */
  outLabel?: string | undefined;
}

export interface PlannedWrite {
  slug: string;
  from: string;
  markdown: string;
  replaces: boolean;
  source: IngestedSource;
  /**
   * When a changed text replaces an existing one: the existing file, to keep as version
   * `version` at `<out>/<path>` before the new text is written.
   */
  keep?: { version: number; path: string; markdown: string };
}

/**
 * Works out every file an ingest run would write, or fails with every problem found.
 * All or nothing: if one input is bad, nothing is written for any of them.
 */
export async function planIngest(request: IngestRequest, effects: IngestEffects): Promise<PlannedWrite[]> {
  const out = (request.outLabel ?? 'content/sources').replace(/\/+$/u, '');
  const items: ManifestItem[] = request.manifestPath !== undefined && request.manifestText !== undefined ? readManifest(request.manifestPath, request.manifestText) : [];
  if (request.files.length === 0) {
    fail({ file: '(no input)', message: 'no article files were given.', hint: 'usage: npm run ingest -- <file.html|file.pdf|file.txt> [more …] [--meta <manifest.json>] [--force]' });
  }
  const problems: Problem[] = [];
  const writes: PlannedWrite[] = [];
  const seenSlugs = new Map<string, string>();
  for (const file of request.files) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = effects.readBytes(file);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        fail({ file, message: `the file cannot be read (${reason}).`, hint: 'check the path and the file\'s permissions.' });
      }
      const document = await readReceived(bytes, file);
      const given = findManifestItem(items, file, document.facts, request.manifestPath ?? '');
      if (!given && request.manifestPath !== undefined && document.format === 'text' && items.length > 0) {
        // A plain text says nothing about itself: without its entry, name what the manifest lists.
        fail({
          file,
          message: `the manifest ${request.manifestPath} has no entry whose "file" is "${basename(file)}".`,
          hint: items[0]?.format === 'csl-json'
            ? `give its CSL item "file": "${basename(file)}" (or the id "${basename(file).replace(/\.[^.]*$/u, '')}"); the manifest's items: ${items.map((item) => item.id ?? item.where).join(', ')}`
            : `add one with its bibliographic facts; it lists: ${items.map((item) => item.file ?? item.where).join(', ')}`,
        });
      }
      const options = { file, given, manifestPath: request.manifestPath, retrieved: request.retrieved };
      let source = ingestArticle(document, { ...options, ingestedOn: request.today });
      const slug = source.slug;
      const earlier = seenSlugs.get(slug);
      if (earlier !== undefined) fail({ file, message: `slug "${slug}" is given twice in this run (also for ${earlier}).`, hint: 'ingest each article once, or give each its own slug in the manifest.' });
      seenSlugs.set(slug, file);
      const existing = effects.readExisting(slug);
      if (existing !== undefined) {
        const previous = splitSourceFile(existing).frontmatter as { title?: string; ingest?: { file?: string; fingerprint?: string; date?: string } } | undefined;
        if (!request.force) {
          const sameText = previous?.ingest?.fingerprint === source.fingerprint;
          const sameArticle = sameText || previous?.title === source.entry.title || previous?.ingest?.file === basename(file);
          fail({
            file,
            message: sameText
              ? `${out}/${slug}.md already exists with this very text; it was not overwritten.`
              : sameArticle
                ? `${out}/${slug}.md already exists with a different text of this article; it was not overwritten.`
                : `${out}/${slug}.md already exists and holds a different article ("${previous?.title ?? '?'}", ingested from ${previous?.ingest?.file ?? 'another file'}); it was not overwritten.`,
            hint: sameArticle
              ? 'pass --force to replace it with a fresh ingest of this file (hand edits to its frontmatter and structure are lost).'
              : `if this is a new article, give it a slug of its own in the manifest; --force would replace "${previous?.title ?? slug}" with it.`,
          });
        }
        // An unchanged text keeps its original ingest day, so re-running ingest is reproducible.
        if (previous?.ingest?.fingerprint === source.fingerprint && previous.ingest.date && previous.ingest.date !== request.today) {
          source = ingestArticle(document, { ...options, ingestedOn: previous.ingest.date });
        }
      }
      // A changed text keeps the one it replaces as the next version, and the build then
      // re-anchors every citation from the text they were written against (reanchorFrom).
      let keep: PlannedWrite['keep'];
      let markdown = source.markdown;
      if (existing !== undefined) {
        const previous = splitSourceFile(existing).frontmatter as { ingest?: { fingerprint?: string }; reanchorFrom?: number } | undefined;
        if (previous?.ingest?.fingerprint !== source.fingerprint) {
          const version = (effects.countKept?.(slug) ?? 0) + 1;
          keep = { version, path: versionFile(slug, version), markdown: existing };
          markdown = withReanchorFrom(markdown, typeof previous?.reanchorFrom === 'number' ? previous.reanchorFrom : version);
        } else if (typeof previous.reanchorFrom === 'number') {
          // The same text again: citations still await re-anchoring from the version they name.
          markdown = withReanchorFrom(markdown, previous.reanchorFrom);
        }
      }
      writes.push({ slug, from: file, markdown, replaces: existing !== undefined, source, ...(keep ? { keep } : {}) });
    } catch (error) {
      if (isProblemError(error)) problems.push(...error.problems);
      else throw error;
    }
  }
  // Every problem of the run, reported together.
  if (problems.length > 0) throw new ProblemError(problems);
  return writes;
}

/** The source file with `reanchorFrom: <version>` at the end of its frontmatter. */
function withReanchorFrom(markdown: string, version: number): string {
  const end = markdown.indexOf('\n---\n', 3);
  return end < 0 ? markdown : `${markdown.slice(0, end)}\nreanchorFrom: ${version}${markdown.slice(end)}`;
}
