import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../../src/lib/search/cbor.ts';
import { compactSearchIndex } from '../../../src/lib/search/compact-search-index.ts';
import { pageNumberOf } from '../../../src/lib/search/page-order.ts';
import { readIndexedPages } from '../../helpers/pagefind.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const page = (title: string, body: string, date = '2020-01-01') =>
  `<html lang="en"><body><main data-pagefind-body data-pagefind-sort="date:${date}"><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A Pagefind index of a few pages, written to a temporary folder. */
async function writeIndex(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'compact-index-'));
  folders.push(folder);
  const { index } = await pagefind.createIndex({});
  const pages: [string, string][] = [
    ['/a/', page('Alpha', 'Wadi Hauran lies west of Anbar.')],
    ['/b/', page('Beta', 'The coalition met in Brussels.', '2021-06')],
    ['/c/', page('Gamma', 'Militants in the Sahel.', '2024-03-31')],
  ];
  for (const [url, content] of pages) await index!.addHTMLFile({ url, content });
  await index!.writeFiles({ outputPath: join(folder, 'pagefind') });
  await pagefind.close();
  return join(folder, 'pagefind');
}

function readMeta(output: string): { file: string; meta: unknown[] } {
  const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: { en: { hash: string } } };
  const file = `pagefind.${entry.languages.en.hash}.pf_meta`;
  const bytes = gunzipSync(readFileSync(join(output, file)));
  expect(bytes.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return { file, meta: decodeCbor(bytes.subarray(12)) as unknown[] };
}

describe('compactSearchIndex', () => {
  it('renames every fragment short, lists the new names in new metadata, and leaves the pages as they were', async () => {
    const output = await writeIndex();
    const before = readIndexedPages(output).map((indexed) => JSON.stringify(indexed)).sort();
    const { file: oldMeta, meta: original } = readMeta(output);

    const summary = compactSearchIndex(output);

    const { file: newMeta, meta } = readMeta(output);
    expect(newMeta).not.toBe(oldMeta);
    expect(readdirSync(output).filter((name) => name.endsWith('.pf_meta'))).toEqual([newMeta]);
    const pages = meta[1] as [string, number, string][];
    expect(pages.map(([, words]) => words)).toEqual((original[1] as [string, number, string][]).map(([, words]) => words));
    expect(meta.slice(2, 4)).toEqual(original.slice(2, 4));
    // The date sort was the page order itself; the page numbers in the names replace it.
    expect((original[4] as [string, number[]][]).map(([name, pages]) => [name, pages])).toEqual([['date', [0, 1, 2]]]);
    expect(meta[4]).toEqual([]);
    expect(meta.slice(5)).toEqual(original.slice(5));
    const names = pages.map(([name]) => name);
    for (const name of names) expect(name).toMatch(/^en_[0-9a-f]{4}[0-9a-f]+$/u);
    expect(names.map(pageNumberOf)).toEqual([0, 1, 2]);
    expect(new Set(names).size).toBe(3);
    expect(readdirSync(join(output, 'fragment')).sort()).toEqual(names.map((name) => `${name}.pf_fragment`).sort());
    expect(readIndexedPages(output).map((indexed) => JSON.stringify(indexed)).sort()).toEqual(before);
    expect(summary.pageCount).toBe(3);
  });

  it('gives the same names to the same index, and new names when anything in it changes', async () => {
    const first = await writeIndex();
    const second = await writeIndex();
    compactSearchIndex(first);
    compactSearchIndex(second);
    expect(readdirSync(join(first, 'fragment')).sort()).toEqual(readdirSync(join(second, 'fragment')).sort());
    expect(readMeta(first).file).toBe(readMeta(second).file);

    const folder = mkdtempSync(join(tmpdir(), 'compact-index-'));
    folders.push(folder);
    const { index } = await pagefind.createIndex({});
    await index!.addHTMLFile({ url: '/a/', content: page('Alpha', 'Wadi Hauran lies east of Anbar.') });
    await index!.writeFiles({ outputPath: join(folder, 'pagefind') });
    await pagefind.close();
    compactSearchIndex(join(folder, 'pagefind'));
    const [renamed] = readdirSync(join(folder, 'pagefind', 'fragment'));
    expect(readdirSync(join(first, 'fragment'))).not.toContain(renamed);
  });

  it('refuses a sort that is not the page order, since the search page sorts by page number', async () => {
    const output = await writeIndex();
    const { file, meta } = readMeta(output);
    meta[4] = [['date', [1, 0, 2]]];
    writeFileSync(join(output, file), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(meta as never)])));
    expect(() => compactSearchIndex(output)).toThrow(/the sort "date" is not in page order/u);
  });

  it('refuses metadata written by another Pagefind version, naming the file', async () => {
    const output = await writeIndex();
    const { file, meta } = readMeta(output);
    meta[0] = '9.9.9';
    writeFileSync(join(output, file), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encodeCbor(meta as never)])));
    expect(() => compactSearchIndex(output)).toThrow(new RegExp(`${file.replace(/\./gu, '\\.')}: was written by Pagefind 9\\.9\\.9`, 'u'));
  });
});
