import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it, type ExpectStatic } from 'vitest';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { runCommand, type CommandResult } from '../../tools/process/run-command.ts';
import { xmlFileProblems } from '../helpers/xml.ts';
import { applyOverlay, readBadCases, snapshotFolder, writePreviousBuild, type BadCase } from '../helpers/bad-cases.ts';

/**
 * The bad-input catalogue (test/fixtures/bad/<case>/): each case is laid over a fresh copy of
 * the project (its config, src, scripts and real content; node_modules linked, caches private,
 * see tools/process/project-copy.ts) and run through the real commands, `npm run ingest` and
 * `npm run build`, exactly as an author would. Most cases fail in Astro's content sync, a few
 * seconds in; nothing is mocked.
 */
const cases = readBadCases();

/** Builds running at once: two keep both cores busy without starving the other test files. */
const PARALLEL_BUILDS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function withBuildSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_BUILDS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

const env = buildEnvironment({ BUILD_DATE: process.env.BUILD_DATE ?? '2026-01-01' });

/** Colour codes, stripped in case a tool ignores NO_COLOR, so substrings match the words. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'gu');

function ingest(badCase: BadCase, root: string): Promise<CommandResult> {
  const { files, manifest } = badCase.ingest!;
  return runCommand(process.execPath, ['scripts/ingest.ts', ...files, ...(manifest ? ['--meta', manifest] : []), '--date', '2026-01-01'], { cwd: root, env });
}

function build(root: string): Promise<CommandResult> {
  return runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
}

function expectMessages(expect: ExpectStatic, raw: string, badCase: BadCase): void {
  const output = raw.replace(ANSI, '');
  for (const substring of badCase.expected) {
    expect(output, `Expected "${substring}" in the output of case ${badCase.name}`).toContain(substring);
  }
}

describe.concurrent('the bad-input catalogue', () => {
  it('has at least 30 cases', ({ expect }) => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  for (const badCase of cases) {
    it(`${badCase.name}: ${badCase.description}`, { timeout: 300_000 }, ({ expect }) => withBuildSlot(async () => {
      const copy = copyProject({ prefix: `bad-${badCase.name}-` });
      copies.push(copy);
      applyOverlay(badCase, copy.root);

      if (badCase.ingest) {
        const sourcesBefore = snapshotFolder(join(copy.root, 'content/sources'));
        const result = await ingest(badCase, copy.root);
        if (badCase.outcome === 'ingest-fails') {
          expect(result.status, `ingest should have refused the input:\n${result.output}`).not.toBe(0);
          expectMessages(expect, result.output, badCase);
          expect(snapshotFolder(join(copy.root, 'content/sources')), 'a failed ingest wrote nothing').toEqual(sourcesBefore);
          return;
        }
        expect(result.status, `ingest failed:\n${result.output}`).toBe(0);
      }

      writePreviousBuild(copy.root);
      const previous = snapshotFolder(join(copy.root, 'dist'));
      const result = await build(copy.root);
      // dist is a link to the published version (tools/process/output-folder.ts); nothing else, not even a killed build's folder, is left.
      const published = lstatSync(join(copy.root, 'dist')).isSymbolicLink() ? [readlinkSync(join(copy.root, 'dist'))] : [];
      const leftovers = readdirSync(copy.root).filter((name) => name.startsWith('.dist-'));
      expect(leftovers, 'no temporary build folder is left behind').toEqual(published);

      if (badCase.outcome === 'build-fails') {
        expect(result.status, `the build should have failed:\n${result.output.slice(-3000)}`).not.toBe(0);
        expectMessages(expect, result.output, badCase);
        expect(snapshotFolder(join(copy.root, 'dist')), 'the previous dist/ is intact after a failed build').toEqual(previous);
        return;
      }

      expect(result.status, `the build failed:\n${result.output.slice(-3000)}`).toBe(0);
      expect(existsSync(join(copy.root, 'dist/sources/kept.txt')), 'a successful build replaces the previous dist/').toBe(false);
      const html = readFileSync(join(copy.root, 'dist', badCase.page!), 'utf8');
      expectMessages(expect, html, badCase);
      for (const substring of badCase.absent) expect(html, `"${substring}" must not appear in ${badCase.page}`).not.toContain(substring);
      for (const substring of badCase.output) expect(result.output.replace(ANSI, ''), `the build prints "${substring}"`).toContain(substring);
      expect(xmlFileProblems(join(copy.root, 'dist')).problems, 'every XML file the build wrote is well-formed').toEqual([]);
    }));
  }
});
