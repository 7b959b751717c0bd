import { describe, expect, it } from 'vitest';
import { findManifestItem, readManifest } from '../../../../src/lib/sources/manifest/read-manifest.ts';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('readManifest', () => {
  it('accepts entries that give only the file and what the file does not say', () => {
    const items = readManifest('m.json', JSON.stringify({ sources: [{ file: 'page.html', publisher: 'The Ledger' }, { file: 'report.pdf' }] }));
    expect(items.map((item) => [item.where, item.file, item.fields])).toEqual([
      ['sources[0]', 'page.html', { publisher: 'The Ledger' }],
      ['sources[1]', 'report.pdf', {}],
    ]);
    expect(readManifest('m.json', JSON.stringify({ file: 'a.txt', title: 'T' }))[0]!.where).toBe('(the entry)');
  });

  it('names both entries when two describe one file', () => {
    const text = JSON.stringify({ sources: [{ file: 'a.txt', slug: 'one' }, { file: 'b.txt' }, { file: 'a.txt', title: 'Again' }] });
    expect(failure(() => readManifest('m.json', text))).toContain('the manifest has two entries for "a.txt": sources[0] (slug "one") and sources[2] ("Again").');
  });

  it('reads CSL-JSON, names both items with one id, and reports a field it cannot use', () => {
    const items = readManifest('refs.json', JSON.stringify([{ id: 'ledger-2025', type: 'article-newspaper', title: 'T', 'container-title': 'The Ledger' }]));
    expect(items[0]).toMatchObject({ format: 'csl-json', id: 'ledger-2025', fields: { slug: 'ledger-2025', publisher: 'The Ledger', kind: 'news report' } });
    expect(failure(() => readManifest('refs.json', JSON.stringify([{ id: 'x', type: 'report' }, { id: 'x', type: 'report', title: 'T' }])))).toContain('the CSL-JSON manifest has two items with the id "x": item 1 (id "x") and item 2 (id "x")');
    expect(failure(() => readManifest('refs.json', JSON.stringify([{ id: 'x', type: 'report', URL: 'ftp://a' }])))).toContain('item 1 (id "x").url: expected an http(s) URL');
  });
});

describe('findManifestItem', () => {
  const csl = readManifest('refs.json', JSON.stringify([
    { id: 'ledger-patrols-2025', type: 'article-newspaper', title: 'Patrols resume', URL: 'https://ledger.example/patrols' },
    { id: 'report-2023', type: 'report', title: 'Containing the Remnants' },
  ]));

  it('finds a CSL item by the file\'s name, the address or the title the file gives', () => {
    expect(findManifestItem(csl, 'in/report-2023.pdf', {}, 'refs.json')?.id).toBe('report-2023');
    expect(findManifestItem(csl, 'saved.html', { url: { value: 'https://ledger.example/patrols', from: 'canonical' } }, 'refs.json')?.id).toBe('ledger-patrols-2025');
    expect(findManifestItem(csl, 'x.pdf', { title: { value: 'containing the remnants', from: 'x' } }, 'refs.json')?.id).toBe('report-2023');
    expect(findManifestItem(csl, 'other.html', {}, 'refs.json')).toBeUndefined();
  });

  it('names both items when two fit one file', () => {
    const twins = readManifest('refs.json', JSON.stringify([{ id: 'a', type: 'report', title: 'Same' }, { id: 'b', type: 'report', title: 'Same' }]));
    expect(failure(() => findManifestItem(twins, 'x.pdf', { title: { value: 'Same', from: 'x' } }, 'refs.json'))).toContain('two items of the CSL-JSON manifest refs.json fit this file: item 1 (id "a") and item 2 (id "b")');
  });
});
