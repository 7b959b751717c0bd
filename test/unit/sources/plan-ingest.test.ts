import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceToCsl } from '../../../src/lib/sources/csl-json.ts';
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
const failure = async (run: () => Promise<unknown>) => {
  try {
    await run();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('planIngest', () => {
  it('refuses to overwrite a source with the same text, and says --force would re-ingest it', async () => {
    const message = await failure(() => planIngest(request({}), effects({ 'nyt-costa-clarke-2024': published('nyt-costa-clarke-2024') })));
    expect(message).toContain('content/sources/nyt-costa-clarke-2024.md already exists with this very text; it was not overwritten.');
    expect(message).toContain('hint: pass --force');
  });

  it('warns that a slug taken by a different article would replace that article', async () => {
    const message = await failure(() => planIngest(request({}), effects({ 'nyt-costa-clarke-2024': published('shafaq-iraq-resurgence-2025') })));
    expect(message).toContain('already exists and holds a different article');
    expect(message).toContain('give it a slug of its own in the manifest');
  });

  it('rejects a misspelt manifest field with the closest one, without "sources.0" for a single-object manifest', async () => {
    const entry = { ...(JSON.parse(manifestText) as { sources: Record<string, unknown>[] }).sources.find((source) => source.slug === 'nyt-costa-clarke-2024'), toptics: [] };
    const message = await failure(() => planIngest(request({ manifestText: JSON.stringify(entry) }), effects({})));
    expect(message).toContain('    toptics: unknown field; did you mean "topics"?');
    expect(await failure(() => planIngest(request({ manifestText: JSON.stringify({ sources: [entry] }) }), effects({})))).toContain('    sources.0.toptics: unknown field');
  });

  it('re-ingests the five received texts byte for byte as content/sources holds them', async () => {
    const files = readdirSync(RECEIVED).filter((name) => name.endsWith('.txt')).map((name) => join(RECEIVED, name));
    const writes = await planIngest(request({ files, force: true, today: '2026-11-24' }), effects({}));
    expect(writes).toHaveLength(5);
    for (const write of writes) expect(write.markdown, write.slug).toBe(published(write.slug));
  });

  it('names the output folder given with --out in its messages', async () => {
    const message = await failure(() => planIngest(request({ outLabel: 'tmp/library/' }), effects({ 'nyt-costa-clarke-2024': published('nyt-costa-clarke-2024') })));
    expect(message).toContain('tmp/library/nyt-costa-clarke-2024.md already exists with this very text');
  });

  it('ingests a web page with no manifest, and a plain text whose entry is a CSL-JSON item naming its file', async () => {
    const page = join(ROOT, 'test/fixtures/ingest/news-page/page.html');
    const [web] = await planIngest({ files: [page], force: false, today: '2026-01-01', retrieved: '2025-11-05' }, effects({}));
    expect(web!.slug).toBe('northgate-coalition-advisers-prepare-leave-2025');
    expect(web!.markdown).toContain('\nretrieved: "2025-11-05"\n');
    const csl = JSON.stringify([{ id: 'nyt-costa-clarke-2024', file: '004_f1a0e55f6476b68c.txt', type: 'article-newspaper', title: "We Still Haven't Figured Out How to Beat ISIS", 'container-title': 'The New York Times', author: [{ given: 'Christopher P.', family: 'Costa' }, { given: 'Colin P.', family: 'Clarke' }], issued: { 'date-parts': [[2024, 3, 31]] } }]);
    const [text] = await planIngest(request({ files: [join(RECEIVED, '004_f1a0e55f6476b68c.txt')], manifestPath: 'refs.json', manifestText: csl }), effects({}));
    expect(text!.source.entry).toMatchObject({ slug: 'nyt-costa-clarke-2024', citeAs: 'NYT', publisher: 'The New York Times', kind: 'news report', authors: ['Christopher P. Costa', 'Colin P. Clarke'] });
    expect(text!.source.origins.title).toBe('CSL-JSON manifest');
  });

  it('records a Word line break read as a newline, and a UTF-16 text, in the quirks of the frontmatter', async () => {
    const text = 'A test article about the coalition.\u000bIts second line came after a Word line break.\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8])]);
    const manifest = JSON.stringify({ file: 'word.txt', slug: 'word-export', title: 'A test', publisher: 'The Ledger', published: '2025', kind: 'news report' });
    const [write] = await planIngest({ files: ['word.txt'], manifestPath: 'm.json', manifestText: manifest, force: false, today: '2026-01-01' }, { readBytes: () => utf16, readExisting: () => undefined });
    expect(write!.source.quirks).toEqual(['The file was received as UTF-16LE text and read as such.', 'A vertical tab (0x0B, a Word line break) at line:column 1:36 of the received file was read as a line break.']);
    expect(write!.markdown).toContain('  quirks:\n    - "The file was received as UTF-16LE text and read as such."\n');
    expect(write!.source.blocks.map((block) => block.lines)).toEqual([['A test article about the coalition.'], ['Its second line came after a Word line break.']]);
  });
});

describe('planIngest keeps the previous version of a changed text', () => {
  const changed = join(import.meta.dirname, '../../../test/fixtures/received/004_f1a0e55f6476b68c.txt');
  const changedBytes = () => {
    const lines = readFileSync(changed, 'utf8').split('\n');
    lines.splice(5, 0, 'Editor’s note: a paragraph was added.');
    return new TextEncoder().encode(lines.join('\n'));
  };
  const withText = (existing: Record<string, string>, kept = 0) => ({
    readBytes: (path: string) => (path === NYT_TEXT ? changedBytes() : readFileSync(path)),
    readExisting: (slug: string) => existing[slug],
    countKept: () => kept,
  });

  it('plans the old file as version 1 and marks the new text for re-anchoring from it', async () => {
    const old = published('nyt-costa-clarke-2024');
    const [write] = await planIngest(request({ force: true }), withText({ 'nyt-costa-clarke-2024': old }));
    expect(write?.keep).toEqual({ version: 1, path: 'nyt-costa-clarke-2024/v1.md', markdown: old });
    expect(write?.markdown).toMatch(/\nreanchorFrom: 1\n---\n/u);
  });

  it('numbers the next kept version after those already kept, and keeps an earlier pending re-anchoring', async () => {
    const old = published('nyt-costa-clarke-2024').replace('\n---\n', '\nreanchorFrom: 1\n---\n');
    const [write] = await planIngest(request({ force: true }), withText({ 'nyt-costa-clarke-2024': old }, 1));
    expect(write?.keep?.path).toBe('nyt-costa-clarke-2024/v2.md');
    expect(write?.markdown).toMatch(/\nreanchorFrom: 1\n---\n/u);
  });

  it('keeps no version when the text is the same', async () => {
    const [write] = await planIngest(request({ force: true }), effects({ 'nyt-costa-clarke-2024': published('nyt-costa-clarke-2024') }));
    expect(write?.keep).toBeUndefined();
    expect(write?.markdown).not.toContain('reanchorFrom');
  });
});

describe('planIngest with a CSL-JSON manifest (a reference manager\'s export)', () => {
  it('ingests a source from its own published CSL-JSON and writes the file our own manifest writes', async () => {
    const { ingest, ...facts } = splitSourceFile(published('nyt-costa-clarke-2024')).frontmatter as Parameters<typeof sourceToCsl>[1] & { ingest: { file: string } };
    const ours = await planIngest(request({ manifestText: JSON.stringify({ file: ingest.file, slug: 'nyt-costa-clarke-2024', ...facts }) }), effects({}));
    expect(ours[0]?.markdown).toContain('fingerprint: "sha256:');
    const item = sourceToCsl('nyt-costa-clarke-2024', facts, { file: ingest.file });
    for (const manifest of [[item], item]) {
      const writes = await planIngest(request({ manifestText: JSON.stringify(manifest) }), effects({}));
      expect(writes.map((write) => write.markdown)).toEqual(ours.map((write) => write.markdown));
    }
  });
});
