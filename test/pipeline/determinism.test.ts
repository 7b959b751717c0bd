import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareOutputs, formatDifferences } from '../../tools/quality/compare-outputs.ts';
import { copyProject, type ProjectCopy } from '../../tools/process/project-copy.ts';
import { buildEnvironment } from '../../tools/process/build-environment.ts';
import { runCommand } from '../../tools/process/run-command.ts';
import { allDistFiles } from '../helpers/dist.ts';

/**
 * Two clean builds of the same inputs must be byte-identical. To shake out every hidden input,
 * the second build differs from the first in everything that should not matter: the checkout's
 * path, the wall clock (moved on by 3 days 7 hours 13 minutes), the time zone (UTC+14) and the
 * locale (Swedish, which formats numbers and dates differently and sorts "ä" after "z").
 * BUILD_DATE, the one declared time input (which briefings are due), is the same in both.
 */
const CLOCK_OFFSET_MS = ((3 * 24 + 7) * 60 + 13) * 60_000;
const SHIFTED_CLOCK = pathToFileURL(join(import.meta.dirname, '../helpers/shifted-clock.mjs')).href;

const copies: ProjectCopy[] = [];
afterAll(() => {
  for (const copy of copies) copy.remove();
});

async function cleanBuild(prefix: string, env: NodeJS.ProcessEnv): Promise<Map<string, Buffer>> {
  const copy = copyProject({ prefix });
  copies.push(copy);
  const result = await runCommand(process.execPath, ['scripts/build.ts', '--outDir', 'out'], { cwd: copy.root, env });
  expect(result.status, `The build in ${copy.root} failed:\n${result.output.slice(-4000)}`).toBe(0);
  const out = join(copy.root, 'out');
  return new Map(allDistFiles(out).map((path) => [path, readFileSync(join(out, path))]));
}

describe('determinism', () => {
  it(
    'two clean builds (different path, clock, time zone and locale) produce byte-identical output',
    async () => {
      const buildDate = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
      const common = buildEnvironment({ BUILD_DATE: buildDate });
      const [first, second] = await Promise.all([
        cleanBuild('determinism-a-', common),
        cleanBuild('determinism-b-', {
          ...common,
          TZ: 'Pacific/Kiritimati',
          LC_ALL: 'sv_SE.UTF-8',
          LANG: 'sv_SE.UTF-8',
          CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS),
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${SHIFTED_CLOCK}`.trim(),
        }),
      ]);
      expect(first.size).toBeGreaterThan(0);
      const differences = compareOutputs(first, second);
      expect(differences, `The two builds differ:\n${formatDifferences(differences)}`).toEqual([]);
    },
    15 * 60_000,
  );
});
