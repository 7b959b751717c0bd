import type { LibraryInput, LibraryText } from '../citations/source-library.ts';
import type { Problem } from '../problems.ts';
import { sourceSchema } from '../schema/source-schema.ts';
import { splitSourceFile } from './source-file.ts';
import { parseSourceBody } from './source-markdown.ts';
import { listSourceFiles, type FolderEntry } from './source-versions.ts';
import { checkSourceFingerprint } from './verify-source-text.ts';

/** How the library folder is read, passed in (a command reads the disk; tests pass a map). */
export interface LibraryFiles {
  /** The library folder's entries. */
  list(): readonly FolderEntry[];
  /** The file names in a source's version folder. */
  listFolder(name: string): readonly string[];
  /** A file's text, by its path in the library folder. */
  read(path: string): string;
}

/**
 * The source library as commands outside the build need it (npm run fix-locators): every
 * version of every source, validated with the collection's schema and fingerprint. The build
 * itself reads sources only through the sources collection's loader.
 */
export function readSourceLibrary(base: string, files: LibraryFiles): { inputs: LibraryInput[]; problems: Problem[] } {
  const listing = listSourceFiles(base, files.list(), files.listFolder);
  const problems: Problem[] = [...listing.problems];
  const read = (path: string): (LibraryText & { reanchorFrom?: number }) | undefined => {
    const file = `${base}/${path}`;
    const { frontmatter, body, bodyLineOffset } = splitSourceFile(files.read(path));
    const parsed = sourceSchema.safeParse(frontmatter);
    if (!parsed.success) {
      problems.push({ file, message: `its frontmatter is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, hint: 'npm run build names each field; fix it there first.' });
      return undefined;
    }
    const blocks = parseSourceBody(body, { file, lineOffset: bodyLineOffset });
    const problem = checkSourceFingerprint(blocks, parsed.data.ingest);
    if (problem) problems.push({ file, ...problem });
    return { facts: parsed.data, blocks, ...(parsed.data.reanchorFrom !== undefined ? { reanchorFrom: parsed.data.reanchorFrom } : {}) };
  };
  const inputs: LibraryInput[] = [];
  for (const source of listing.sources) {
    const current = read(source.current);
    const previous = source.previous.map(read);
    if (!current || previous.some((text) => !text)) continue;
    inputs.push({ slug: source.slug, ...current, previous: previous as LibraryText[] });
  }
  return { inputs, problems };
}
