import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';

/** The catalogue of broken inputs: one folder per case, found by reading the directory. */
const BAD_CASES = join(import.meta.dirname, '../fixtures/bad');

/** Files in a case folder that describe the case rather than being laid over the project. */
const CASE_FILES = new Set(['expected.txt', 'case.json', 'README.md']);

export interface BadCase {
  name: string;
  folder: string;
  /** What the case is about: the `#` lines of expected.txt. */
  description: string;
  /** Substrings that must all appear: in the failing step's output, or in the page for "renders". */
  expected: string[];
  /** Received texts and their manifest under `ingest/`, ingested with `npm run ingest` first. */
  ingest?: { files: string[]; manifest?: string | undefined };
  /** Files laid over the project copy, by their path in the project ("content/briefings/x.mdx"). */
  overlay: string[];
  /**
   * "ingest-fails": ingest must refuse and write nothing (a case with only `ingest/`).
   * "build-fails": the build must fail and leave the previous dist/ intact (the default).
   * "renders": ingest and build succeed; `expected` is looked for in `page` and `absent` must not be there.
   */
  outcome: 'ingest-fails' | 'build-fails' | 'renders';
  page?: string;
  absent: string[];
  /** For "renders": substrings the build's output must contain (a warning that names the file). */
  output: string[];
}

interface CaseJson {
  outcome?: 'renders';
  page?: string;
  absent?: string[];
  output?: string[];
}

function listFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(directory, entry.name)) : [join(directory, entry.name)]))
    .sort();
}

/** Reads every case folder; throws on a malformed case so a typo cannot silently skip one. */
export function readBadCases(root = BAD_CASES): BadCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = join(root, name);
      const expectedPath = join(folder, 'expected.txt');
      if (!existsSync(expectedPath)) throw new Error(`${relative(process.cwd(), folder)}: every bad case needs an expected.txt.`);
      const lines = readFileSync(expectedPath, 'utf8').split('\n');
      const description = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^#\s?/u, '')).join(' ');
      const expected = lines.filter((line) => line.trim() !== '' && !line.startsWith('#'));
      if (expected.length === 0) throw new Error(`${relative(process.cwd(), expectedPath)}: give at least one expected substring.`);
      const json: CaseJson = existsSync(join(folder, 'case.json')) ? (JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as CaseJson) : {};
      const files = listFiles(folder).map((path) => relative(folder, path).split(sep).join('/'));
      const ingestFiles = files.filter((path) => path.startsWith('ingest/'));
      const overlay = files.filter((path) => !path.startsWith('ingest/') && !CASE_FILES.has(path));
      let ingest: BadCase['ingest'];
      if (ingestFiles.length > 0) {
        // A manifest is optional: web pages and PDFs say what they are.
        const manifest = ingestFiles.find((path) => path.endsWith('.json'));
        ingest = { manifest, files: ingestFiles.filter((path) => path !== manifest) };
      }
      const outcome = json.outcome === 'renders' ? 'renders' : ingest && overlay.length === 0 ? 'ingest-fails' : 'build-fails';
      if (outcome === 'renders' && !json.page) throw new Error(`${name}: case.json with "outcome": "renders" needs the "page" to look at.`);
      return { name, folder, description, expected, overlay, outcome, absent: json.absent ?? [], output: json.output ?? [], ...(ingest ? { ingest } : {}), ...(json.page ? { page: json.page } : {}) };
    });
}

/** Lays the case's files over a project copy. */
export function applyOverlay(badCase: BadCase, root: string): void {
  for (const path of badCase.overlay) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(badCase.folder, path), join(root, path));
  }
  if (badCase.ingest) cpSync(join(badCase.folder, 'ingest'), join(root, 'ingest'), { recursive: true });
}

/**
 * No process has this id: Linux's largest pid_max is 2^22, so signalling it fails with ESRCH,
 * as for a build killed long ago.
 */
const DEAD_PID = 2 ** 22 + 1;

/**
 * A stand-in for the previous build: a few files whose bytes are checked after a failed build,
 * plus what a build killed with SIGKILL leaves beside it (its temporary folder), which the next
 * build must remove.
 */
export function writePreviousBuild(root: string): void {
  mkdirSync(join(root, 'dist/sources'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>previous build</title><p>The site as it was before this build.</p>\n');
  writeFileSync(join(root, 'dist/sources/kept.txt'), 'kept\n');
  mkdirSync(join(root, `.dist-building-dist-${DEAD_PID}/sources`), { recursive: true });
  writeFileSync(join(root, `.dist-building-dist-${DEAD_PID}/index.html`), 'half a site\n');
  // Builds now share one building folder, held through a lock naming the build (tools/process/output-folder.ts).
  mkdirSync(join(root, '.dist-building-dist/sources'), { recursive: true });
  writeFileSync(join(root, '.dist-building-dist/index.html'), 'half a site\n');
  writeFileSync(join(root, '.dist-building-dist.pid'), String(DEAD_PID));
}

/** Path → sha256 of every file under a folder, to prove it did not change. */
export function snapshotFolder(directory: string): Record<string, string> {
  if (!existsSync(directory)) return {};
  return Object.fromEntries(
    listFiles(directory).map((path) => [relative(directory, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex')]),
  );
}
