/**
 * The build benchmark behind `npm run bench` (scripts/bench.ts): generates a synthetic corpus of
 * N sources and N briefings (every citation `[@slug, ¶N]` after a “quotation” copied from the
 * cited paragraph, so every one is verified; every tenth briefing embeds a timeline whose every
 * event quotes its source), and builds it side by side: with the full pipeline (a copy of this
 * project, `npm run build`: Astro, the citation checks, the source fingerprints, Pagefind) and
 * with two bare Astro 7 sites over the same Markdown (default processor; unified() without
 * plugins), and, where Debian's `hugo` is installed, a one-template Hugo site as the floor. After
 * the full pipeline's cold build it rebuilds the same project twice: after one word of one
 * briefing is changed, and after one source is re-ingested (its file written again, as
 * `npm run ingest --force` of the same text does). Reports wall time, its ratio to plain Astro
 * and to Hugo, pages per second, peak memory (GNU time), Pagefind time and index size, the load
 * average when each build started and the previous run's wall time, checks the targets, runs
 * Lighthouse (mobile preset, Debian's Chromium) on the real site, and writes BENCHMARKS.md.
 *
 * Builds run one at a time. On a shared machine, read the ratios (measured minutes apart) rather
 * than the absolute times, and the load beside each.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
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
  previousWallTimes,
  lighthouseTable,
  targetsTable,
  type BenchVariant,
  type BuildMeasurement,
  type LighthouseScores,
} from './bench-report.ts';
import { runLighthouse } from './lighthouse.ts';
import { HUGO_BINARY, hugoProject, hugoVersion } from './hugo-project.ts';
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
  /** Sizes at which the full pipeline is also rebuilt warm (the target is at N = 1,000). */
  warmSizes: readonly number[];
}

/** The environment every bench build runs in (a fixed build date, so every synthetic briefing is published). */
export const env = buildEnvironment({ BUILD_DATE: '2026-01-01' });

export interface Corpus {
  sources: { slug: string; markdown: string }[];
  briefings: { slug: string; mdx: string }[];
  /** content/data/timeline.yaml, embedded in every tenth briefing. */
  timeline: string;
}

/** Every tenth briefing embeds the timeline, whose every event is verified like a citation. */
const CHART_EVERY = 10;

export function makeCorpus(n: number, citations: number): Corpus {
  const sources = syntheticSources(n);
  const briefings = syntheticBriefings(n, sources, { citations, quotes: 'curly' }).map((briefing, i) =>
    i % CHART_EVERY === 0 ? { ...briefing, mdx: embedTimeline(briefing.mdx) } : briefing,
  );
  return { sources, briefings, timeline: syntheticTimeline(sources) };
}

/**
 * The full pipeline gets the corpus as is; a plain Astro site the same Markdown without our
 * components; Hugo that Markdown under `.md` (Hugo does not read `.mdx`).
 */
export function writeCorpus(root: string, corpus: Corpus, plain: boolean, briefingExtension = '.mdx'): void {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  // The site's other collections (chart data, glossary, people) exist, empty: their real entries
  // cite the real sources, which a synthetic corpus does not have.
  for (const entry of readdirSync(join(PROJECT_ROOT, 'content'), { withFileTypes: true })) {
    if (entry.isDirectory()) mkdirSync(join(root, 'content', entry.name), { recursive: true });
  }
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  for (const source of corpus.sources) {
    // Hugo reads a front matter `url` as the page's own address; the source's address goes under another name there.
    const markdown = briefingExtension === '.md' ? source.markdown.replace(/^url:/mu, 'sourceUrl:') : source.markdown;
    writeFileSync(join(root, 'content/sources', `${source.slug}.md`), markdown);
  }
  for (const briefing of corpus.briefings) {
    writeFileSync(join(root, 'content/briefings', `${briefing.slug}${briefingExtension}`), plain ? withoutComponents(briefing.mdx) : briefing.mdx);
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
export function plainProject(processor: PlainProcessor): { root: string; remove(): void } {
  const copy = copyProject({ prefix: `bench-plain-${processor}-`, packagesOnly: true });
  for (const [path, text] of Object.entries(plainAstroProject(processor))) {
    mkdirSync(dirname(join(copy.root, path)), { recursive: true });
    writeFileSync(join(copy.root, path), text);
  }
  return copy;
}

/** A one-template Hugo site in a fresh folder. */
function hugoSite(): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'bench-hugo-'));
  for (const [path, text] of Object.entries(hugoProject())) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

const oneMinuteLoad = () => loadavg()[0]!;

