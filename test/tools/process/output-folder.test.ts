import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FILE_OPERATIONS,
  buildingFolder,
  claimBuildingFolder,
  publishBuild,
  releaseBuildingFolder,
  removeStaleBuilds,
  type FileOperations,
} from '../../../tools/process/output-folder.ts';

let work: string;
let outDir: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'output-folder-'));
  outDir = join(work, 'dist');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A finished build in its temporary folder, as scripts/build.ts leaves it before the swap. */
function build(version: string, pid: number): string {
  const folder = claimBuildingFolder(outDir, { pid, isRunning: () => false });
  releaseBuildingFolder(outDir, pid);
  mkdirSync(join(folder, 'sources'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), version);
  writeFileSync(join(folder, 'sources/index.html'), version);
  return folder;
}
const site = () => readFileSync(join(outDir, 'index.html'), 'utf8');
const leftovers = () => readdirSync(work).filter((name) => name !== 'dist').sort();

/** The real file operations, each followed by a look at the output path, as a host polling it would see. */
function watched(seen: string[]): FileOperations {
  const look = () => seen.push(existsSync(join(outDir, 'index.html')) ? site() : 'missing');
  return Object.fromEntries(
    Object.entries(FILE_OPERATIONS).map(([name, operation]) => [
      name,
      (...args: unknown[]) => {
        const result = (operation as (...a: unknown[]) => unknown)(...args);
        look();
        return result;
      },
    ]),
  ) as unknown as FileOperations;
}

describe('publishBuild', () => {
  it('never leaves a moment, or a kill point, without a complete site at the output path', () => {
    publishBuild(build('v1', 101), outDir, { pid: 101 });
    const seen: string[] = [];
    publishBuild(build('v2', 102), outDir, { pid: 102, fs: watched(seen) });
    expect(seen.length).toBeGreaterThan(0);
    // What a reader sees after each step (and what a SIGKILL after that step would leave): the old site, then the new one.
    expect(seen.filter((state) => state !== 'v1' && state !== 'v2'), `states seen: ${seen.join(', ')}`).toEqual([]);
    expect(seen.indexOf('v2') === -1 ? [] : seen.slice(seen.indexOf('v2'))).not.toContain('v1');
    expect(site()).toBe('v2');
  });

  it('makes the output path a relative link to a versioned folder beside it, and removes the previous version', () => {
    publishBuild(build('v1', 101), outDir, { pid: 101 });
    const first = readlinkSync(outDir);
    publishBuild(build('v2', 102), outDir, { pid: 102 });
    expect(lstatSync(outDir).isSymbolicLink()).toBe(true);
    const target = readlinkSync(outDir);
    expect(target).toMatch(/^\.dist-dist-\d{8}T\d{6}Z-102$/u);
    expect(target).not.toBe(first);
    expect(leftovers()).toEqual([target]);
    expect(readFileSync(join(outDir, 'sources/index.html'), 'utf8')).toBe('v2');
  });

  it('replaces an output folder from before the links (a real directory) and keeps nothing of it', () => {
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'v0');
    writeFileSync(join(outDir, 'kept.txt'), 'old');
    publishBuild(build('v1', 101), outDir, { pid: 101 });
    expect(site()).toBe('v1');
    expect(existsSync(join(outDir, 'kept.txt'))).toBe(false);
    expect(leftovers()).toEqual([readlinkSync(outDir)]);
  });

  it('with link: false (hosts that upload dist/ from a fresh checkout), publishes a plain folder, replacing a link and its version', () => {
    publishBuild(build('v1', 101), outDir, { pid: 101 });
    publishBuild(build('v2', 102), outDir, { pid: 102, link: false });
    expect(lstatSync(outDir).isDirectory()).toBe(true);
    expect(site()).toBe('v2');
    expect(leftovers()).toEqual([]);
    publishBuild(build('v3', 103), outDir, { pid: 103, link: false });
    expect(site()).toBe('v3');
    expect(leftovers()).toEqual([]);
  });

  it('refuses to replace a file that is not a folder or a link, and says what to do', () => {
    writeFileSync(outDir, 'not a site');
    expect(() => publishBuild(build('v1', 101), outDir, { pid: 101 })).toThrow(/dist is a file, not a folder or a link: move it away and build again/u);
    expect(readFileSync(outDir, 'utf8')).toBe('not a site');
  });
});

