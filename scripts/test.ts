/**
 * npm test: type-check, build the site, then run every test suite against the real dist/.
 * Prints one closing line, "Tests: N passed, N failed", so CI can read the result.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(label: string, command: string, args: string[]): void {
  console.log(`\n── ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    console.log('Tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

run('Type check', 'npx', ['astro', 'check']);
run('Type check (scripts and tests)', 'npx', ['tsc', '--noEmit']);
run('Build', 'npm', ['run', 'build']);

const reportDirectory = mkdtempSync(join(tmpdir(), 'vitest-report-'));
const reportFile = join(reportDirectory, 'report.json');
console.log('\n── Tests: vitest run');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`], {
  stdio: 'inherit',
  env: { ...process.env, FORCE_COLOR: '0' },
});
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  if (report.numTotalTests === 0) failed = 1;
} catch {
  failed = Math.max(failed, 1);
}
rmSync(reportDirectory, { recursive: true, force: true });
console.log(`\nTests: ${passed} passed, ${failed} failed`);
process.exit(vitest.status === 0 && failed === 0 ? 0 : 1);
