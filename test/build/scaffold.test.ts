import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT, buildEnvironment } from '../helpers/temp-project.ts';

let root: string;
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT, 'scripts/new.ts'), ...args], { cwd: root, encoding: 'utf8', env: buildEnvironment({}) });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefings-new-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  writeFileSync(join(root, 'content/sources/nyt-costa-clarke-2024.md'), '');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new -- briefing "Title"', () => {
  it('writes content/briefings/<slug>.mdx as a draft citing a known source', () => {
    const result = run('briefing', 'Why the threat outlived the caliphate', '--date', '2025-12-01');
    expect(result.status, result.stderr).toBe(0);
    const text = readFileSync(join(root, 'content/briefings/why-the-threat-outlived-the-caliphate.mdx'), 'utf8');
    expect(text).toMatch(/^title: "Why the threat outlived the caliphate"$/mu);
    expect(text).toMatch(/^published: "2025-12-01"$/mu);
    expect(text).toMatch(/^sources: \["nyt-costa-clarke-2024"\]$/mu);
    expect(text).toMatch(/^draft: true/mu);
  });

  it('refuses to overwrite an existing briefing and leaves it untouched', () => {
    const target = join(root, 'content/briefings/my-briefing.mdx');
    mkdirSync(join(root, 'content/briefings'));
    writeFileSync(target, 'work in progress');
    const result = run('briefing', 'My briefing');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/briefings/my-briefing.mdx already exists; nothing was written.');
    expect(readFileSync(target, 'utf8')).toBe('work in progress');
  });

  it('rejects an unknown source and a title it cannot make a slug from, writing nothing', () => {
    const unknown = run('briefing', 'Fine title', '--source', 'nyt-costa-clark-2024');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('unknown source "nyt-costa-clark-2024"');
    expect(unknown.stderr).toContain('known sources: nyt-costa-clarke-2024');
    const noSlug = run('briefing', '???');
    expect(noSlug.status).toBe(2);
    expect(noSlug.stderr).toContain('--slug');
    const badSlug = run('briefing', 'Fine title', '--slug', 'Bad Slug');
    expect(badSlug.status).toBe(2);
    expect(badSlug.stderr).toContain('--slug "Bad Slug" is not a slug');
    expect(badSlug.stderr).toContain('for example --slug bad-slug');
    const impossibleDay = run('briefing', 'Fine title', '--date', '2025-02-30');
    expect(impossibleDay.status).toBe(2);
    expect(impossibleDay.stderr).toContain('--date "2025-02-30" is not a day of the form YYYY-MM-DD');
    expect(spawnSync('ls', [join(root, 'content/briefings')], { encoding: 'utf8' }).stdout.trim()).toBe('');
  });
});