describe('claimBuildingFolder', () => {
  it('gives every build the same folder, so that Astro sees the same output folder and keeps its content cache', () => {
    expect(claimBuildingFolder(outDir, { pid: 101, isRunning: () => false })).toBe(join(work, '.dist-building-dist'));
    releaseBuildingFolder(outDir, 101);
    expect(claimBuildingFolder(outDir, { pid: 102, isRunning: () => false })).toBe(buildingFolder(outDir));
  });

  it('refuses the folder while another running build holds it, naming that build', () => {
    claimBuildingFolder(outDir, { pid: 101 });
    expect(() => claimBuildingFolder(outDir, { pid: 102, isRunning: (pid) => pid === 101 })).toThrow(/Another build of dist is running \(process 101\)/u);
    releaseBuildingFolder(outDir, 101);
    expect(() => claimBuildingFolder(outDir, { pid: 102, isRunning: (pid) => pid === 101 })).not.toThrow();
  });

  it('takes the folder over, emptied, from a build that was killed', () => {
    const folder = claimBuildingFolder(outDir, { pid: 999991 });
    mkdirSync(folder);
    writeFileSync(join(folder, 'half.html'), 'half a site');
    expect(claimBuildingFolder(outDir, { pid: 102, isRunning: () => false })).toBe(folder);
    expect(existsSync(folder)).toBe(false);
    expect(readFileSync(`${folder}.pid`, 'utf8')).toBe('102');
    releaseBuildingFolder(outDir, 999991);
    expect(existsSync(`${folder}.pid`)).toBe(true);
    releaseBuildingFolder(outDir, 102);
    expect(existsSync(`${folder}.pid`)).toBe(false);
  });
});

describe('removeStaleBuilds', () => {
  const ALIVE = 4242;
  const isRunning = (pid: number) => pid === ALIVE;
  const folder = (name: string) => {
    mkdirSync(join(work, name));
    writeFileSync(join(work, name, 'index.html'), name);
  };

  it('removes what killed builds left (temporary folders, links, versions no longer published) and keeps live ones', () => {
    publishBuild(build('v1', 101), outDir, { pid: 101 });
    const published = readlinkSync(outDir);
    folder('.dist-building-dist-999991'); // killed while building
    folder(`.dist-building-dist-${ALIVE}`); // still building
    folder('.dist-previous-dist-999992'); // the old two-rename swap, killed before its clean-up
    folder('.dist-dist-20250101T000000Z-999993'); // renamed into place, killed before the link was switched
    folder(`.dist-dist-20250101T000000Z-${ALIVE}`); // a live build about to switch the link
    folder('.dist-building-site-999994'); // another output folder's: not ours to touch
    folder('.distant'); // not a build at all
    const removed = removeStaleBuilds(outDir, { isRunning });
    expect(removed.sort()).toEqual(['.dist-building-dist-999991', '.dist-dist-20250101T000000Z-999993', '.dist-previous-dist-999992'].map((name) => join(work, name)).sort());
    expect(leftovers()).toEqual(
      [published, `.dist-building-dist-${ALIVE}`, `.dist-dist-20250101T000000Z-${ALIVE}`, '.dist-building-site-999994', '.distant'].sort(),
    );
    expect(site()).toBe('v1');
  });

  it('keeps the only copy of a site that an old swap left when it was killed between its two renames', () => {
    folder('.dist-previous-dist-999992');
    expect(removeStaleBuilds(outDir, { isRunning })).toEqual([]);
    expect(leftovers()).toEqual(['.dist-previous-dist-999992']);
  });
});
