import { basename } from 'node:path';
import { MANIFEST_FIELDS, manifest as manifestSchema, type ManifestEntry } from '../schema/source-facts.ts';
import { closestFirst } from '../text/closest.ts';
import { decodeArticleText } from './decode-text.ts';
import { ingestArticle } from './ingest-article.ts';
import { fail, isProblemError, ProblemError, type Problem } from '../problems.ts';
import { splitSourceFile } from './source-file.ts';
import { versionFile } from './source-versions.ts';

/** Side effects the ingest plan needs, passed in so the plan is testable without a disk. */
export interface IngestEffects {
  /** The bytes of a received file; throws when it cannot be read. */
  readBytes(path: string): Uint8Array;
  /** The current text of `content/sources/<slug>.md`, or undefined when there is none. */
  readExisting(slug: string): string | undefined;
  /** How many earlier versions of the source are kept (`content/sources/<slug>/v1.md` …); default none. */
  countKept?(slug: string): number;
}

export interface IngestRequest {
  files: readonly string[];
  /** Path of the manifest, for messages. */
  manifestPath: string;
  /** The manifest's text. */
  manifestText: string;
  force: boolean;
  /** The ingest day, YYYY-MM-DD. */
  today: string;
}

export interface PlannedWrite {
  slug: string;
  from: string;
  markdown: string;
  replaces: boolean;
  paragraphs: number;
  headings: number;
  words: number;
  /**
   * When a changed text replaces an existing one: the existing file, to keep as version
   * `version` at `content/sources/<path>` before the new text is written.
   */
  keep?: { version: number; path: string; markdown: string };
}

/**
 * Works out every file an ingest run would write, or fails with every problem found.
 * All or nothing: if one input is bad, nothing is written for any of them.
 */
export function planIngest(request: IngestRequest, effects: IngestEffects): PlannedWrite[] {
  const entries = readManifest(request.manifestPath, request.manifestText);
  if (request.files.length === 0) {
    fail({ file: '(no input)', message: 'no article files were given.', hint: 'usage: npm run ingest -- <file.txt> [more.txt …] --meta <manifest.json> [--force]' });
  }
  const problems: Problem[] = [];
  const writes: PlannedWrite[] = [];
  const seenSlugs = new Set<string>();
  for (const file of request.files) {
    try {
      let bytes: Uint8Array;
      try {
        bytes = effects.readBytes(file);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        fail({ file, message: `the file cannot be read (${reason}).`, hint: 'check the path and the file\'s permissions.' });
      }
      decodeArticleText(bytes, file);
      const entry = findEntry(entries, file, request.manifestPath);
      if (seenSlugs.has(entry.slug)) fail({ file, message: `slug "${entry.slug}" is given twice in this run.`, hint: 'ingest each article once.' });
      seenSlugs.add(entry.slug);
      const existing = effects.readExisting(entry.slug);
      let ingestedOn = request.today;
      const result = ingestArticle(bytes, file, entry, ingestedOn);
      if (existing !== undefined) {
        const previous = splitSourceFile(existing).frontmatter as { title?: string; ingest?: { file?: string; fingerprint?: string; date?: string } } | undefined;
        if (!request.force) {
          const sameText = previous?.ingest?.fingerprint === result.fingerprint;
          const sameArticle = sameText || previous?.title === entry.title || previous?.ingest?.file === basename(file);
          fail({
            file,
            message: sameText
              ? `content/sources/${entry.slug}.md already exists with this very text; it was not overwritten.`
              : sameArticle
                ? `content/sources/${entry.slug}.md already exists with a different text of this article; it was not overwritten.`
                : `content/sources/${entry.slug}.md already exists and holds a different article ("${previous?.title ?? '?'}", ingested from ${previous?.ingest?.file ?? 'another file'}); it was not overwritten.`,
            hint: sameArticle
              ? 'pass --force to replace it with a fresh ingest of this file (hand edits to its frontmatter and structure are lost).'
              : `if this is a new article, give it a slug of its own in the manifest; --force would replace "${previous?.title ?? entry.slug}" with it.`,
          });
        }
        // An unchanged text keeps its original ingest day, so re-running ingest is reproducible.
        if (previous?.ingest?.fingerprint === result.fingerprint && previous.ingest.date) {
          ingestedOn = previous.ingest.date;
        }
      }
      const final = ingestedOn === request.today ? result : ingestArticle(bytes, file, entry, ingestedOn);
      // A changed text keeps the one it replaces as the next version, and the build then
      // re-anchors every citation from the text they were written against (reanchorFrom).
      let keep: PlannedWrite['keep'];
      let markdown = final.markdown;
      if (existing !== undefined) {
        const previous = splitSourceFile(existing).frontmatter as { ingest?: { fingerprint?: string }; reanchorFrom?: number } | undefined;
        if (previous?.ingest?.fingerprint !== final.fingerprint) {
          const version = (effects.countKept?.(entry.slug) ?? 0) + 1;
          keep = { version, path: versionFile(entry.slug, version), markdown: existing };
          markdown = withReanchorFrom(markdown, typeof previous?.reanchorFrom === 'number' ? previous.reanchorFrom : version);
        } else if (typeof previous.reanchorFrom === 'number') {
          // The same text again: citations still await re-anchoring from the version they name.
          markdown = withReanchorFrom(markdown, previous.reanchorFrom);
        }
      }
      writes.push({
        slug: entry.slug,
        from: file,
        ...(keep ? { keep } : {}),
        markdown,
        replaces: existing !== undefined,
        paragraphs: final.blocks.filter((block) => block.role === 'paragraph').length,
        headings: final.blocks.filter((block) => block.role === 'heading').length,
        words: final.words,
      });
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

function readManifest(path: string, text: string): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    fail({ file: path, message: `the manifest is not valid JSON (${reason}).`, hint: 'check it with: node -e "JSON.parse(require(\'fs\').readFileSync(process.argv[1]))" ' + path });
  }
  // A manifest may hold one source object or { sources: [...] }.
  const wrapped = json && typeof json === 'object' && !Array.isArray(json) && !('sources' in json) ? { sources: [json] } : json;
  const parsed = manifestSchema.safeParse(wrapped);
  if (!parsed.success) {
    // A single-object manifest is wrapped above: its paths must not say "sources.0".
    const single = !(json && typeof json === 'object' && 'sources' in json);
    const where = (path: PropertyKey[]) => (single ? path.slice(2) : path).join('.') || '(root)';
    const issues = parsed.error.issues
      .flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => {
              const suggestion = closestFirst(key, MANIFEST_FIELDS)[0];
              return `    ${where([...issue.path, key])}: unknown field${suggestion ? `; did you mean "${suggestion}"?` : ''} Fields allowed: ${MANIFEST_FIELDS.join(', ')}`;
            })
          : [`    ${where(issue.path)}: ${issue.message}`],
      )
      .join('\n');
    fail({ file: path, message: `the manifest does not match the expected shape:\n${issues}`, hint: 'each source needs file, slug, title, publisher, authors, published, datePrecision, url, kind, language, regions, topics, notes.' });
  }
  return parsed.data.sources;
}

function findEntry(entries: readonly ManifestEntry[], file: string, manifestPath: string): ManifestEntry {
  const name = basename(file);
  const entry = entries.find((candidate) => candidate.file === name);
  if (!entry) {
    fail({
      file,
      message: `the manifest ${manifestPath} has no entry whose "file" is "${name}".`,
      hint: `add one with its bibliographic facts; it lists: ${entries.map((candidate) => candidate.file).join(', ')}`,
    });
  }
  return entry;
}
