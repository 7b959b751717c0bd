import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltPage } from '../../tools/quality/check-links.ts';

/** A build folder read for the link checker: its HTML pages and all its files, as paths inside it ("sources/x/index.html"). */
export function readBuiltSite(root: string): { pages: BuiltPage[]; files: Set<string> } {
  const pages: BuiltPage[] = [];
  const files = new Set<string>();
  const walk = (directory: string) => {
    for (const name of readdirSync(directory)) {
      const path = join(directory, name);
      if (statSync(path).isDirectory()) {
        walk(path);
        continue;
      }
      const sitePath = relative(root, path).split(sep).join('/');
      files.add(sitePath);
      if (name.endsWith('.html')) pages.push({ path: sitePath, html: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return { pages, files };
}
