import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { runCommand } from '../../tools/process/run-command.ts';
import { snapshotFolder, writePreviousBuild } from '../helpers/bad-cases.ts';

/**
 * Revision history from a real repository: a copy of the project made into a git repository
 * with three revisions of one briefing (the first version, a change of citations only, a
 * change of words), built as CI builds a fresh clone. Then a fourth commit and a warm rebuild
 * (the HEAD commit is in the history's cache key), a shallow clone (a warning, and the page says
 * so) and a repository git cannot read (the build fails, dist/ intact).
 */
const BRIEFING = 'content/briefings/syria-and-the-border.mdx';
const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });
const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

function git(root: string, args: string[], date?: string): string {
  const dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org', ...dates }, encoding: 'utf8' });
}

function edit(root: string, from: string, to: string): void {
  const path = join(root, BRIEFING);
  const text = readFileSync(path, 'utf8');
  expect(text, `the briefing contains ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

const build = (root: string) => runCommand(process.execPath, ['scripts/build.ts'], { cwd: root, env });
/** The changes page without Astro's scoping attributes, so assertions read like the markup. */
const changesPage = (root: string) => readFileSync(join(root, 'dist/briefings/syria-and-the-border/changes/index.html'), 'utf8').replace(/ data-astro-cid-[a-z0-9]+/gu, '');
const revisionsOf = (html: string) => [...html.matchAll(/<li id="r-([0-9a-f]{7})"[\s\S]*?· revision <code>\1<\/code> · ([^<]+)<\/span>/gu)].map((match) => match[2]?.trim());

describe('a briefing’s revision history, built from its repository', () => {
  let repository: ProjectCopy;

  it('lists three revisions with their labels and word-level changes', { timeout: 600_000 }, async () => {
    repository = copyProject({ prefix: 'history-' });
    copies.push(repository);
    const root = repository.root;
    git(root, ['init', '-q', '-b', 'main']);
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'First version'], '2025-11-19T09:00:00Z');
    edit(root, 'Iraqi [@shafaq-iraq-resurgence-2025, ¶9].\n', 'Iraqi [@shafaq-iraq-resurgence-2025, ¶9–10].\n');
    git(root, ['commit', '-q', '-am', 'A locator widened'], '2025-11-25T09:00:00Z');
    edit(root, 'reinforcing Ibrahim’s view that most of', 'reinforcing Ibrahim’s view that nearly all of');
    git(root, ['commit', '-q', '-am', 'Words changed'], '2025-12-01T09:00:00Z');

    const result = await build(root);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output).not.toContain('no revision history');
    const html = changesPage(root);
    expect(revisionsOf(html)).toEqual(['text changed', 'citations only', 'first published']);
    expect(html).toContain('<del><span class="visually-hidden">[deleted: </span>most<span class="visually-hidden">]</span></del>');
    expect(html).toContain('<ins><span class="visually-hidden">[inserted: </span>nearly all<span class="visually-hidden">]</span></ins>');
    expect(html).toContain('<ins><span class="visually-hidden">[inserted: </span>–10<span class="visually-hidden">]</span></ins>');
    expect(html).toContain('name="robots" content="noindex');
    expect(readFileSync(join(root, 'dist/briefings/syria-and-the-border/index.html'), 'utf8')).toContain('Revision history (3 revisions)');
    expect(readFileSync(join(root, 'dist/sitemap.xml'), 'utf8')).not.toContain('/changes/');
  });

  it('reads the history again after a new commit (HEAD is in the cache key)', { timeout: 600_000 }, async () => {
    const root = repository.root;
    edit(root, 'reinforcing Ibrahim’s view that nearly all of', 'reinforcing Ibrahim’s veiw that nearly all of');
    git(root, ['commit', '-q', '-am', 'A typo'], '2025-12-05T09:00:00Z');
    const result = await build(root);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(revisionsOf(changesPage(root))).toEqual(['small typo fixes only', 'text changed', 'citations only', 'first published']);
  });

  it('warns once in a shallow clone, and the changes page says the history is not shown', { timeout: 600_000 }, async () => {
    const shallow = copyProject({ prefix: 'history-shallow-' });
    copies.push(shallow);
    const clone = mkdtempSync(join(tmpdir(), 'history-clone-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', '--no-checkout', `file://${repository.root}`, clone]);
    renameSync(join(clone, '.git'), join(shallow.root, '.git'));
    rmSync(clone, { recursive: true, force: true });
    git(shallow.root, ['reset', '-q']);
    expect(git(shallow.root, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    const result = await build(shallow.root);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expect(result.output.split('\n').filter((line) => line.startsWith('warning: this is a shallow clone'))).toHaveLength(1);
    const html = changesPage(shallow.root);
    expect(html).toContain('built from a shallow clone of the repository');
    expect(revisionsOf(html)).toEqual([]);
  });

  it('fails, naming .git, when the repository cannot be read, and keeps the previous dist/', { timeout: 600_000 }, async () => {
    const broken = copyProject({ prefix: 'history-broken-' });
    copies.push(broken);
    writeFileSync(join(broken.root, '.git'), 'gitdir: /nonexistent/repository\n');
    writePreviousBuild(broken.root);
    const before = snapshotFolder(join(broken.root, 'dist'));
    const result = await build(broken.root);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('.git: the revision history cannot be read: fatal: not a git repository');
    expect(snapshotFolder(join(broken.root, 'dist'))).toEqual(before);
    expect(existsSync(join(broken.root, 'dist/sources/kept.txt'))).toBe(true);
  });
});
