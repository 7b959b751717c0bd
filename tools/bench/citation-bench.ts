/**
 * The citation benchmark behind `npm run bench:citations` (scripts/bench-citations.ts), measured
 * from outside the build only: the same synthetic corpus (sources written through the real
 * ingest, briefings whose every citation quotes its paragraph) built in two copies of the
 * project, one with the citation plugin in its plugin list (src/plugins/markdown-plugins.ts) and one with it removed. The
 * difference between the two build times is what citations cost; target: under 10% of the build.
 *
 * The two builds of a run follow each other, in alternating order from run to run, so a change
 * in the machine's load weighs on both; with several runs the medians are compared. Every build
 * starts cold (no dist/, no Astro data store, no Vite or social-card cache), as the first build
 * of a fresh checkout does: a warm content layer would skip the Markdown the plugin works on.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnvironment } from '../process/build-environment.ts';
import { copyProject, PROJECT_ROOT, type ProjectCopy } from '../process/project-copy.ts';
import { runCommand } from '../process/run-command.ts';
import { median } from './statistics.ts';
import { syntheticBriefings, syntheticSources } from './synthetic-corpus.ts';

export interface CitationBenchOptions {
  sources: number;
  briefings: number;
  /** Citations per briefing. */
  citations: number;
  /** Builds of each variant; the report compares medians. */
  runs: number;
  /** Keep the two project copies, for inspection. */
  keep: boolean;
}

/** Wall times of `astro build`, in milliseconds, one per run. */
export interface CitationBenchResult {
  withPluginMs: number[];
  withoutPluginMs: number[];
}

/** The share of the build the citation work takes at most for the target to be met. */
export const CITATION_SHARE_TARGET = 0.1;

/** Where the site's Markdown plugins are listed (src/plugins/markdown-plugins.ts), relative to the project. */
export const PLUGIN_LIST = 'src/plugins/markdown-plugins.ts';

/** The plugin list without the citationsPlugin entry. */
export function withoutCitationPlugin(list: string): string {
  const stripped = list.replace(/^[ \t]*citationsPlugin\(\{[^\n]*\}\),[ \t]*\n/mu, '');
  if (stripped === list) throw new Error(`bench:citations: could not find the citationsPlugin entry in ${PLUGIN_LIST} to remove it.`);
  return stripped;
}

/** The comparison as a Markdown table, with the target's verdict below it. */
export function citationBenchReport(result: CitationBenchResult): string {
  const withMs = median(result.withPluginMs);
  const withoutMs = median(result.withoutPluginMs);
  const share = (withMs - withoutMs) / withMs;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const runs = result.withPluginMs.length;
  const each = (times: readonly number[]) => (times.length > 1 ? ` (runs: ${times.map(seconds).join(', ')})` : '');
  const statistic = runs > 1 ? `median of ${runs}` : 'one run';
  return [
    '| measure | value |',
    '| --- | --- |',
    `| build with the citation plugin, ${statistic} | ${seconds(withMs)}${each(result.withPluginMs)} |`,
    `| build without the citation plugin, ${statistic} | ${seconds(withoutMs)}${each(result.withoutPluginMs)} |`,
    `| difference: the citation work | ${seconds(withMs - withoutMs)} (${(share * 100).toFixed(1)}% of the build) |`,
    '',
    `Target: citation work under ${CITATION_SHARE_TARGET * 100}% of the build — ${share < CITATION_SHARE_TARGET ? 'met' : 'missed'}.`,
  ].join('\n');
}

function writeCorpus(root: string, options: CitationBenchOptions): void {
  const sources = syntheticSources(options.sources);
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  mkdirSync(join(root, 'content/briefings'), { recursive: true });
  for (const source of sources) writeFileSync(join(root, 'content/sources', `${source.slug}.md`), source.markdown);
  for (const briefing of syntheticBriefings(options.briefings, sources, { citations: options.citations })) {
    writeFileSync(join(root, 'content/briefings', `${briefing.slug}.mdx`), briefing.mdx);
  }
}

function makeProject(withPlugin: boolean, options: CitationBenchOptions): ProjectCopy {
  const copy = copyProject({ withoutContent: true, prefix: `bench-citations-${withPlugin ? 'on' : 'off'}-` });
  if (!withPlugin) {
    const listPath = join(copy.root, PLUGIN_LIST);
    writeFileSync(listPath, withoutCitationPlugin(readFileSync(listPath, 'utf8')));
  }
  writeCorpus(copy.root, options);
  return copy;
}

/** One cold `astro build` in a copy; its wall time in milliseconds. */
async function coldBuild(root: string): Promise<number> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'node_modules/.cache']) {
    rmSync(join(root, cache), { recursive: true, force: true });
  }
  const result = await runCommand(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: buildEnvironment({ BUILD_DATE: '2026-01-01' }),
  });
  if (result.status !== 0) throw new Error(`bench:citations: the build in ${root} failed:\n${result.output.slice(-4000)}`);
  return result.wallMs;
}

/** Builds both copies `runs` times each, prints the report, and returns the times. */
export async function runCitationBench(options: CitationBenchOptions): Promise<CitationBenchResult> {
  const withPlugin = makeProject(true, options);
  const withoutPlugin = makeProject(false, options);
  const result: CitationBenchResult = { withPluginMs: [], withoutPluginMs: [] };
  console.log(`Corpus: ${options.sources} sources, ${options.briefings} briefings × ${options.citations} citations (each quoting its paragraph); ${options.runs} run(s).`);
  try {
    for (let run = 1; run <= options.runs; run++) {
      const order = run % 2 === 1 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const variant of order) {
        const ms = await coldBuild((variant === 'with' ? withPlugin : withoutPlugin).root);
        (variant === 'with' ? result.withPluginMs : result.withoutPluginMs).push(ms);
        console.log(`  run ${run}, ${variant} the citation plugin: ${(ms / 1000).toFixed(1)} s`);
      }
    }
  } finally {
    if (options.keep) console.log(`Kept: ${withPlugin.root} and ${withoutPlugin.root}`);
    else {
      withPlugin.remove();
      withoutPlugin.remove();
    }
  }
  console.log(`\n${citationBenchReport(result)}`);
  return result;
}
