/**
 * The profile behind `npm run bench:profile` (scripts/bench-profile.ts): builds the bench's
 * synthetic corpus at one size with the full pipeline and with plain Astro (Sätteri), each
 * once, under Node's CPU profiler (`--cpu-prof`, every thread: the social-card workers too) and
 * Astro's own phase timer (ASTRO_TIMER_PATH: content-layer sync, i.e. loaders and Markdown
 * rendering; the SSR, client and prerender bundles; static generation, i.e. rendering the pages),
 * and says where every second of the full pipeline above plain Astro goes: phase by phase, and
 * place by place (self time by package or project folder). The profiler slows both builds alike,
 * so read the differences and shares rather than the absolute times.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject, PROJECT_ROOT } from '../process/project-copy.ts';
import { runCommand } from '../process/run-command.ts';
import { env, makeCorpus, plainProject, writeCorpus } from './build-bench.ts';
import { summarizeProfile } from './cpu-profile-summary.ts';
import { writeReportSection } from './report-section.ts';

export interface ProfileBenchOptions {
  n: number;
  citations: number;
  write: boolean;
}

interface ProfiledBuild {
  label: string;
  wallMs: number;
  peakRssBytes?: number;
  load: number;
  /** Astro's timer: phase → ms. */
  phases: Record<string, number>;
  /** Our integrations' own lines (Pagefind, social cards). */
  notes: string[];
  /** Self time by place, summed over every thread's profile. */
  places: Map<string, number>;
  /** The main thread's top functions. */
  functions: { name: string; ms: number }[];
  threads: number;
}

async function profiledBuild(label: string, root: string): Promise<ProfiledBuild> {
  const profiles = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const timer = join(profiles, 'astro-timer.json');
  try {
    const load = loadavg()[0]!;
    const result = await runCommand(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', profiles, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', 'dist'],
      { cwd: root, env: { ...env, ASTRO_TIMER_PATH: timer }, measureMemory: true },
    );
    if (result.status !== 0) throw new Error(`bench:profile: the ${label} build failed:\n${result.output.slice(-4000)}`);
    const stats = JSON.parse(readFileSync(timer, 'utf8')) as Record<string, { elapsedTime: number }>;
    const phases = Object.fromEntries(Object.entries(stats).map(([name, stat]) => [name, stat.elapsedTime]));
    const places = new Map<string, number>();
    let functions: { name: string; ms: number }[] = [];
    const files = readdirSync(profiles).filter((name) => name.endsWith('.cpuprofile')).sort();
    for (const file of files) {
      const summary = summarizeProfile(join(profiles, file), root, 1000);
      for (const { place, ms } of summary.byPlace) places.set(place, (places.get(place) ?? 0) + ms);
      // Thread 0 is the main thread: CPU.<date>.<pid>.0.<seq>.cpuprofile
      if (/\.0\.\d+\.cpuprofile$/u.test(file)) functions = summary.byFunction.slice(0, 15);
    }
    const notes = result.output.split('\n').filter((line) => /\[briefings-(pagefind|social-card-prefetch)\]/u.test(line)).map((line) => line.replace(/^\S+ /u, '').trim());
    return { label, wallMs: result.wallMs, ...(result.peakRssBytes !== undefined ? { peakRssBytes: result.peakRssBytes } : {}), load, phases, notes, places, functions, threads: files.length };
  } finally {
    if (process.env.KEEP_PROFILES) console.log(`  profiles kept in ${profiles}`);
    else rmSync(profiles, { recursive: true, force: true });
  }
}

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);

