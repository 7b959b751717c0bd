import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** The built site the build-output tests read. `npm test` builds it first. */
export const DIST = join(import.meta.dirname, '../../dist');

export function assertDistBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No built site at ${DIST}. Run "npm run build" first (npm test does this for you).`);
  }
}

const cache = new Map<string, Root>();

/** A built page as a hast tree, by its site path ("/sources/x/" or "/404.html"). */
export function readPage(sitePath: string): Root {
  const file = sitePath.endsWith('.html') ? join(DIST, sitePath) : join(DIST, sitePath, 'index.html');
  let tree = cache.get(file);
  if (!tree) {
    tree = fromHtml(readFileSync(file, 'utf8'));
    cache.set(file, tree);
  }
  return tree;
}

export function pageExists(sitePath: string): boolean {
  return existsSync(join(DIST, sitePath, 'index.html'));
}

/** Every file under dist/ with an extension, as paths relative to dist/. */
export function distFiles(extension: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(extension)) found.push(relative(DIST, path));
    }
  };
  walk(DIST);
  return found.sort();
}

/** Every file under dist/, as paths relative to dist/ with "/" separators, sorted. */
export function allDistFiles(root = DIST): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** Every HTML page under dist/ with its text, for checks that read the whole site. */
export function allDistPages(root = DIST): { path: string; html: string }[] {
  return allDistFiles(root)
    .filter((path) => path.endsWith('.html'))
    .map((path) => ({ path, html: readFileSync(join(root, path), 'utf8') }));
}
