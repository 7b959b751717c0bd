import { basename, extname } from 'node:path';
import { MANIFEST_FIELDS, partialManifest, partialManifestEntry, type PartialManifestEntry } from '../../schema/source-facts.ts';
import { closestFirst } from '../../text/closest.ts';
import { fail } from '../../problems.ts';
import type { DerivedFacts } from '../received.ts';
import { isCslJson, mapCslItem, type CslInput } from '../csl-json.ts';

/** One entry of a manifest, in our field names, with what identifies its file. */
export interface ManifestItem {
  /** Where it sits in the manifest, for messages: `sources[2]`, `item 3 (id "nyt-2024")`. */
  where: string;
  /** The fields it gives (partial: the file says the rest). */
  fields: Omit<PartialManifestEntry, 'file'>;
  /** The received file's name, when the entry names it. */
  file?: string;
  /** A CSL item's `id`. */
  id?: string;
  format: 'manifest' | 'csl-json';
}

function schemaIssues(error: { issues: readonly { code: string; path: PropertyKey[]; message: string; keys?: string[] }[] }, where: string): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' && issue.keys
      ? issue.keys.map((key) => {
          const suggestion = closestFirst(key, MANIFEST_FIELDS)[0];
          return `    ${[where, ...issue.path.map(String), key].filter((part) => part !== '').join('.')}: unknown field${suggestion ? `; did you mean "${suggestion}"?` : ''} Fields allowed: ${MANIFEST_FIELDS.join(', ')}`;
        })
      : [`    ${[where, ...issue.path.map(String)].filter((part) => part !== '').join('.') || '(root)'}: ${issue.message}`],
  );
}

/**
 * Reads an ingest manifest: our JSON (one entry, or `{ "sources": [ … ] }`, each entry `file`
 * and any of the source fields) or CSL-JSON (a reference manager's export: one item or a list,
 * mapped by mapCslItem). Every field but `file` is optional: the received file supplies the
 * rest. Two entries for one file, or two CSL items with one id, are an error naming both.
 */
export function readManifest(path: string, text: string): ManifestItem[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    fail({ file: path, message: `the manifest is not valid JSON (${reason}).`, hint: 'check it with: node -e "JSON.parse(require(\'fs\').readFileSync(process.argv[1]))" ' + path });
  }
  if (isCslJson(json)) return readCsl(path, Array.isArray(json) ? json : [json]);

  // A manifest may hold one source object or { sources: [...] }.
  const single = !(json && typeof json === 'object' && !Array.isArray(json) && 'sources' in json);
  const wrapped = json && typeof json === 'object' && !Array.isArray(json) && single ? { sources: [json] } : json;
  const parsed = partialManifest.safeParse(wrapped);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((issue) => ({ ...issue, path: single ? issue.path.slice(2) : issue.path }))
      .flatMap((issue) => schemaIssues({ issues: [issue as never] }, ''))
      .join('\n');
    fail({
      file: path,
      message: `the manifest does not match the expected shape:\n${issues}`,
      hint: 'each entry needs "file" (the received file\'s name); any of slug, title, publisher, authors, published, datePrecision, url, kind, language, regions, topics, notes, rights, citeAs, retrieved and archived may follow, for what the file does not say itself.',
    });
  }
  const items = parsed.data.sources.map(({ file, ...fields }, i): ManifestItem => ({ where: single ? '(the entry)' : `sources[${i}]`, fields, file, format: 'manifest' }));
  const byFile = new Map<string, ManifestItem>();
  for (const item of items) {
    const key = basename(item.file!);
    const earlier = byFile.get(key);
    if (earlier) {
      fail({
        file: path,
        message: `the manifest has two entries for "${key}": ${describe(earlier)} and ${describe(item)}.`,
        hint: 'keep one entry per received file: merge the two, or delete the one that is wrong.',
      });
    }
    byFile.set(key, item);
  }
  return items;
}

function describe(item: ManifestItem): string {
  return `${item.where}${item.fields.slug ? ` (slug "${item.fields.slug}")` : item.fields.title ? ` ("${item.fields.title}")` : ''}`;
}

function readCsl(path: string, items: CslInput[]): ManifestItem[] {
  const result: ManifestItem[] = [];
  const byId = new Map<string, ManifestItem>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const mapped = mapCslItem(item);
    const where = `item ${i + 1}${mapped.id !== undefined ? ` (id "${mapped.id}")` : ''}`;
    const parsed = partialManifestEntry.safeParse({ file: mapped.file ?? '(CSL item)', ...mapped.fields });
    if (!parsed.success) {
      problems.push(...schemaIssues(parsed.error as never, where));
      return;
    }
    const { file: _file, ...fields } = parsed.data;
    const manifestItem: ManifestItem = { where, fields, format: 'csl-json', ...(mapped.file ? { file: mapped.file } : {}), ...(mapped.id !== undefined ? { id: mapped.id } : {}) };
    if (mapped.id !== undefined) {
      const earlier = byId.get(mapped.id);
      if (earlier) fail({ file: path, message: `the CSL-JSON manifest has two items with the id "${mapped.id}": ${earlier.where} and ${where}.`, hint: 'keep one item per source: export the collection again, or delete the duplicate.' });
      byId.set(mapped.id, manifestItem);
    }
    result.push(manifestItem);
  });
  if (problems.length > 0) {
    fail({ file: path, message: `the CSL-JSON manifest has items ingest cannot use:\n${problems.join('\n')}`, hint: 'CSL dates are { "date-parts": [[2024, 3, 31]] }; the item\'s URL must be http(s).' });
  }
  return result;
}

const comparable = (text: string) => text.normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * The manifest entry for a received file: the one whose `file` is its name; for CSL-JSON,
 * else the item whose `id` is the file's name without its extension, whose `URL` is the
 * address the file gives, or whose title is the file's title. Undefined when none is; two
 * CSL items that both fit are an error naming both.
 */
export function findManifestItem(items: readonly ManifestItem[], file: string, facts: DerivedFacts, manifestPath: string): ManifestItem | undefined {
  const name = basename(file);
  const byName = items.find((item) => item.file !== undefined && basename(item.file) === name);
  if (byName) return byName;
  const csl = items.filter((item) => item.format === 'csl-json' && item.file === undefined);
  const stem = basename(file, extname(file));
  const tests: ((item: ManifestItem) => boolean)[] = [
    (item) => item.id === stem,
    (item) => facts.url !== undefined && item.fields.url === facts.url.value,
    (item) => facts.title !== undefined && item.fields.title !== undefined && comparable(item.fields.title) === comparable(facts.title.value),
  ];
  for (const test of tests) {
    const matches = csl.filter(test);
    if (matches.length > 1) {
      fail({
        file,
        message: `two items of the CSL-JSON manifest ${manifestPath} fit this file: ${matches[0]!.where} and ${matches[1]!.where}.`,
        hint: `give one of them "file": "${name}" (or an id matching the file's name, "${stem}").`,
      });
    }
    if (matches[0]) return matches[0];
  }
  return undefined;
}