/** Runs both profiled builds and prints (and with `write`, records in BENCHMARKS.md) where the time goes. */
export async function runProfileBench(options: ProfileBenchOptions): Promise<void> {
  const corpus = makeCorpus(options.n, options.citations);
  const full = copyProject({ prefix: 'bench-profile-full-', withoutContent: true });
  const plain = plainProject('default');
  try {
    writeCorpus(full.root, corpus, false);
    writeCorpus(plain.root, corpus, true);
    console.log(`N = ${options.n}: profiling the full pipeline …`);
    const fullBuild = await profiledBuild('full pipeline', full.root);
    console.log(`  ${s(fullBuild.wallMs)}, load ${fullBuild.load.toFixed(1)}; plain Astro (Sätteri) …`);
    const plainBuild = await profiledBuild('plain Astro (Sätteri)', plain.root);
    console.log(`  ${s(plainBuild.wallMs)}, load ${plainBuild.load.toFixed(1)}`);

    const phaseNames = [...new Set([...Object.keys(fullBuild.phases), ...Object.keys(plainBuild.phases)])];
    const phaseRows = phaseNames.map((name) => `| ${name} | ${s(fullBuild.phases[name])} | ${s(plainBuild.phases[name])} | ${s((fullBuild.phases[name] ?? 0) - (plainBuild.phases[name] ?? 0))} |`);
    const places = [...new Set([...fullBuild.places.keys(), ...plainBuild.places.keys()])]
      .map((place) => ({ place, full: fullBuild.places.get(place) ?? 0, plain: plainBuild.places.get(place) ?? 0 }))
      .sort((a, b) => Math.abs(b.full - b.plain) - Math.abs(a.full - a.plain))
      .slice(0, 30);
    const section = [
      '## Where the time goes (profile)',
      '',
      `Written by \`npm run bench:profile\` (scripts/bench-profile.ts) on ${new Date().toISOString().slice(0, 10)}: N = ${options.n} (${options.n} sources, ${options.n} briefings × ${options.citations} citations), ${cpus().length} cores, one build each under \`node --cpu-prof\` (every thread) and Astro's phase timer. Load average when each started: full ${fullBuild.load.toFixed(1)}, plain ${plainBuild.load.toFixed(1)}.`,
      `Wall time with the profiler: full pipeline ${s(fullBuild.wallMs)} (peak ${Math.round((fullBuild.peakRssBytes ?? 0) / 2 ** 20)} MB, ${fullBuild.threads} threads profiled), plain Astro ${s(plainBuild.wallMs)} (peak ${Math.round((plainBuild.peakRssBytes ?? 0) / 2 ** 20)} MB). The full pipeline here is \`astro build\` itself (Pagefind, social cards and the published files run inside it); \`npm run build\` adds only the swap of the output folder.`,
      '',
      "Astro's phases (\"Sync content layer\" is the loaders and every entry's Markdown rendering; \"Static generate\" renders the pages; \"Total build\" excludes the `astro:build:done` hooks, i.e. Pagefind and the wait for social cards):",
      '',
      '| phase | full pipeline | plain Astro | difference |',
      '| --- | ---: | ---: | ---: |',
      ...phaseRows,
      '',
      `Our integrations: ${fullBuild.notes.join('; ')}.`,
      '',
      'CPU self time by place, summed over threads, largest differences first (a package, a project folder, or V8: "(garbage collector)", "(program)" is V8 and native code outside JavaScript, "(idle)" waiting):',
      '',
      '| place | full pipeline | plain Astro | difference |',
      '| --- | ---: | ---: | ---: |',
      ...places.map((row) => `| ${row.place} | ${s(row.full)} | ${s(row.plain)} | ${s(row.full - row.plain)} |`),
      '',
      "The full pipeline's main thread, top functions by self time:",
      '',
      '| function | self time |',
      '| --- | ---: |',
      ...fullBuild.functions.map((fn) => `| \`${fn.name.replace(/\|/gu, '\\|')}\` | ${s(fn.ms)} |`),
    ].join('\n');
    console.log(`\n${section}`);
    if (options.write) {
      writeReportSection(join(PROJECT_ROOT, 'BENCHMARKS.md'), 'profile-bench', section);
      console.log('\nWrote the profile section of BENCHMARKS.md');
    }
  } finally {
    full.remove();
    plain.remove();
  }
}
