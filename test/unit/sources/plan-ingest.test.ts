import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planIngest, type IngestRequest } from '../../../src/lib/sources/plan-ingest.ts';

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

  it('plans the old file as version 1 and marks the new text for re-anchoring from it', () => {
    const old = published('nyt-costa-clarke-2024');
    const [write] = planIngest(request({ force: true }), withText({ 'nyt-costa-clarke-2024': old }));
    expect(write?.keep).toEqual({ version: 1, path: 'nyt-costa-clarke-2024/v1.md', markdown: old });
    expect(write?.markdown).toMatch(/\nreanchorFrom: 1\n---\n/u);
  });

  it('numbers the next kept version after those already kept, and keeps an earlier pending re-anchoring', () => {
    const old = published('nyt-costa-clarke-2024').replace('\n---\n', '\nreanchorFrom: 1\n---\n');
    const [write] = planIngest(request({ force: true }), withText({ 'nyt-costa-clarke-2024': old }, 1));
    expect(write?.keep?.path).toBe('nyt-costa-clarke-2024/v2.md');
    expect(write?.markdown).toMatch(/\nreanchorFrom: 1\n---\n/u);
  });

  it('keeps no version when the text is the same', () => {
    const [write] = planIngest(request({ force: true }), effects({ 'nyt-costa-clarke-2024': published('nyt-costa-clarke-2024') }));
    expect(write?.keep).toBeUndefined();
    expect(write?.markdown).not.toContain('reanchorFrom');
  });
});
