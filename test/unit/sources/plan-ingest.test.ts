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
});
