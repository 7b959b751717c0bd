/**
 * npm run build [-- --outDir <dir>] [-- --no-link]: builds the site (search index included: the
 * pagefind integration runs inside `astro build`) into a temporary folder next to the output
 * folder, and only then switches the output path to it in one atomic step (`dist` is a link to
 * the current version: tools/process/output-folder.ts). A failed build (bad frontmatter, a
 * misquotation, a broken chart datum, a Pagefind failure) leaves the previous dist/ exactly as
 * it was, and at no moment of a build is there no dist/, so a host serving dist/ never sees
 * half a site, or none. What builds killed earlier left beside it is removed first.
 * `--no-link` makes the output a plain folder instead, for hosts that build in a fresh checkout
 * and upload it (Netlify, Cloudflare Pages).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { claimBuildingFolder, publishBuild, releaseBuildingFolder, removeStaleBuilds } from '../tools/process/output-folder.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' }, 'no-link': { type: 'boolean', default: false } } });
const outDir = resolve(values.outDir);
for (const stale of removeStaleBuilds(outDir)) console.log(`build: removed ${relative(process.cwd(), stale) || stale}, left by a build that is no longer running.`);
// Same parent folder, so the final renames stay on one filesystem and are atomic; the same name
// for every build, so that Astro's content cache survives from one build to the next.
const building = claimBuildingFolder(outDir);

/** Lines of our own warnings (uncited sources, quotations without a citation, …), repeated at the end. */
const warnings: string[] = [];

/** Passes a child's output through, keeping the lines that are warnings of ours (they start "warning:", "<file>: warning:" or "<file>:<line>:<col>: warning:"). */
function relay(stream: NodeJS.ReadableStream, to: NodeJS.WriteStream): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    to.write(chunk);
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (/^(?:\S+?(?::\d+:\d+)?: )?warning: /u.test(line)) warnings.push(line);
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
    releaseBuildingFolder(outDir);
    console.error(`\nbuild: ${label} failed (exit ${code ?? signal}); ${values.outDir} was left as it was.`);
    process.exit(code ?? 1);
  }
}

const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
await run('astro build', [astroBin, 'build', '--outDir', building]);

const version = publishBuild(building, outDir, { link: !values['no-link'] });
releaseBuildingFolder(outDir);
const unique = [...new Set(warnings)];
if (unique.length > 0) {
  console.warn(`\nbuild: ${unique.length} warning${unique.length > 1 ? 's' : ''} to look at (the site was built):`);
  for (const warning of unique) console.warn(`  ${warning}`);
}
console.log(
  values['no-link']
    ? `build: ${values.outDir} is ready.`
    : `build: ${values.outDir} is ready (${values.outDir} -> ${basename(version)}; copy it through the link: rsync -aL, cp -rL).`,
);
