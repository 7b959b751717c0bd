import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { runCommand } from '../../tools/process/run-command.ts';

/**
 * A warm rebuild reaches the same verdict as a cold one. The case that once slipped through:
 * build the site; a publisher changes one word of a paragraph that only a glossary entry quotes;
 * the source is re-ingested; the next build reuses Astro's cached render of the glossary entry,
 * whose "verified" quotation the source no longer contains. It must fail instead, naming the entry.
 */
const RECEIVED = join(import.meta.dirname, '../fixtures/received');
const CARNEGIE = '003_9c8806cec8814926.txt';
const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });
const DRAFT_WITH_QUOTING_TAKEAWAY = `---
title: "A draft quoting the changed passage in a takeaway"
dek: "Warm rebuild test."
published: "2025-11-20"
authors: ["Test"]
sources: ["carnegie-nato-toolbox-2019"]
draft: true
keyTakeaways:
  - "Arteaga dates the split to when “the caliphate occupied the Levant” [@carnegie-nato-toolbox-2019, ¶4]."
---
A body [@carnegie-nato-toolbox-2019, ¶4].
`;

let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

describe('a warm rebuild after a source changed', () => {
  it('fails on the glossary entry whose quotation the new text no longer contains, and keeps dist/', { timeout: 600_000 }, async () => {
    copy = copyProject({ prefix: 'warm-rebuild-' });
    const root = copy.root;
    // A draft Markdown briefing (rendered, and cached, by the content layer) whose key takeaway
    // quotes the same words: takeaways are verified with the body, under the same cache key.
    writeFileSync(join(root, 'content/briefings/warm-takeaway.md'), DRAFT_WITH_QUOTING_TAKEAWAY);
    const first = await runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(first.output).not.toContain('warm-takeaway.md:9:');
    const glossaryBefore = readFileSync(join(root, 'dist/glossary/index.html'), 'utf8');
    expect(glossaryBefore).toContain('the caliphate occupied the Levant');
    expect(existsSync(join(root, 'node_modules/.astro/data-store.json')), 'the first build left a content cache').toBe(true);

    // The publisher's corrected text, re-ingested over the old one as an author would.
    const received = mkdtempSync(join(tmpdir(), 'warm-received-'));
    const text = readFileSync(join(RECEIVED, CARNEGIE), 'utf8');
    expect(text).toContain('when the caliphate occupied the Levant');
    writeFileSync(join(received, CARNEGIE), text.replace('when the caliphate occupied the Levant', 'when the caliphate held the Levant'));
    writeFileSync(join(received, 'manifest.json'), readFileSync(join(RECEIVED, 'manifest.json')));
    const ingest = await runCommand(process.execPath, ['scripts/ingest.ts', join(received, CARNEGIE), '--meta', join(received, 'manifest.json'), '--force', '--date', '2026-01-01'], { cwd: root, env });
    expect(ingest.status, ingest.output).toBe(0);

    const second = await runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    expect(second.status, `the warm build should have failed:\n${second.output.slice(-3000)}`).not.toBe(0);
    expect(second.output).toContain('content/glossary/levant.md');
    expect(second.output).toContain('“the caliphate occupied the Levant”');
    expect(readFileSync(join(root, 'dist/glossary/index.html'), 'utf8'), 'the last good dist/ is kept').toBe(glossaryBefore);

    // The failed build must not have cached the entry as done: the next one fails the same way.
    const third = await runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    expect(third.status, `the build after a failed one should fail too:\n${third.output.slice(-3000)}`).not.toBe(0);
    expect(third.output).toContain('content/glossary/levant.md');

    // The glossary entry corrected (its body only, so the glossary's own snapshot is unchanged): the
    // build passes, and the draft's key takeaway, cached by the first build, is verified again
    // against the new text and warned about (a draft never fails a build).
    const levant = join(root, 'content/glossary/levant.md');
    writeFileSync(levant, readFileSync(levant, 'utf8').replace('the caliphate occupied the Levant', 'the caliphate held the Levant'));
    const fourth = await runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
    expect(fourth.status, fourth.output.slice(-3000)).toBe(0);
    expect(fourth.output, 'the cached takeaway is verified again').toContain(
      'content/briefings/warm-takeaway.md:9:38: warning: in a draft (not published): quotation not found in "carnegie-nato-toolbox-2019" ¶4:',
    );
  });
});
