import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { runCommand } from '../../tools/process/run-command.ts';

/**
 * `npm run dev` reaches the build's verdict on every citation: when a source is re-ingested
 * with a word changed that a glossary entry quotes, the glossary page stops being served and
 * shows the misquotation instead, as `npm run build` fails on it (test/pipeline/warm-rebuild.test.ts).
 */
const RECEIVED = join(import.meta.dirname, '../fixtures/received');
const CARNEGIE = '003_9c8806cec8814926.txt';
const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });
const DRAFT = `---
title: "A draft with a problem"
dek: "Dev server test."
published: "2025-11-20"
authors: ["Test"]
sources: ["carnegie-nato-toolbox-2019"]
draft: true
keyTakeaways:
  - "One [@carnegie-nato-toolbox-2019, ¶4]."
---
A claim [@nope, ¶2].
`;

/** A people entry whose name holds a citation, which no plugin reads: shown raw, so refused. */
const RAW_NAME = `---
name: "Test Desk [@carnegie-nato-toolbox-2019, ¶4]"
kind: "organization"
---
A desk that names its source in the wrong place [@carnegie-nato-toolbox-2019, ¶4].
`;

let copy: ProjectCopy | undefined;
let server: ChildProcess | undefined;
afterAll(() => {
  server?.kill();
  copy?.remove();
});

/** A port no other process is listening on now (the machine may run other servers and tests). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

let PORT = 0;

async function get(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  return { status: response.status, text: await response.text() };
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe('the development server', () => {
  it('shows a glossary misquotation as soon as the source it quotes changes', { timeout: 300_000 }, async () => {
    copy = copyProject({ prefix: 'dev-server-' });
    PORT = await freePort();
    const root = copy.root;
    writeFileSync(join(root, 'content/briefings/dev-draft.md'), DRAFT);
    writeFileSync(join(root, 'content/people/test-desk.md'), RAW_NAME);
    let log = '';
    server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, env });
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

    const before = await waitFor('the glossary page', async () => {
      const page = await get('/glossary/');
      return page.status === 200 ? page : undefined;
    }, 180);
    expect(before.text).toContain('the caliphate occupied the Levant');

    // A draft is served, with the problems the build only warns about listed at its top.
    const draft = await get('/briefings/dev-draft/');
    expect(draft.status).toBe(200);
    expect(draft.text).toContain('Not ready to publish');
    expect(draft.text).toMatch(/dev-draft\.md:11:9<\/code> unknown source (?:&quot;|&#34;|")@nope/u);

    // A citation typed where no plugin reads it fails the page that shows it, as the build fails.
    const people = await get('/people/');
    expect(people.status).toBe(500);
    expect(people.text).toMatch(/ProblemError/u);
    await waitFor('the raw citation in the log', async () => (log.includes('page /people/: shows the citation key @carnegie-nato-toolbox-2019 as text') ? true : undefined), 30);

    const received = mkdtempSync(join(tmpdir(), 'dev-received-'));
    const text = readFileSync(join(RECEIVED, CARNEGIE), 'utf8');
    writeFileSync(join(received, CARNEGIE), text.replace('when the caliphate occupied the Levant', 'when the caliphate held the Levant'));
    writeFileSync(join(received, 'manifest.json'), readFileSync(join(RECEIVED, 'manifest.json')));
    const ingest = await runCommand(process.execPath, ['scripts/ingest.ts', join(received, CARNEGIE), '--meta', join(received, 'manifest.json'), '--force', '--date', '2026-01-01'], { cwd: root, env });
    expect(ingest.status, ingest.output).toBe(0);

    const after = await waitFor('the glossary page to fail', async () => {
      const page = await get('/glossary/');
      return page.status === 500 ? page : undefined;
    }, 60);
    // The re-ingest kept the old text as version 1, so every citation of the changed paragraph is
    // re-anchored and fails as "changed" (the briefings' first, as MDX, or the glossary entry's).
    expect(after.text).toMatch(/ProblemError|MDXError/u);
    await waitFor('the problem in the log', async () => (log.includes('content/glossary/levant.md:5:') && log.includes('¶4 changed in the source\'s new text') ? true : undefined), 30);
    // The rest of the site is still served: only the page showing the entry fails.
    expect((await get('/sources/')).status).toBe(200);
  });
});
