/**
 * npm run bench:citations [-- --sources 1000 --briefings 1000 --citations 20]
 *
 * Builds a synthetic corpus (N sources, N briefings × 20 verified citations each) twice in
 * a temporary copy of the project: with the citation plugin, and with it removed from the
 * config. Reports the time spent inside the plugin (measured in-process) and the build-time
 * difference, each as a share of the full build. Target: citation work under 10%.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticBriefings, syntheticSources } from '../src/lib/bench/synthetic-corpus.ts';
import { buildEnvironment } from './lib/build-environment.ts';
import { copyProject, PROJECT_ROOT, type ProjectCopy } from './lib/project-copy.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '1000' },
    briefings: { type: 'string', default: '1000' },
    citations: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
});
const sourceCount = Number(values.sources);
const briefingCount = Number(values.briefings);
const citationCount = Number(values.citations);

function makeProject(withCitations: boolean): ProjectCopy {
  const copy = copyProject({ withoutContent: true, prefix: `bench-citations-${withCitations ? 'on' : 'off'}-` });
  const directory = copy.root;
  if (!withCitations) {
    const configPath = join(directory, 'astro.config.mjs');
    const config = readFileSync(configPath, 'utf8');
    const stripped = config.replace(/\[remarkCitations,\s*\{[^}]*\}\],?\s*/u, '');
    if (stripped === config) throw new Error('bench-citations: could not find the remarkCitations entry in astro.config.mjs to remove it.');
    writeFileSync(configPath, stripped);
  }
  return copy;
}

function writeCorpus(directory: string): void {
  const sources = syntheticSources(sourceCount);
  mkdirSync(join(directory, 'content/sources'), { recursive: true });
  mkdirSync(join(directory, 'content/briefings'), { recursive: true });
  for (const source of sources) writeFileSync(join(directory, 'content/sources', `${source.slug}.md`), source.markdown);
  for (const briefing of syntheticBriefings(briefingCount, sources, { citations: citationCount })) {
    writeFileSync(join(directory, 'content/briefings', `${briefing.slug}.mdx`), briefing.mdx);
  }
}

function build(directory: string, timingsFile?: string): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: directory,
    env: buildEnvironment({ ...(timingsFile ? { CITATION_TIMINGS_FILE: timingsFile } : {}), ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: '2026-01-01' }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    console.error(result.stdout.slice(-4000), result.stderr.slice(-4000));
    throw new Error(`bench-citations: the build in ${directory} failed.`);
  }
  return seconds;
}

const onCopy = makeProject(true);
const offCopy = makeProject(false);
const on = onCopy.root;
const off = offCopy.root;
writeCorpus(on);
writeCorpus(off);
const timingsFile = join(on, 'citation-timings.json');
console.log(`Corpus: ${sourceCount} sources, ${briefingCount} briefings × ${citationCount} citations (each quoting its paragraph).`);
const withSeconds = build(on, timingsFile);
const withoutSeconds = build(off);
const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as { documents: number; links: number; milliseconds: number };
const pluginShare = timings.milliseconds / 1000 / withSeconds;
const deltaShare = (withSeconds - withoutSeconds) / withSeconds;
console.log(`\n| measure | value |\n| --- | --- |`);
console.log(`| full build (with citations) | ${withSeconds.toFixed(1)} s |`);
console.log(`| build without the citation plugin | ${withoutSeconds.toFixed(1)} s |`);
console.log(`| documents through the plugin | ${timings.documents} |`);
console.log(`| citations resolved and verified | ${timings.links} |`);
console.log(`| time inside the plugin | ${(timings.milliseconds / 1000).toFixed(2)} s (${(pluginShare * 100).toFixed(1)}% of the build) |`);
console.log(`| build-time difference | ${(withSeconds - withoutSeconds).toFixed(1)} s (${(deltaShare * 100).toFixed(1)}% of the build) |`);
console.log(`\nTarget: citation work under 10% of the build — ${Math.max(pluginShare, deltaShare) < 0.1 ? 'met' : 'missed'}.`);
if (!values.keep) {
  onCopy.remove();
  offCopy.remove();
} else {
  console.log(`Kept: ${on} and ${off}`);
}
