import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor, type CborValue } from './cbor.ts';
import { FRAGMENT_TAG_LENGTH, fragmentName } from './page-order.ts';

/**
 * The Pagefind version whose metadata layout this step reads. Pagefind is pinned to it in
 * package.json; after an upgrade the build stops here until the layout has been checked.
 */
export const COMPACTED_PAGEFIND_VERSION = '1.6.0';

/** Pagefind's marker in front of the decompressed contents of each of its files. */
const SIGNATURE = 'pagefind_dcd';

export interface CompactionSummary {
  /** Pages renamed, over every language. */
  pageCount: number;
  /** The metadata files' sizes (gzip, as served) before and after, over every language. */
  metaBytesBefore: number;
  metaBytesAfter: number;
}

interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}. compact-search-index.ts reads the layout of Pagefind ${COMPACTED_PAGEFIND_VERSION}; check it against the new version before upgrading.`);
}

function readPagefindFile(path: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(path));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) fail(path, `does not start with "${SIGNATURE}"`);
  return bytes.subarray(SIGNATURE.length);
}

function writePagefindFile(path: string, contents: Uint8Array): number {
  const compressed = gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), contents]), { level: 9 });
  writeFileSync(path, compressed);
  return compressed.length;
}

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The metadata's page list, checked against the layout `[[fragment hash, word count, fragment group], …]`. */
function pageList(meta: CborValue, file: string): [string, number, string][] {
  if (!Array.isArray(meta) || meta.length < 2) fail(file, 'is not the array of sections expected');
  if (meta[0] !== COMPACTED_PAGEFIND_VERSION) fail(file, `was written by Pagefind ${String(meta[0])}`);
  const pages = meta[1];
  if (!Array.isArray(pages)) fail(file, 'has no page list in its second section');
  for (const page of pages) {
    if (!Array.isArray(page) || page.length !== 3 || typeof page[0] !== 'string' || typeof page[1] !== 'number' || page[2] !== '') {
      fail(file, `has a page entry other than [fragment hash, word count, ""] (${JSON.stringify(page)}); fragment groups (maxFragments) are not supported`);
    }
  }
  return pages as [string, number, string][];
}

/**
 * Takes the sort lists out of the metadata after checking that each is the page order itself
 * (0, 1, 2, …): pages are numbered in date order, so page-order.ts sorts by the page number each
 * fragment's name carries, and Pagefind never needs the list. A sort in any other order fails the
 * build, naming it.
 */
function dropPageOrderSorts(meta: CborValue[], pageCount: number, file: string): void {
  const sorts = meta[4];
  if (!Array.isArray(sorts)) fail(file, 'has no sort list in its fifth section');
  for (const sort of sorts) {
    const [name, pages] = Array.isArray(sort) ? sort : [];
    const inPageOrder = Array.isArray(pages) && pages.length === pageCount && pages.every((page, index) => page === index);
    if (!inPageOrder) {
      throw new Error(`${file}: the sort "${String(name)}" is not in page order; the search page sorts by page number (src/lib/search/page-order.ts), so pages must go to Pagefind in that sort's order (build-search-index.ts).`);
    }
  }
  meta[4] = [];
}

/**
 * Gives Pagefind's fragment files short names, so that the metadata file every first query
 * fetches is a third smaller on a large site.
 *
 * Pagefind names each page's fragment (its text, title and filters, fetched to show it as a
 * result) by seven hex digits of its content hash, and lists every one of those names in the
 * language's metadata file: at 5,000 pages, random names that gzip cannot shrink make up 14 KB of
 * its 50 KB. Here each fragment becomes `<language>_<tag><n>`, n the page's number in hex and the
 * tag four hex digits of the metadata's digest, so that pages are still renamed whenever anything
 * in the index changes and a browser never pairs one build's metadata with another's fragments
 * (the number also gives the date order: page-order.ts, dropPageOrderSorts).
 * The metadata is written again with those names at gzip's highest level, under a name of its own
 * digest, and `pagefind-entry.json` points at it. Nothing else in the index refers to fragments
 * by name: index and filter chunks refer to pages by number.
 */
export function compactSearchIndex(outputPath: string): CompactionSummary {
  const entryPath = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as PagefindEntry;
  if (entry.version !== COMPACTED_PAGEFIND_VERSION) fail(entryPath, `was written by Pagefind ${entry.version}`);
  const fragments = join(outputPath, 'fragment');
  const renamed = join(outputPath, 'fragment.compact');
  rmSync(renamed, { recursive: true, force: true });
  mkdirSync(renamed);
  const summary: CompactionSummary = { pageCount: 0, metaBytesBefore: 0, metaBytesAfter: 0 };

  // Sorted, so that the result does not depend on the order the entry lists its languages in.
  for (const language of Object.keys(entry.languages).sort()) {
    const info = entry.languages[language]!;
    const metaPath = join(outputPath, `pagefind.${info.hash}.pf_meta`);
    const original = readPagefindFile(metaPath);
    const meta = decodeCbor(original);
    const pages = pageList(meta, metaPath);
    const tag = digest(original).slice(0, FRAGMENT_TAG_LENGTH);
    // Pagefind gives identical pages one fragment, listed under one hash: they keep sharing it.
    const names = new Map<string, string>();
    pages.forEach((page, number) => {
      let name = names.get(page[0]);
      if (name === undefined) {
        name = fragmentName(language, tag, number);
        renameSync(join(fragments, `${page[0]}.pf_fragment`), join(renamed, `${name}.pf_fragment`));
        names.set(page[0], name);
      }
      page[0] = name;
    });
    dropPageOrderSorts(meta as CborValue[], pages.length, metaPath);
    const compacted = encodeCbor(meta);
    const hash = `${language}_${digest(compacted).slice(0, 10)}`;
    summary.metaBytesBefore += readFileSync(metaPath).length;
    rmSync(metaPath);
    summary.metaBytesAfter += writePagefindFile(join(outputPath, `pagefind.${hash}.pf_meta`), compacted);
    summary.pageCount += pages.length;
    info.hash = hash;
  }

  const unlisted = readdirSync(fragments);
  if (unlisted.length > 0) fail(fragments, `holds ${unlisted.length} fragments no metadata lists (${unlisted.slice(0, 3).join(', ')})`);
  rmSync(fragments, { recursive: true });
  renameSync(renamed, fragments);
  writeFileSync(entryPath, JSON.stringify(entry));
  return summary;
}
