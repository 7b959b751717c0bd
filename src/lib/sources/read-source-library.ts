import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LibraryInput } from '../citations/source-library.ts';
import { ProblemError, type Problem } from '../problems.ts';
import type { SourceFrontmatter } from '../schema/source-schema.ts';
import { splitSourceFile } from './source-file.ts';
import { parseSourceBody } from './source-markdown.ts';
import { listSourceFiles, type FolderEntry } from './source-versions.ts';
import type { SourceBlock } from './types.ts';
import { checkSourceFingerprint } from './verify-source-text.ts';

/** How the library folder is read, passed in (the build and commands read the disk; tests pass a map). */
export interface LibraryFiles {
  /** The library folder's entries. */
  list(): readonly FolderEntry[];
  /** The file names in a source's version folder. */
  listFolder(name: string): readonly string[];
  /** A file's text, by its path in the library folder. */
  read(path: string): string;
}

/** The library folder on disk. */
export function libraryFilesOnDisk(directory: string): LibraryFiles {
  return {
    list: () => readdirSync(directory, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() })),
    listFolder: (name) => readdirSync(join(directory, name)),
    read: (path) => readFileSync(join(directory, path), 'utf8'),
  };
}

/**
 * Checks a text's frontmatter against the sources schema and returns it parsed, or throws. The
 * build passes the collection's own validation (Astro's messages, with the file's place);
 * commands outside the build pass the schema.
 */
export type ValidateSourceFrontmatter = (frontmatter: Record<string, unknown>, where: { id: string; file: string }) => SourceFrontmatter | Promise<SourceFrontmatter>;

/** One text of the library, read and checked. */
export interface SourceText {
  /** Its collection id: the slug for the current text, `<slug>/v<n>` for a kept version. */
  id: string;
  /** Its path as authors know it: `content/sources/<slug>.md`. */
  file: string;
  /** The file as it is on disk (what its digest is taken of). */
  text: string;
  facts: SourceFrontmatter;
  body: string;
  blocks: SourceBlock[];
}

/** A source with the versions a re-ingest kept (see source-versions.ts), version 1 first. */
export interface SourceTexts {
  slug: string;
  current: SourceText;
  previous: SourceText[];
}

/**
 * The source library: every version of every source, its frontmatter validated, its body parsed
 * and its words checked against the fingerprint recorded at ingest. The one reader of the library,
 * used by the sources collection's loader and by commands that run outside the build
 * (npm run fix-locators). A text without frontmatter, or whose frontmatter fails validation,
 * throws; a misplaced file, a changed word or a reanchorFrom naming no kept version is returned
 * as a problem, every one of them.
 */
export async function readSourceLibrary(base: string, files: LibraryFiles, validate: ValidateSourceFrontmatter): Promise<{ sources: SourceTexts[]; problems: Problem[] }> {
  const listing = listSourceFiles(base, files.list(), files.listFolder);
  const problems: Problem[] = [...listing.problems];
  const read = async (path: string, id: string): Promise<SourceText> => {
    const file = `${base}/${path}`;
    const text = files.read(path);
    const { frontmatter, body, bodyLineOffset } = splitSourceFile(text);
    if (frontmatter === undefined || frontmatter === null || typeof frontmatter !== 'object') {
      throw new ProblemError([{ file, line: 1, message: 'expected YAML frontmatter between "---" lines at the top of the file.', hint: `source files are written by "npm run ingest"; compare with another file in ${base}/.` }]);
    }
    const facts = await validate(frontmatter as Record<string, unknown>, { id, file });
    const blocks = parseSourceBody(body, { file, lineOffset: bodyLineOffset });
    const problem = checkSourceFingerprint(blocks, facts.ingest);
    if (problem) problems.push({ file, ...problem });
    return { id, file, text, facts, body, blocks };
  };
  const sources: SourceTexts[] = [];
  for (const listed of listing.sources) {
    const current = await read(listed.current, listed.slug);
    const previous: SourceText[] = [];
    for (const [index, path] of listed.previous.entries()) previous.push(await read(path, `${listed.slug}/v${index + 1}`));
    const { reanchorFrom } = current.facts;
    if (reanchorFrom !== undefined && reanchorFrom > previous.length) {
      problems.push({
        file: current.file,
        message: `reanchorFrom is ${reanchorFrom}, but ${previous.length === 0 ? 'no earlier version is kept' : `the kept versions are v1–v${previous.length}`} (this text is v${previous.length + 1}).`,
        hint: `reanchorFrom names the kept version (${base}/${listed.slug}/v<n>.md) that citations were written against; npm run ingest sets it and npm run fix-locators removes it.`,
      });
    }
    sources.push({ slug: listed.slug, current, previous });
  }
  return { sources, problems };
}

/** The library's texts as the citation library is built from them (createSourceLibrary). */
export function libraryInputs(sources: readonly SourceTexts[]): LibraryInput[] {
  return sources.map(({ slug, current, previous }) => ({
    slug,
    facts: current.facts,
    blocks: current.blocks,
    previous: previous.map((text) => ({ facts: text.facts, blocks: text.blocks })),
    ...(current.facts.reanchorFrom !== undefined ? { reanchorFrom: current.facts.reanchorFrom } : {}),
  }));
}
