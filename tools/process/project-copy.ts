import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * What a copy leaves out: installed packages (linked instead), build output and caches,
 * version control, and the tests with their fixtures, which no build reads.
 */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', '.git', 'test', '.bench', 'tmp', 'BENCHMARKS.md']);

/** Caches inside node_modules that each copy must have to itself (Astro's data store, Vite's deps). */
const PRIVATE_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  root: string;
  remove(): void;
}

export interface CopyProjectOptions {
  /** Leave `content/` out, for callers that write a corpus of their own. */
  withoutContent?: boolean;
  /** Copy nothing but the linked node_modules, for a different project built with the same packages. */
  packagesOnly?: boolean;
  /** Prefix of the temporary folder's name. */
  prefix?: string;
}

/**
 * Copies the project (config, src, scripts, tools, public, content) into a fresh temporary folder
 * where a real build can run with nothing shared: `node_modules` is a folder of symlinks to
 * the installed packages, minus Astro's and Vite's caches, so builds in several copies at
 * once (and in the checkout itself) never touch each other's state. Costs a few
 * milliseconds, not an install.
 */
export function copyProject(options: CopyProjectOptions = {}): ProjectCopy {
  const root = mkdtempSync(join(tmpdir(), options.prefix ?? 'briefings-copy-'));
  for (const name of options.packagesOnly ? [] : readdirSync(PROJECT_ROOT)) {
    if (NOT_COPIED.has(name) || name.startsWith('.dist-') || (options.withoutContent && name === 'content')) continue;
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (PRIVATE_IN_NODE_MODULES.has(name)) continue;
    symlinkSync(join(PROJECT_ROOT, 'node_modules', name), join(modules, name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
