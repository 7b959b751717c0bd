import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, isProblemError } from '../../../src/lib/problems.ts';
import { sourceSchema } from '../../../src/lib/schema/source-schema.ts';
import { libraryInputs, readSourceLibrary, type LibraryFiles } from '../../../src/lib/sources/read-source-library.ts';

const SLUG = 'nato-brussels-2024';
const TEXT = readFileSync(join(import.meta.dirname, `../../../content/sources/${SLUG}.md`), 'utf8');

/** A library folder held in memory: file paths (`<slug>.md`, `<slug>/v1.md`) to their texts. */
function folder(files: Record<string, string>): LibraryFiles {
  const paths = Object.keys(files);
  return {
    list: () => [
      ...paths.filter((path) => !path.includes('/')).map((name) => ({ name, directory: false })),
      ...[...new Set(paths.filter((path) => path.includes('/')).map((path) => path.split('/')[0]!))].map((name) => ({ name, directory: true })),
    ],
    listFolder: (name) => paths.filter((path) => path.startsWith(`${name}/`)).map((path) => path.slice(name.length + 1)),
    read: (path) => files[path] ?? '',
  };
}

const seen: { id: string; file: string }[] = [];
const validate = (frontmatter: Record<string, unknown>, where: { id: string; file: string }) => {
  seen.push(where);
  return sourceSchema.parse(frontmatter);
};

describe('readSourceLibrary', () => {
  it('reads each source with its kept versions, validating every text where it lies', async () => {
    seen.length = 0;
    const { sources, problems } = await readSourceLibrary('content/sources', folder({ [`${SLUG}.md`]: TEXT.replace('rights: "full-text"', 'rights: "full-text"\nreanchorFrom: 1'), [`${SLUG}/v1.md`]: TEXT }), validate);
    expect(problems).toEqual([]);
    expect(seen).toEqual([
      { id: SLUG, file: `content/sources/${SLUG}.md` },
      { id: `${SLUG}/v1`, file: `content/sources/${SLUG}/v1.md` },
    ]);
    const [source] = sources;
    expect(source?.previous.map((text) => text.id)).toEqual([`${SLUG}/v1`]);
    expect(source?.current.blocks.filter((block) => block.role === 'paragraph')).toHaveLength(9);
    const [input] = libraryInputs(sources);
    expect(input).toMatchObject({ slug: SLUG, reanchorFrom: 1 });
    expect(input?.previous).toHaveLength(1);
  });

  it('returns every text whose words changed since ingest, and a reanchorFrom naming no kept version', async () => {
    const changed = TEXT.replace('NATO leaders', 'NATO chiefs');
    expect(changed).not.toBe(TEXT);
    const { problems } = await readSourceLibrary('content/sources', folder({ [`${SLUG}.md`]: changed.replace('rights: "full-text"', 'rights: "full-text"\nreanchorFrom: 2'), [`${SLUG}/v1.md`]: changed, [`${SLUG}/notes.txt`]: 'x' }), validate);
    expect(problems.map((problem) => problem.file)).toEqual([`content/sources/${SLUG}/notes.txt`, `content/sources/${SLUG}.md`, `content/sources/${SLUG}/v1.md`, `content/sources/${SLUG}.md`]);
    expect(problems.map(formatProblem).join('\n')).toContain('reanchorFrom is 2, but the kept versions are v1–v1 (this text is v2).');
  });

  it('throws for a text without frontmatter, naming the file', async () => {
    const error = await readSourceLibrary('content/sources', folder({ [`${SLUG}.md`]: 'Just words.\n' }), validate).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isProblemError(error) && formatProblem(error.problems[0]!)).toBe(`content/sources/${SLUG}.md:1: expected YAML frontmatter between "---" lines at the top of the file.\n  hint: source files are written by "npm run ingest"; compare with another file in content/sources/.`);
  });
});
