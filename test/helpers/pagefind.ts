import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One page as stored in Pagefind's index (a decompressed fragment file). */
export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort?: Record<string, string>;
  /** Elements with ids; `title` marks one that Pagefind offers as a sub-result (`data-pagefind-title`). */
  anchors: { element: string; id: string; text?: string; title?: string; location: number }[];
}

/** Every page in a built Pagefind index (`<site>/pagefind/`), read from its fragment files. */
export function readIndexedPages(pagefindDir: string): IndexedPage[] {
  const fragments = join(pagefindDir, 'fragment');
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    return JSON.parse(text.replace(/^pagefind_dcd/u, '')) as IndexedPage;
  });
}
