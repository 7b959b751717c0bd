import { basename, extname } from 'node:path';
import { citationLabel } from '../citation-label.ts';
import { fail } from '../../problems.ts';
import { manifestEntry, type ManifestEntry } from '../../schema/source-facts.ts';
import type { Derived, DerivedFacts } from '../received.ts';
import type { ManifestItem } from './read-manifest.ts';

/** A source's complete entry and where each field came from (shown when ingest prints it). */
export interface CompletedEntry {
  entry: ManifestEntry;
  /** Field name → "manifest", "JSON-LD headline", "derived from the publisher" … */
  origins: Record<string, string>;
}

/** Fields every source must have, and what to tell an author who must supply one. */
const REQUIRED: { field: 'title' | 'publisher' | 'published' | 'kind'; example: string }[] = [
  { field: 'title', example: '"title": "…"' },
  { field: 'publisher', example: '"publisher": "…"' },
  { field: 'published', example: '"published": "2025-11-04", "datePrecision": "day"' },
  { field: 'kind', example: '"kind": "news report"' },
];

const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'with', 'after', 'over', 'how', 'why', 'what', 'are', 'was', 'be', 'will', 'this', 'that']);

/** "Café Society: Notes" → ["cafe", "society", "notes"]: ASCII words of a text (accents dropped, other scripts left out). */
function asciiWords(text: string): string[] {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '').replace(/['’]/gu, '').toLowerCase().split(/[^a-z0-9]+/u).filter(Boolean);
}

/**
 * A slug for a source that has none: its short citation name, the first four significant
 * words of its title and its year ("northgate-coalition-advisers-prepare-leave-2025"); the
 * file's name when the title has no Latin letters.
 */
export function deriveSlug(facts: { citeAs: string; title: string; published: string; file: string }): string {
  const titleWords = asciiWords(facts.title).filter((word) => !STOP_WORDS.has(word)).slice(0, 4);
  const prefix = asciiWords(facts.citeAs).slice(0, 2);
  const year = /^\d{4}/u.exec(facts.published)?.[0];
  const words = titleWords.length > 0 ? [...prefix, ...titleWords] : [...prefix, ...asciiWords(basename(facts.file, extname(facts.file)))];
  if (year && !words.includes(year)) words.push(year);
  return words.join('-').slice(0, 80).replace(/-+$/u, '') || 'source';
}

/**
 * Completes a source's entry from what its manifest entry gives (`given`, which wins), what the
 * file says (`derived`) and the defaults (no authors, no regions or topics, empty notes, full
 * text, the address unknown: null), and derives what is left: the short citation name from the
 * publisher, the slug. A required field nobody gives (title, publisher, published, kind) is an
 * error naming each one missing and how to give it; the complete entry is then checked against
 * the manifest schema, with each message naming its field.
 */
export function completeEntry(options: {
  file: string;
  given: ManifestItem | undefined;
  derived: DerivedFacts;
  language: Derived<string>;
  /** The retrieval day given on the command line, for entries that do not give their own. */
  retrieved?: string | undefined;
  manifestPath?: string | undefined;
}): CompletedEntry {
  const { file, derived } = options;
  const given = options.given?.fields ?? {};
  const origins: Record<string, string> = {};
  const draft: Record<string, unknown> = { file: basename(file) };
  const take = <T>(field: string, fromManifest: T | undefined, fromFile: Derived<T> | undefined, fallback?: { value: T; from: string }) => {
    if (fromManifest !== undefined) {
      draft[field] = fromManifest;
      origins[field] = options.given?.format === 'csl-json' ? 'CSL-JSON manifest' : 'manifest';
    } else if (fromFile !== undefined) {
      draft[field] = fromFile.value;
      origins[field] = fromFile.from;
    } else if (fallback) {
      draft[field] = fallback.value;
      origins[field] = fallback.from;
    }
  };

  take('title', given.title, derived.title);
  take('publisher', given.publisher, derived.publisher);
  take('authors', given.authors, derived.authors, { value: [], from: 'none named' });
  if (given.published !== undefined) {
    take('published', given.published, undefined);
    const precision = given.datePrecision ?? (/^\d{4}-\d{2}-\d{2}$/u.test(given.published) ? 'day' : /^\d{4}-\d{2}$/u.test(given.published) ? 'month' : 'year');
    draft.datePrecision = precision;
    origins.datePrecision = given.datePrecision ? origins.published! : 'the form of the date';
  } else if (derived.published) {
    draft.published = derived.published.value.date;
    draft.datePrecision = given.datePrecision ?? derived.published.value.precision;
    origins.published = origins.datePrecision = derived.published.from;
  }
  take('url', given.url, derived.url, { value: null, from: 'not in the file: unknown (null)' });
  take('retrieved', given.retrieved, options.retrieved ? { value: options.retrieved, from: '--retrieved' } : undefined);
  take('archived', given.archived, derived.archived);
  take('kind', given.kind, derived.kind);
  draft.language = options.language.value;
  origins.language = options.language.from;
  take('regions', given.regions, undefined, { value: [], from: 'none given' });
  take('topics', given.topics, derived.topics, { value: [], from: 'none given' });
  take('rights', given.rights, undefined, { value: 'full-text', from: 'default' });
  take('notes', given.notes, undefined, { value: '', from: 'none given' });

  const missing = REQUIRED.filter(({ field }) => draft[field] === undefined);
  if (missing.length > 0) {
    const names = missing.map(({ field }) => field);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    fail({
      file,
      message: `the file does not say its ${list}, and ${options.given ? `its manifest entry (${options.given.where}) does not give ${names.length === 1 ? 'it' : 'them'}` : `no manifest entry gives ${names.length === 1 ? 'it' : 'them'}`}.`,
      hint: `${options.given ? `add ${names.length === 1 ? 'it' : 'them'} to its entry in ${options.manifestPath}` : `give ${names.length === 1 ? 'it' : 'them'} in a manifest (--meta manifest.json)`}: { "file": "${basename(file)}", ${missing.map(({ example }) => example).join(', ')} }`,
    });
  }

  const citeAs = given.citeAs ?? citationLabel({ publisher: String(draft.publisher) });
  origins.citeAs = given.citeAs ? (options.given?.format === 'csl-json' ? 'CSL-JSON manifest' : 'manifest') : `derived from the publisher ("${String(draft.publisher)}")`;
  draft.citeAs = citeAs;
  if (given.slug !== undefined) {
    draft.slug = given.slug;
    origins.slug = options.given?.format === 'csl-json' ? 'the CSL item\'s id' : 'manifest';
  } else {
    draft.slug = deriveSlug({ citeAs, title: String(draft.title), published: String(draft.published), file });
    origins.slug = 'derived from the short name, the title and the year';
  }

  const parsed = manifestEntry.safeParse(draft);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const field = String(issue.path[0] ?? '');
      const origin = origins[field];
      return `    ${issue.path.join('.') || '(entry)'}: ${issue.message}${origin && origin !== 'manifest' ? ` (from ${origin})` : ''}`;
    });
    fail({
      file,
      message: `the entry for this file is not valid:\n${issues.join('\n')}`,
      hint: options.given ? `correct it in ${options.manifestPath} (${options.given.where}).` : `give the right value in a manifest (--meta manifest.json): { "file": "${basename(file)}", … }`,
    });
  }
  return { entry: parsed.data, origins };
}