/** Runs one build in `root` and measures it. */
async function timedBuild(variant: BenchVariant, n: number, root: string): Promise<BuildMeasurement> {
  const [command, args]: [string, string[]] =
    variant === 'hugo'
      ? [HUGO_BINARY, ['--quiet', '--destination', 'dist']]
      : variant === 'plain-default' || variant === 'plain-unified'
        ? [process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', 'dist']]
        : [process.execPath, [join(root, 'scripts/build.ts'), '--outDir', 'dist']];
  const loadAtStart = oneMinuteLoad();
  const result = await runCommand(command, args, { cwd: root, env, measureMemory: true });
  if (result.status !== 0) throw new Error(`bench: the ${variant} build at N = ${n} failed:\n${result.output.slice(-4000)}`);
  const step = (label: string) => {
    const match = new RegExp(`build: ${label} took (\\d+) ms`, 'u').exec(result.output);
    return match?.[1] ? Number(match[1]) : undefined;
  };
  // The pagefind integration logs its own time inside `astro build`: reported apart, as before.
  const pagefindMs = Number(/indexed \d+ pages of \d+ HTML files in (\d+) ms/u.exec(result.output)?.[1] ?? Number.NaN);
  const astroMs = step('astro build');
  const out = join(root, 'dist');
  const indexBytes = treeBytes(join(out, 'pagefind'));
  const full = variant === 'full' || variant === 'warm-briefing' || variant === 'warm-source';
  return {
    variant,
    n,
    pages: countPages(out),
    wallMs: result.wallMs,
    loadAtStart,
    ...(result.peakRssBytes !== undefined ? { peakRssBytes: result.peakRssBytes } : {}),
    ...(full && astroMs !== undefined ? { astroMs: Number.isNaN(pagefindMs) ? astroMs : astroMs - pagefindMs } : {}),
    ...(Number.isNaN(pagefindMs) ? {} : { pagefindMs }),
    ...(indexBytes > 0 ? { indexBytes } : {}),
  };
}

/** One word of the first briefing's body changed, as an author's edit. */
function editOneBriefing(root: string, corpus: Corpus): void {
  const path = join(root, 'content/briefings', `${corpus.briefings[0]!.slug}.mdx`);
  const text = readFileSync(path, 'utf8');
  const body = text.indexOf('\n---\n') + 5;
  // A word outside the quotations, so every citation still verifies.
  const edited = text.slice(0, body) + text.slice(body).replace(/\bone report put it\b/u, 'one report phrased it');
  if (edited === text) throw new Error(`bench: found no word to change in ${path}`);
  writeFileSync(path, edited);
}

/** The first source written again, as `npm run ingest --force` of the same received text writes it (the same bytes, a new time). */
function reingestOneSource(root: string, corpus: Corpus): void {
  const source = corpus.sources[0]!;
  const path = join(root, 'content/sources', `${source.slug}.md`);
  writeFileSync(path, source.markdown);
  const now = new Date();
  utimesSync(path, now, now);
}

/** Builds one variant at one size; the full pipeline is then rebuilt warm twice in the same project. */
async function measure(variant: BenchVariant, n: number, corpus: Corpus, keep: boolean, warm: boolean): Promise<BuildMeasurement[]> {
  const project =
    variant === 'full'
      ? copyProject({ prefix: 'bench-full-', withoutContent: true })
      : variant === 'hugo'
        ? hugoSite()
        : plainProject(variant === 'plain-default' ? 'default' : 'unified');
  try {
    writeCorpus(project.root, corpus, variant !== 'full', variant === 'hugo' ? '.md' : '.mdx');
    const measurements = [await timedBuild(variant, n, project.root)];
    if (variant === 'full' && warm) {
      editOneBriefing(project.root, corpus);
      measurements.push(await timedBuild('warm-briefing', n, project.root));
      reingestOneSource(project.root, corpus);
      measurements.push(await timedBuild('warm-source', n, project.root));
    }
    return measurements;
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
    `- Lighthouse ${version('lighthouse')} with ${chromium}; ${hugoVersion() ?? 'Hugo not installed (no floor measured)'}`,
  ];
}

/** Runs the benchmark, prints its tables and, with `write`, writes BENCHMARKS.md. */
export async function runBuildBench(options: BuildBenchOptions): Promise<void> {
  const loadAtStart = loadavg().map((load) => load.toFixed(1)).join(', ');
  const benchmarksPath = join(PROJECT_ROOT, 'BENCHMARKS.md');
  const previous = previousWallTimes(existsSync(benchmarksPath) ? readFileSync(benchmarksPath, 'utf8') : '');
  const variants = options.variants.filter((variant) => variant !== 'hugo' || hugoVersion() !== undefined);
  if (variants.length < options.variants.length) console.log('Hugo is not installed: the floor is left out (apt-get install hugo).');
  const measurements: BuildMeasurement[] = [];
  for (const n of options.sizes) {
    const started = performance.now();
    const corpus = makeCorpus(n, options.citations);
    console.log(`\nN = ${n}: ${corpus.sources.length} sources, ${corpus.briefings.length} briefings × ${options.citations} citations (generated in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    for (const variant of variants) {
      process.stdout.write(`  ${VARIANT_LABELS[variant]} … `);
      for (const measurement of await measure(variant, n, corpus, options.keep, options.warmSizes.includes(n))) {
        const before = previous.get(`${n}\u0000${VARIANT_LABELS[measurement.variant]}`);
        if (before !== undefined) measurement.previousWallMs = before;
        measurements.push(measurement);
        if (measurement.variant !== variant) process.stdout.write(`  ${VARIANT_LABELS[measurement.variant]} … `);
        console.log(
          `${(measurement.wallMs / 1000).toFixed(1)} s, ${measurement.pages} pages, peak ${measurement.peakRssBytes ? Math.round(measurement.peakRssBytes / 2 ** 20) : '?'} MB, load ${measurement.loadAtStart?.toFixed(1)}`,
        );
      }
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
      'have one page per entry plus home, briefings and sources indexes, and no plugins, loaders or post-build steps; the Hugo site',
      'the same pages from one template for entries and one for lists. The warm rebuilds run in the full pipeline’s project right',
      'after its cold build: one word of one briefing changed, then one source written again as a re-ingest writes it.',
      'Ratios are to plain Astro (Sätteri) and to Hugo at the same N in this run; “load at start” is the one-minute load average',
      'when each build started (2 cores: above 2, other work shared the machine, so compare ratios rather than absolute times).',
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
