import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planIngest } from '../../src/lib/sources/plan-ingest.ts';

/** The repository this test runs in. */
export const PROJECT = join(import.meta.dirname, '../..');

export interface TempProject {
  root: string;
  dist: string;
  remove(): void;
}

/**
 * A throwaway copy of the project (sources, content, config; node_modules linked, not copied),
 * so a test can add content and build without touching the real content/ or dist/.
 */
export function copyProject(): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'briefings-project-'));
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'docs']) {
    const from = join(PROJECT, entry);
    if (existsSync(from)) cpSync(from, join(root, entry), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return { root, dist: join(root, 'dist'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Ingests received texts into the copy with the real ingestion code, as `npm run ingest` would. */
export async function ingestInto(project: TempProject, files: string[], manifestPath: string): Promise<void> {
  const writes = await planIngest(
    { files, manifestPath, manifestText: readFileSync(manifestPath, 'utf8'), force: false, today: '2025-06-01' },
    { readBytes: (path) => readFileSync(path), readExisting: () => undefined },
  );
  for (const write of writes) writeFileSync(join(project.root, 'content/sources', `${write.slug}.md`), write.markdown);
}

/**
 * The environment a build started from a test should see: Vitest puts its own `import.meta.env`
 * into process.env (BASE_URL, MODE, DEV, PROD, SSR), and Astro would read them back as the
 * site's — a development build at "/".
 */
export function buildEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']) delete env[name];
  return { ...env, ...extra, FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
}

/** Runs `astro build` in the copy with the given environment; throws with Astro's output when it fails. */
export function buildProject(project: TempProject, env: Record<string, string>): string {
  const result = spawnSync(process.execPath, [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: project.root,
    env: buildEnvironment(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`astro build failed in ${project.root} (exit ${result.status}):\n${output.slice(-4000)}`);
  return output;
}
