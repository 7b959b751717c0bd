/**
 * How `npm run build` puts a finished build in place without a moment of no site, and clears
 * what killed builds left behind.
 *
 * The output path (`dist`) is a symbolic link to a versioned folder beside it
 * (`dist -> .dist-dist-20260101T120000Z-4242`). A build writes into `.dist-building-dist-<pid>`,
 * renames that to a new version, makes a new link under a temporary name and renames the link
 * over the output path: rename(2) replaces a link in one atomic step, so a reader (a web
 * server, an rsync, a test) finds either the old site or the new one, and a kill at any point
 * leaves one of them in place. (Node has no renameat2 to exchange two folders, which is why the
 * output path is a link.) Copy it through the link: `rsync -aL dist/ …`, `cp -rL dist …`.
 *
 * The building folder has the same name for every build (`.dist-building-dist`), held by one build
 * at a time through a lock file beside it: Astro keys its content cache (rendered Markdown, loader
 * data) on its whole configuration, the output folder included, and a folder named after each
 * build's pid made every build find "Astro config changed" and render every entry again.
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations of a swap, passed in so a test can look at the output path after each one. */
export const FILE_OPERATIONS = { renameSync, symlinkSync, rmSync };
export type FileOperations = typeof FILE_OPERATIONS;

/** Where a build writes before it is published: `.dist-building-<name>`, beside the output path, the same for every build (see above). */
export function buildingFolder(outDir: string): string {
  return join(dirname(outDir), `.dist-building-${basename(outDir)}`);
}

/** The lock file naming the build that holds the building folder. */
function buildingLock(outDir: string): string {
  return `${buildingFolder(outDir)}.pid`;
}

/**
 * Takes the building folder for this build, empty: fails, naming the other build, while a running
 * build holds it; takes it over from a build that was killed (its lock names a process that is
 * gone).
 * @returns the building folder.
 */
export function claimBuildingFolder(outDir: string, options: { pid?: number; isRunning?: (pid: number) => boolean } = {}): string {
  const pid = options.pid ?? process.pid;
  const isRunning = options.isRunning ?? processIsRunning;
  const lock = buildingLock(outDir);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(lock, String(pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder !== pid && isRunning(holder)) {
        throw new Error(`Another build of ${basename(outDir)} is running (process ${holder}); wait for it to finish.`);
      }
      rmSync(lock, { force: true });
    }
  }
  const folder = buildingFolder(outDir);
  rmSync(folder, { recursive: true, force: true });
  return folder;
}

/** Gives the building folder up (after publishing it, or after a failed build has removed it). */
export function releaseBuildingFolder(outDir: string, pid = process.pid): void {
  const lock = buildingLock(outDir);
  if (existsSync(lock) && readFileSync(lock, 'utf8').trim() === String(pid)) rmSync(lock, { force: true });
}

/** `20260101T120000Z`: when a version was published, readable in `ls -l dist`. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, '').replace(/\.\d+Z$/u, 'Z');
}

/** The names a build of `outDir` puts beside it, each ending in the pid of the build that made it. */
function ownNames(outDir: string) {
  const name = basename(outDir);
  return {
    building: `.dist-building-${name}-`,
    // The folder a real (pre-link) output folder is moved to, and the old two-rename swap's name.
    previous: `.dist-previous-${name}-`,
    link: `.dist-link-${name}-`,
    version: `.dist-${name}-`,
  };
}

export interface PublishOptions {
  /**
   * false: the output path becomes a plain folder, replaced by two renames (a moment without a
   * site). For hosts that build in a fresh checkout and upload the folder (Netlify, Cloudflare
   * Pages): nobody reads it during the build, and their uploaders need not follow a link.
   * Default true.
   */
  link?: boolean;
  fs?: FileOperations;
  pid?: number;
  now?: Date;
}

