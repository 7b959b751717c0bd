import { basename } from 'node:path';
import { CSL_SOURCE_OF_FIELD, cslManifest, isCslJson } from '../citations/csl-json.ts';
import { MANIFEST_FIELDS, manifest as manifestSchema, manifestEntry, type ManifestEntry } from '../schema/source-facts.ts';
import { closestFirst } from '../text/closest.ts';
import { decodeArticleText } from './decode-text.ts';
import { ingestArticle } from './ingest-article.ts';
import { fail, isProblemError, ProblemError, type Problem } from '../problems.ts';
import { splitSourceFile } from './source-file.ts';

/** Side effects the ingest plan needs, passed in so the plan is testable without a disk. */
export interface IngestEffects {
  /** The bytes of a received file; throws when it cannot be read. */
  readBytes(path: string): Uint8Array;
  /** The current text of `content/sources/<slug>.md`, or undefined when there is none. */
  readExisting(slug: string): string | undefined;
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
}

/**
 * Works out every file an ingest run would write, or fails with every problem found.
 * All or nothing: if one input is bad, nothing is written for any of them.
 */
export function planIngest(request: IngestRequest, effects: IngestEffects): PlannedWrite[] {
  const entries = readManifest(request.manifestPath, request.manifestText, request.files);
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
      writes.push({
        slug: entry.slug,
        from: file,
        markdown: final.markdown,
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

function readManifest(path: string, text: string, files: readonly string[]): ManifestEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    fail({ file: path, message: `the manifest is not valid JSON (${reason}).`, hint: 'check it with: node -e "JSON.parse(require(\'fs\').readFileSync(process.argv[1]))" ' + path });
  }
  if (isCslJson(json)) return readCslManifest(path, json, files);
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

/**
 * A reference manager's CSL-JSON export as manifest entries, through the one mapping
 * (src/lib/citations/csl-json.ts) and the manifest's own schema; problems name the item and
 * the CSL field each fact comes from.
 */
function readCslManifest(path: string, json: unknown, files: readonly string[]): ManifestEntry[] {
  const { entries, problems: mappingProblems } = cslManifest(json, files);
  const problems: Problem[] = mappingProblems.map((problem) => ({ file: path, message: `CSL-JSON ${problem.item} ${problem.message}.`, ...(problem.hint ? { hint: problem.hint } : {}) }));
  const parsed: ManifestEntry[] = [];
  for (const { name, entry } of entries) {
    const result = manifestEntry.safeParse(entry);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    const issues = result.error.issues
      .map((issue) => {
        const field = String(issue.path[0] ?? '');
        const where = CSL_SOURCE_OF_FIELD[field] ?? field;
        if (entry[field] !== undefined) return `    ${where}: ${issue.message}`;
        if (field === 'file') return `    ${where}: missing, and no text given to this run is named after the slug ("${String(entry.slug)}.txt")`;
        return `    ${where}: missing (our "${field}")`;
      })
      .join('\n');
    problems.push({
      file: path,
      message: `CSL-JSON ${name} does not give what a source needs:\n${issues}`,
      hint: 'add the missing fields to the item. Facts CSL has no field for go in "custom": { "file": "<the text file>", "regions": […], "topics": […], "rights": "excerpts" }.',
    });
  }
  if (problems.length > 0) throw new ProblemError(problems);
  return parsed;
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
