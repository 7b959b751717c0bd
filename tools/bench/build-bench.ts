/**
 * The build benchmark behind `npm run bench` (scripts/bench.ts): generates a synthetic corpus of
 * N sources and N briefings (every citation `[@slug, ¶N]` after a “quotation” copied from the
 * cited paragraph, so every one is verified; every tenth briefing embeds a timeline whose every
 * event quotes its source), and builds it side by side: with the full pipeline (a copy of this
 * project, `npm run build`: Astro, the citation checks, the source fingerprints, Pagefind) and
 * with two bare Astro 7 sites over the same Markdown (default processor; unified() without
 * plugins). Reports wall time, pages per second, peak memory (GNU time), Pagefind time and index
 * size, checks the targets, runs Lighthouse (mobile preset, Debian's Chromium) on the real site,
 * and writes BENCHMARKS.md.
 *
 * Builds run one at a time. On a shared machine, run it when nothing else is building.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { buildEnvironment } from '../process/build-environment.ts';
import { copyProject, PROJECT_ROOT } from '../process/project-copy.ts';
import { runCommand } from '../process/run-command.ts';
import { markedSections } from './report-section.ts';
import {
  VARIANT_LABELS,
  buildTable,
  evaluateTargets,
  lighthouseTable,
  targetsTable,
  type BenchVariant,
  type BuildMeasurement,
  type LighthouseScores,
} from './bench-report.ts';
import { runLighthouse } from './lighthouse.ts';
import { plainAstroProject, type PlainProcessor } from './plain-astro-project.ts';
import { embedTimeline, syntheticBriefings, syntheticSources, syntheticTimeline, withoutComponents } from './synthetic-corpus.ts';

export interface BuildBenchOptions {
  /** Corpus sizes N (N sources and N briefings each); none runs Lighthouse only. */
  sizes: readonly number[];
  variants: readonly BenchVariant[];
  /** Citations per briefing. */
  citations: number;
  /** Run Lighthouse on the real site. */
  lighthouse: boolean;
  /** Write BENCHMARKS.md at the project's root. */
  write: boolean;
  /** Keep the temporary projects, for inspection. */
  keep: boolean;
}

const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });

interface Corpus {
  sources: { slug: string; markdown: string }[];
  briefings: { slug: string; mdx: string }[];
  /** content/data/timeline.yaml, embedded in every tenth briefing. */
  timeline: string;
}

/** Every tenth briefing embeds the timeline, whose every event is verified like a citation. */
const CHART_EVERY = 10;

function makeCorpus(n: number, citations: number): Corpus {
  const sources = syntheticSources(n);
  const briefings = syntheticBriefings(n, sources, { citations, quotes: 'curly' }).map((briefing, i) =>
    i % CHART_EVERY === 0 ? { ...briefing, mdx: embedTimeline(briefing.mdx) } : briefing,
  );
  return { sources, briefings, timeline: syntheticTimeline(sources) };
}

/** The full pipeline gets the corpus as is; a plain Astro site the same Markdown without our components. */
function writeCorpus(root: string, corpus: Corpus, plain: boolean): void {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  // The site's other collections (chart data, glossary, people) exist, empty: their real entries
  // cite the real sources, which a synthetic corpus does not have.
  for (const entry of readdirSync(join(PROJECT_ROOT, 'content'), { withFileTypes: true })) {
    if (entry.isDirectory()) mkdirSync(join(root, 'content', entry.name), { recursive: true });
  }
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  for (const source of corpus.sources) writeFileSync(join(root, 'content/sources', `${source.slug}.md`), source.markdown);
  for (const briefing of corpus.briefings) {
    writeFileSync(join(root, 'content/briefings', `${briefing.slug}.mdx`), plain ? withoutComponents(briefing.mdx) : briefing.mdx);
  }
  if (!plain) {
    mkdirSync(join(root, 'content/data'), { recursive: true });
    writeFileSync(join(root, 'content/data/timeline.yaml'), corpus.timeline);
  }
}

function treeBytes(path: string): number {
  let total = 0;
  try {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      total += entry.isDirectory() ? treeBytes(join(path, entry.name)) : statSync(join(path, entry.name)).size;
    }
  } catch {
    return 0;
  }
  return total;
}

function countPages(path: string): number {
  let count = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  return count;
}

/** A bare Astro site in a fresh folder, sharing this project's installed packages. */
function plainProject(processor: PlainProcessor): { root: string; remove(): void } {
  const copy = copyProject({ prefix: `bench-plain-${processor}-`, packagesOnly: true });
  for (const [path, text] of Object.entries(plainAstroProject(processor))) {
    mkdirSync(dirname(join(copy.root, path)), { recursive: true });
    writeFileSync(join(copy.root, path), text);
  }
  return copy;
}

