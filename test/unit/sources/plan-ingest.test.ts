import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceToCsl } from '../../../src/lib/citations/csl-json.ts';
import { planIngest, type IngestRequest } from '../../../src/lib/sources/plan-ingest.ts';
import { splitSourceFile } from '../../../src/lib/sources/source-file.ts';

const ROOT = join(import.meta.dirname, '../../..');
const RECEIVED = join(ROOT, 'test/fixtures/received');
const NYT_TEXT = join(RECEIVED, '004_f1a0e55f6476b68c.txt');
const manifestText = readFileSync(join(RECEIVED, 'manifest.json'), 'utf8');
const published = (slug: string) => readFileSync(join(ROOT, 'content/sources', `${slug}.md`), 'utf8');

const request = (overrides: Partial<IngestRequest>): IngestRequest => ({
  files: [NYT_TEXT],
  manifestPath: 'manifest.json',
  manifestText,
  force: false,
  today: '2026-11-25',
  ...overrides,
});
const effects = (existing: Record<string, string>) => ({
  readBytes: (path: string) => readFileSync(path),
  readExisting: (slug: string) => existing[slug],
});
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('planIngest', () => {
  it('refuses to overwrite a source with the same text, and says --force would re-ingest it', () => {
    const message = failure(() => planIngest(request({}), effects({ 'nyt-costa-clarke-2024': published('nyt-costa-clarke-2024') })));
    expect(message).toContain('content/sources/nyt-costa-clarke-2024.md already exists with this very text; it was not overwritten.');
    expect(message).toContain('hint: pass --force');
  });

  it('warns that a slug taken by a different article would replace that article', () => {
    const message = failure(() => planIngest(request({}), effects({ 'nyt-costa-clarke-2024': published('shafaq-iraq-resurgence-2025') })));
    expect(message).toContain('already exists and holds a different article');
    expect(message).toContain('give it a slug of its own in the manifest');
  });

  it('rejects a misspelt manifest field with the closest one, without "sources.0" for a single-object manifest', () => {
    const entry = { ...(JSON.parse(manifestText) as { sources: Record<string, unknown>[] }).sources.find((source) => source.slug === 'nyt-costa-clarke-2024'), toptics: [] };
    const message = failure(() => planIngest(request({ manifestText: JSON.stringify(entry) }), effects({})));
    expect(message).toContain('    toptics: unknown field; did you mean "topics"?');
    expect(failure(() => planIngest(request({ manifestText: JSON.stringify({ sources: [entry] }) }), effects({})))).toContain('    sources.0.toptics: unknown field');
  });
});

describe('planIngest with a CSL-JSON manifest (a reference manager\'s export)', () => {
  const frontmatter = splitSourceFile(published('nyt-costa-clarke-2024')).frontmatter as Parameters<typeof sourceToCsl>[1] & { ingest: { file: string } };
  const item = sourceToCsl('nyt-costa-clarke-2024', frontmatter, { file: frontmatter.ingest.file });

  it('writes the very file our own manifest writes, from an array of one item or the item alone', () => {
    const { ingest, ...facts } = frontmatter;
    const ours = planIngest(request({ manifestText: JSON.stringify({ file: ingest.file, slug: 'nyt-costa-clarke-2024', ...facts }) }), effects({}));
    expect(ours[0]?.markdown).toContain('fingerprint: "sha256:');
    for (const manifest of [[item], item]) {
      const writes = planIngest(request({ manifestText: JSON.stringify(manifest) }), effects({}));
      expect(writes.map((write) => write.markdown)).toEqual(ours.map((write) => write.markdown));
    }
  });

  it('pairs the only item with the only text when the item names no file', () => {
    const { custom, ...rest } = item;
    const writes = planIngest(request({ manifestText: JSON.stringify([{ ...rest, custom: { ...custom, file: undefined } }]) }), effects({}));
    expect(writes.map((write) => write.slug)).toEqual(['nyt-costa-clarke-2024']);
  });

  it('names the item and the CSL fields a source needs and the export lacks, and writes nothing', () => {
    const message = failure(() => planIngest(request({ manifestText: JSON.stringify([{ id: 'costa-2024', type: 'article-newspaper', issued: { 'date-parts': [[2024, 3]] } }, { id: 'x' }]) }), effects({})));
    expect(message).toContain('CSL-JSON item 2 ("x") is not a CSL-JSON item (an object with "id" and "type").');
    expect(message).toContain('CSL-JSON item 1 ("costa-2024") does not give what a source needs:');
    expect(message).toContain('    title: missing (our "title")');
    expect(message).toContain('    publisher (or container-title): missing (our "publisher")');
    expect(message).toContain('hint: add the missing fields to the item.');
  });

  it('says which file an item without custom.file needs when several texts are ingested', () => {
    const message = failure(() =>
      planIngest(request({ files: [NYT_TEXT, join(RECEIVED, '000_2e77ceda45191426.txt')], manifestText: JSON.stringify([{ ...item, custom: {} }, { ...item, id: 'other', 'citation-key': 'other', custom: {} }]) }), effects({})),
    );
    expect(message).toContain('custom.file: missing, and no text given to this run is named after the slug ("nyt-costa-clarke-2024.txt")');
  });

  it('refuses a key that is not a slug and suggests one', () => {
    const message = failure(() => planIngest(request({ manifestText: JSON.stringify([{ ...item, id: 'costaWhyISIS2024', 'citation-key': undefined }]) }), effects({})));
    expect(message).toContain('CSL-JSON item 1 ("costaWhyISIS2024") has the key "costaWhyISIS2024", which is not a slug');
    expect(message).toContain('"costa-why-isis-2024"');
  });
});