/**
 * Publishes a finished build: `building` becomes the new version and the output path a link to
 * it, switched in one rename; the previous version is removed afterwards. An output path that
 * is still a real folder (from before the links) is moved aside first: the only time there is
 * a moment without a site, once.
 * @returns the new version's folder (the output path itself with `link: false`).
 */
export function publishBuild(building: string, outDir: string, options: PublishOptions = {}): string {
  const fs = options.fs ?? FILE_OPERATIONS;
  const pid = options.pid ?? process.pid;
  const names = ownNames(outDir);
  const parent = dirname(outDir);
  const version = join(parent, `${names.version}${stamp(options.now ?? new Date())}-${pid}`);
  const link = join(parent, `${names.link}${pid}`);

  let before: 'absent' | 'link' | 'folder' = 'absent';
  let previous: string | undefined;
  if (existsSync(outDir) || isLink(outDir)) {
    const stats = lstatSync(outDir);
    if (stats.isSymbolicLink()) {
      before = 'link';
      const target = readlinkSync(outDir);
      // Only a version of ours is removed afterwards: a link someone made by hand is left to them.
      if (!target.includes('/') && target.startsWith(names.version)) previous = join(parent, target);
    } else if (stats.isDirectory()) before = 'folder';
    else throw new Error(`${basename(outDir)} is a file, not a folder or a link: move it away and build again.`);
  }

  if (options.link === false) {
    const aside = join(parent, `${names.previous}${pid}`);
    if (before !== 'absent') fs.renameSync(outDir, aside);
    fs.renameSync(building, outDir);
    fs.rmSync(aside, { recursive: true, force: true });
    if (previous) fs.rmSync(previous, { recursive: true, force: true });
    return outDir;
  }

  fs.renameSync(building, version);
  fs.rmSync(link, { force: true });
  // Relative, so the project folder can be moved or copied whole.
  fs.symlinkSync(basename(version), link, 'dir');
  if (before === 'folder') {
    previous = join(parent, `${names.previous}${pid}`);
    fs.renameSync(outDir, previous);
  }
  try {
    fs.renameSync(link, outDir);
  } catch (error) {
    if (previous && before === 'folder') fs.renameSync(previous, outDir);
    fs.rmSync(link, { force: true });
    throw new Error(`Failed to switch ${basename(outDir)} to the new build (${basename(version)} is kept).`, { cause: error });
  }
  if (previous && previous !== version) fs.rmSync(previous, { recursive: true, force: true });
  return version;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds of `outDir` that are no longer running left beside it: temporary build
 * folders and links, and versions the output path no longer points to. Whatever a running build
 * owns is kept (each name ends in its pid), and so is a `.dist-previous-*` folder while the output
 * path is missing: the old two-rename swap, killed between its renames, left the site only there.
 * @returns the paths removed.
 */
export function removeStaleBuilds(outDir: string, options: { isRunning?: (pid: number) => boolean } = {}): string[] {
  const isRunning = options.isRunning ?? processIsRunning;
  const parent = dirname(outDir);
  const names = ownNames(outDir);
  const published = isLink(outDir) ? readlinkSync(outDir) : undefined;
  const outputExists = existsSync(outDir);
  const removed: string[] = [];
  for (const name of readdirSync(parent)) {
    if (name === published) continue;
    const pid = /-(\d+)$/u.exec(name)?.[1];
    if (!pid || isRunning(Number(pid))) continue;
    const rest = (prefix: string) => (name.startsWith(prefix) ? name.slice(prefix.length) : undefined);
    const stale =
      /^\d+$/u.test(rest(names.building) ?? '') ||
      /^\d+$/u.test(rest(names.link) ?? '') ||
      (/^\d+$/u.test(rest(names.previous) ?? '') && outputExists) ||
      /^\d{8}T\d{6}Z-\d+$/u.test(rest(names.version) ?? '');
    if (!stale) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
    removed.push(join(parent, name));
  }
  return removed;
}