async function measure(variant: BenchVariant, n: number, corpus: Corpus, keep: boolean): Promise<BuildMeasurement> {
  const project = variant === 'full' ? copyProject({ prefix: 'bench-full-', withoutContent: true }) : plainProject(variant === 'plain-default' ? 'default' : 'unified');
  try {
    writeCorpus(project.root, corpus, variant !== 'full');
    const args =
      variant === 'full'
        ? [join(project.root, 'scripts/build.ts'), '--outDir', 'dist']
        : [join(project.root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', 'dist'];
    const result = await runCommand(process.execPath, args, { cwd: project.root, env, measureMemory: true });
    if (result.status !== 0) throw new Error(`bench: the ${variant} build at N = ${n} failed:\n${result.output.slice(-4000)}`);
    const step = (label: string) => {
      const match = new RegExp(`build: ${label} took (\\d+) ms`, 'u').exec(result.output);
      return match?.[1] ? Number(match[1]) : undefined;
    };
    // The pagefind integration logs its own time inside `astro build`: reported apart, as before.
    const pagefindMs = Number(/indexed \d+ pages of \d+ HTML files in (\d+) ms/u.exec(result.output)?.[1] ?? Number.NaN);
    const astroMs = step('astro build');
    const out = join(project.root, 'dist');
    const indexBytes = treeBytes(join(out, 'pagefind'));
    const measurement: BuildMeasurement = {
      variant,
      n,
      pages: countPages(out),
      wallMs: result.wallMs,
      ...(result.peakRssBytes !== undefined ? { peakRssBytes: result.peakRssBytes } : {}),
      ...(variant === 'full' && astroMs !== undefined ? { astroMs: Number.isNaN(pagefindMs) ? astroMs : astroMs - pagefindMs } : {}),
      ...(Number.isNaN(pagefindMs) ? {} : { pagefindMs }),
      ...(indexBytes > 0 ? { indexBytes } : {}),
    };
    return measurement;
  } finally {
    if (keep) console.log(`  kept ${project.root}`);
    else project.remove();
  }
}

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

/** The machine, the versions measured, and its load when the run started (figures from a busy machine are not comparable). */
function machine(loadAtStart: string): string[] {
  const chromium = (() => {
    try {
      return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return 'not found';
    }
  })();
  return [
    `- CPU: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores; memory ${(totalmem() / 2 ** 30).toFixed(0)} GB; Linux ${release()}; load average at start ${loadAtStart}`,
    `- Node ${process.version}; astro ${version('astro')}; @astrojs/mdx ${version('@astrojs/mdx')}; @astrojs/markdown-remark ${version('@astrojs/markdown-remark')}; @astrojs/markdown-satteri ${version('@astrojs/markdown-satteri')}; pagefind ${version('pagefind')}`,
    `- Lighthouse ${version('lighthouse')} with ${chromium}`,
  ];
}

/** Runs the benchmark, prints its tables and, with `write`, writes BENCHMARKS.md. */
export async function runBuildBench(options: BuildBenchOptions): Promise<void> {
  const loadAtStart = loadavg().map((load) => load.toFixed(1)).join(', ');
  const measurements: BuildMeasurement[] = [];
  for (const n of options.sizes) {
    const started = performance.now();
    const corpus = makeCorpus(n, options.citations);
    console.log(`\nN = ${n}: ${corpus.sources.length} sources, ${corpus.briefings.length} briefings × ${options.citations} citations (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const variant of options.variants) {
      process.stdout.write(`  ${VARIANT_LABELS[variant]} … `);
      const measurement = await measure(variant, n, corpus, options.keep);
      measurements.push(measurement);
      console.log(`${(measurement.wallMs / 1000).toFixed(1)} s, ${measurement.pages} pages, peak ${measurement.peakRssBytes ? Math.round(measurement.peakRssBytes / 2 ** 20) : '?'} MB`);
    }
  }

  let lighthouse: LighthouseScores[] = [];
  if (options.lighthouse) {
    console.log('\nLighthouse (mobile preset) on the real site: building it in a copy of the project …');
    const site = copyProject({ prefix: 'bench-lighthouse-' });
    try {
      const result = await runCommand(process.execPath, ['scripts/build.ts', '--outDir', 'dist'], { cwd: site.root, env });
      if (result.status !== 0) throw new Error(`bench: the site build failed:\n${result.output.slice(-4000)}`);
      lighthouse = await runLighthouse(join(site.root, 'dist'));
    } finally {
      site.remove();
    }
  }

  const builds = buildTable(measurements);
  const targets = targetsTable(evaluateTargets(measurements));
  console.log(`\n${builds}\n\n${targets}${lighthouse.length ? `\n\n${lighthouseTable(lighthouse)}` : ''}`);

  if (options.write) {
    const report = [
      '# Benchmarks',
      '',
      `Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}. Re-run it to refresh this file.`,
      '',
      '## Machine and versions',
      '',
      ...machine(loadAtStart),
      '',
      '## Builds',
      '',
      `Synthetic corpus: N sources (8 paragraphs each, written through the real ingest) and N briefings with ${options.citations} citations each,`,
      'every one `[@slug, ¶N]` after a “quotation” copied from the cited paragraph, so each is resolved and verified; every tenth',
      'briefing embeds a 24-event timeline (each event verified against its source; the plain sites get the same Markdown without',
      'the chart, which they cannot render). Every variant builds the same files, one after another, in its own temporary folder.',
      "Wall time is the whole command; peak memory is the largest process's maximum resident set size (GNU time). The plain sites",
      'have one page per entry plus home, briefings and sources indexes, and no plugins, loaders or post-build steps.',
      '',
      builds,
      '',
      '## Targets',
      '',
      targets,
      '',
      ...(lighthouse.length
        ? ['## Lighthouse', '', 'Mobile preset (simulated throttling), Debian’s Chromium, the real site served by npm run preview’s static server (tools/server) with its headers.', '', lighthouseTable(lighthouse), '']
        : []),
    ].join('\n');
    // Sections written by other benchmarks (npm run bench:ingest) are carried over.
    const previous = existsSync(join(PROJECT_ROOT, 'BENCHMARKS.md')) ? markedSections(readFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), 'utf8')) : [];
    writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), [report, ...previous].join('\n\n') + (previous.length > 0 ? '\n' : ''));
    console.log('\nWrote BENCHMARKS.md');
  }
}
