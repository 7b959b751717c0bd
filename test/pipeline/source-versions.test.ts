import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { runCommand } from '../../tools/process/run-command.ts';
import { snapshotFolder } from '../helpers/bad-cases.ts';

/**
 * A publisher adds a paragraph near the top of an article we cite, so every later paragraph is
 * renumbered. Re-ingesting it keeps version 1 byte for byte; the build links every moved
 * citation to its new paragraph and warns; `npm run fix-locators --yes` rewrites exactly the
 * citations it reported, and nothing else; the next build is clean.
 */
const RECEIVED = join(import.meta.dirname, '../fixtures/received');
const NYT = '004_f1a0e55f6476b68c.txt';
const SOURCE = 'content/sources/nyt-costa-clarke-2024.md';
const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });
let copy: ProjectCopy | undefined;
afterAll(() => copy?.remove());

const run = (root: string, script: string, args: string[] = []) => runCommand(process.execPath, [script, ...args], { cwd: root, env });

describe('a re-ingested source with a renumbered paragraph', () => {
  it('keeps version 1, reports moved citations, and fix-locators rewrites only what it reported', { timeout: 900_000 }, async () => {
    copy = copyProject({ prefix: 'source-versions-' });
    const root = copy.root;
    const original = readFileSync(join(root, SOURCE), 'utf8');
    const received = mkdtempSync(join(tmpdir(), 'versions-received-'));
    const lines = readFileSync(join(RECEIVED, NYT), 'utf8').split('\n');
    lines.splice(5, 0, 'Editor’s note: this article was updated with a paragraph on its first page.');
    writeFileSync(join(received, NYT), lines.join('\n'));
    cpSync(join(RECEIVED, 'manifest.json'), join(received, 'manifest.json'));

    const ingest = await run(root, 'scripts/ingest.ts', [join(received, NYT), '--meta', join(received, 'manifest.json'), '--force', '--date', '2026-01-01']);
    expect(ingest.status, ingest.output).toBe(0);
    expect(ingest.output).toContain('kept the previous text of nyt-costa-clarke-2024 as content/sources/nyt-costa-clarke-2024/v1.md (version 1)');
    expect(readFileSync(join(root, 'content/sources/nyt-costa-clarke-2024/v1.md'), 'utf8'), 'version 1 is the previous file, byte for byte').toBe(original);
    expect(readFileSync(join(root, SOURCE), 'utf8')).toMatch(/\nreanchorFrom: 1\n---\n/u);

    const first = await run(root, 'scripts/build.ts');
    expect(first.status, first.output.slice(-3000)).toBe(0);
    expect(first.output).toMatch(/content\/briefings\/isis-k-and-attacks-abroad\.mdx:\d+:\d+: warning: "nyt-costa-clarke-2024" ¶7 moved to ¶8 in the source's new text \(v2; the citation was written against v1\)/u);
    // A key takeaway's and a correction's citations are followed too, placed at their lines in the
    // frontmatter, and fix-locators rewrites them there.
    expect(first.output).toMatch(/content\/briefings\/isis-k-and-attacks-abroad\.mdx:13:\d+: warning: "nyt-costa-clarke-2024" ¶10 moved to ¶11/u);
    expect(first.output).toMatch(/content\/briefings\/isis-k-and-attacks-abroad\.mdx:18:\d+: warning: "nyt-costa-clarke-2024" ¶8 moved to ¶9/u);
    // The moved citation already links to the paragraph that has its words.
    expect(readFileSync(join(root, 'dist/briefings/isis-k-and-attacks-abroad/index.html'), 'utf8')).toContain('/sources/nyt-costa-clarke-2024/#p-8');
    const versionPage = readFileSync(join(root, 'dist/sources/nyt-costa-clarke-2024/v/1/index.html'), 'utf8');
    expect(versionPage).toContain('name="robots" content="noindex');
    expect(versionPage).not.toContain('data-pagefind-body');
    expect(readFileSync(join(root, 'dist/sitemap.xml'), 'utf8')).not.toContain('/v/1/');
    const sourcePage = readFileSync(join(root, 'dist/sources/nyt-costa-clarke-2024/index.html'), 'utf8');
    expect(sourcePage).toContain('Versions of this text');
    expect(sourcePage).toContain('/sources/nyt-costa-clarke-2024/changes/#v2');

    const content = join(root, 'content');
    const before = snapshotFolder(content);
    const texts = (files: Record<string, string>) => Object.fromEntries(Object.keys(files).map((file) => [file, readFileSync(join(content, file), 'utf8')]));
    const beforeTexts = texts(before);
    // Asked, it shows the first change and writes nothing when told no, then quit.
    const declined = spawnSync(process.execPath, ['scripts/fix-locators.ts'], { cwd: root, env, input: 'n\nq\n', encoding: 'utf8' });
    expect(declined.status, declined.stderr).toBe(0);
    expect(declined.stdout).toMatch(/→ \[@nyt-costa-clarke-2024, ¶\d+\]\n {2}rewrite it\? \[y\]es, \[n\]o, \[a\]ll, \[q\]uit: /u);
    expect(snapshotFolder(content), 'declining writes nothing').toEqual(before);

    const fix = await run(root, 'scripts/fix-locators.ts', ['--yes']);
    expect(fix.status, fix.output).toBe(0);
    expect(fix.output).toContain('nyt-costa-clarke-2024: citations written against v1, followed into v2:');
    expect(fix.output).toMatch(/\d+ unchanged, \d+ moved, 0 changed, 0 gone\./u);

    // Every line that changed is one the command listed as "file:line:col: before → after", and nothing else changed but the source's reanchorFrom.
    const reported = [...fix.output.matchAll(/^ {2}(content\/\S+?):(\d+):(\d+): (\[[^\]]+\]) → (\[[^\]]+\])$/gmu)].map((match) => ({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), before: match[4]!, after: match[5]! }));
    expect(reported.length).toBeGreaterThan(10);
    const after = snapshotFolder(content);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const changedFiles = Object.keys(after).filter((file) => after[file] !== before[file]);
    for (const file of changedFiles) {
      const path = `content/${file}`;
      const old = beforeTexts[file]!.split('\n');
      const now = readFileSync(join(content, file), 'utf8').split('\n');
      if (path === SOURCE) {
        expect(now.join('\n')).toBe(old.filter((line) => !line.startsWith('reanchorFrom:')).join('\n'));
        continue;
      }
      expect(now.length).toBe(old.length);
      const fixes = reported.filter((fix) => fix.file === path);
      expect(fixes.length, `${path} changed without a reported fix`).toBeGreaterThan(0);
      old.forEach((line, index) => {
        // Each reported rewrite at its column, right to left so earlier columns stay put.
        const mine = fixes.filter((fix) => fix.line === index + 1).sort((a, b) => b.column - a.column);
        let expected = line;
        for (const fix of mine) {
          expect(expected.slice(fix.column - 1, fix.column - 1 + fix.before.length)).toBe(fix.before);
          expected = expected.slice(0, fix.column - 1) + fix.after + expected.slice(fix.column - 1 + fix.before.length);
        }
        expect(now[index], `${path}:${index + 1}`).toBe(expected);
      });
    }
    expect(new Set(reported.map((fix) => fix.file))).toEqual(new Set(changedFiles.map((file) => `content/${file}`).filter((path) => path !== SOURCE)));

    const second = await run(root, 'scripts/build.ts');
    expect(second.status, second.output.slice(-3000)).toBe(0);
    expect(second.output).not.toContain('moved to');
  });
});
