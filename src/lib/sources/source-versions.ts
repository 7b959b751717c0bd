import type { Problem } from '../problems.ts';

/**
 * How the source library keeps earlier texts: `content/sources/<slug>.md` is the current text,
 * and `content/sources/<slug>/v1.md`, `v2.md` … are the texts it replaced, oldest first, each a
 * whole source file as it was (frontmatter with its ingest record, and body). The current text
 * is the version after the last kept one.
 */
export interface SourceFiles {
  slug: string;
  /** The current text's file name in the library folder: `<slug>.md`. */
  current: string;
  /** The kept versions' paths in the library folder, version 1 first: `<slug>/v1.md` … */
  previous: string[];
}

/** A folder entry as the listing needs it. */
export interface FolderEntry {
  name: string;
  directory: boolean;
}

const VERSION_FILE = /^v([1-9]\d*)\.md$/u;

/** The version file of a source: `<slug>/v<n>.md`. */
export function versionFile(slug: string, version: number): string {
  return `${slug}/v${version}.md`;
}

/**
 * Lists the source library: each `<slug>.md` with the versions kept in `<slug>/`. A version
 * folder with no current file, a file in it that is not `v<n>.md`, or a gap in the numbers is a
 * problem (the library would lose track of which text is which).
 */
export function listSourceFiles(base: string, entries: readonly FolderEntry[], readFolder: (name: string) => readonly string[]): { sources: SourceFiles[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const currents = new Set(entries.filter((entry) => !entry.directory && entry.name.endsWith('.md')).map((entry) => entry.name.slice(0, -'.md'.length)));
  const folders = new Set(entries.filter((entry) => entry.directory).map((entry) => entry.name));
  for (const folder of folders) {
    if (!currents.has(folder)) {
      problems.push({ file: `${base}/${folder}/`, message: `holds earlier versions of a source, but there is no ${base}/${folder}.md, the current text.`, hint: 'earlier versions are kept beside their source; restore the current text or remove the folder.' });
    }
  }
  const sources = [...currents].sort().map((slug): SourceFiles => {
    const previous: string[] = [];
    if (folders.has(slug)) {
      const numbers: number[] = [];
      for (const name of [...readFolder(slug)].sort()) {
        const match = VERSION_FILE.exec(name);
        if (match) numbers.push(Number(match[1]));
        else problems.push({ file: `${base}/${slug}/${name}`, message: 'is not a version of the source: only v1.md, v2.md … belong in a source\'s version folder.', hint: 'npm run ingest writes these files when a changed text replaces a source; move anything else out.' });
      }
      numbers.sort((a, b) => a - b);
      numbers.forEach((number, index) => {
        if (number !== index + 1) {
          problems.push({ file: `${base}/${slug}/v${number}.md`, message: `version ${number} is kept, but version ${index + 1} is missing: versions count 1, 2, 3 … with no gap.`, hint: 'restore the missing version from the repository\'s history; citations pinned to a version depend on its number.' });
        }
      });
      previous.push(...numbers.map((number) => versionFile(slug, number)));
    }
    return { slug, current: `${slug}.md`, previous };
  });
  return { sources, problems };
}
