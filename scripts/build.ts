/**
 * npm run build [-- --outDir <dir>]: builds the site (search index included: the pagefind
 * integration runs inside `astro build`) into a temporary folder next to the output folder, and
 * only then swaps it into place. A failed build (bad frontmatter, a misquotation, a broken chart
 * datum, a Pagefind failure) leaves the previous dist/ exactly as it was, so a host serving
 * dist/ never sees half a site.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const outDir = resolve(values.outDir);
// Same parent folder, so the final rename stays on one filesystem and is near-atomic.
const building = join(dirname(outDir), `.dist-building-${basename(outDir)}-${process.pid}`);
const previous = join(dirname(outDir), `.dist-previous-${basename(outDir)}-${process.pid}`);

/** Lines of our own warnings (uncited sources, quotations without a citation, …), repeated at the end. */
const warnings: string[] = [];

/** Passes a child's output through, keeping the lines that are warnings of ours (they start "warning:" or "<file>:<line>:<col>: warning:"). */
function relay(stream: NodeJS.ReadableStream, to: NodeJS.WriteStream): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    to.write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (/^(?:\S+:\d+:\d+: )?warning: /u.test(line)) warnings.push(line);
  });
}

/** Runs one step; its time is printed as "build: <label> took <ms> ms" (npm run bench reads it). */
async function run(label: string, args: string[]): Promise<void> {
  const started = performance.now();
  // Colours as if the step wrote to the terminal itself.
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'pipe', 'pipe'], env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env });
  relay(child.stdout, process.stdout);
  relay(child.stderr, process.stderr);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  console.log(`build: ${label} took ${Math.round(performance.now() - started)} ms`);
  if (code !== 0) {
    rmSync(building, { recursive: true, force: true });
    console.error(`\nbuild: ${label} failed (exit ${code ?? signal}); ${values.outDir} was left as it was.`);
    process.exit(code ?? 1);
  }
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
rmSync(building, { recursive: true, force: true });
await run('astro build', [astroBin, 'build', '--outDir', building]);

if (existsSync(outDir)) renameSync(outDir, previous);
try {
  renameSync(building, outDir);
} catch (error) {
  if (existsSync(previous)) renameSync(previous, outDir);
  throw new Error(`Failed to move the new build into ${outDir}.`, { cause: error });
}
rmSync(previous, { recursive: true, force: true });
const unique = [...new Set(warnings)];
if (unique.length > 0) {
  console.warn(`\nbuild: ${unique.length} warning${unique.length > 1 ? 's' : ''} to look at (the site was built):`);
  for (const warning of unique) console.warn(`  ${warning}`);
}
console.log(`build: ${values.outDir} is ready.`);
