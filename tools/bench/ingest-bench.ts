import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { printToPdf } from '../browser/print-to-pdf.ts';
import { buildEnvironment } from '../process/build-environment.ts';
import { PROJECT_ROOT } from '../process/project-copy.ts';
import { runCommand } from '../process/run-command.ts';
import { median } from './statistics.ts';
import { writeReportSection } from './report-section.ts';
import { syntheticReportHtml, syntheticWebPage } from './synthetic-corpus.ts';

export interface IngestBenchOptions {
  /** Size of the saved web page, in bytes. Default 2 MB. */
  pageBytes: number;
  /** Pages of the report PDF. Default 100. */
  pdfPages: number;
  /** Runs of each ingest; the median is reported. Default 3. */
  runs: number;
  /** Write the section of BENCHMARKS.md. */
  write: boolean;
}

/** The target: each ingest under 10 s on the project's 2-core machines. */
export const INGEST_TARGET_MS = 10_000;

interface Measured {
  label: string;
  size: string;
  wallMs: number[];
  peakRssBytes?: number;
  summary: string;
}

/**
 * Times `npm run ingest` from outside, as an author runs it (a fresh Node process each time,
 * module loading included), on a synthetic 2 MB saved web page and a 100-page two-column PDF
 * printed by Chromium, and writes the figures into BENCHMARKS.md's ingest section.
 */
export async function runIngestBench(options: IngestBenchOptions): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ingest-bench-'));
  try {
    const page = join(folder, 'page.html');
    writeFileSync(page, syntheticWebPage(options.pageBytes));
    const reportHtml = join(folder, 'report.html');
    const pdf = join(folder, 'report.pdf');
    writeFileSync(reportHtml, syntheticReportHtml(options.pdfPages));
    const printStarted = performance.now();
    await printToPdf(reportHtml, pdf, { timeoutMs: 600_000 });
    console.log(`Printed a ${options.pdfPages}-page PDF with Chromium in ${((performance.now() - printStarted) / 1000).toFixed(1)} s (not part of the figures)`);
    const manifest = join(folder, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ sources: [{ file: 'report.pdf', publisher: 'Bench Institute', published: '2025' }] }));

    const measured: Measured[] = [];
    for (const [label, file, extra] of [
      ['saved web page', page, []],
      [`PDF, ${options.pdfPages} pages`, pdf, ['--meta', manifest]],
    ] as const) {
      const result: Measured = { label, size: `${(statSync(file).size / 1024 / 1024).toFixed(2)} MB`, wallMs: [], summary: '' };
      for (let run = 0; run < options.runs; run++) {
        const out = join(folder, `out-${run}-${measured.length}`);
        const outcome = await runCommand(process.execPath, [join(PROJECT_ROOT, 'scripts/ingest.ts'), file, ...extra, '--out', out, '--date', '2026-01-01'], {
          cwd: PROJECT_ROOT,
          env: buildEnvironment(),
          measureMemory: true,
        });
        if (outcome.status !== 0) throw new Error(`Ingest of the ${label} failed:\n${outcome.output.slice(-2000)}`);
        result.wallMs.push(outcome.wallMs);
        if (outcome.peakRssBytes) result.peakRssBytes = Math.max(result.peakRssBytes ?? 0, outcome.peakRssBytes);
        result.summary = /\): (.*)$/mu.exec(outcome.output)?.[1] ?? '';
        console.log(`${label}: run ${run + 1} ${(outcome.wallMs / 1000).toFixed(2)} s`);
      }
      measured.push(result);
    }

    const rows = measured.map((item) => {
      const wall = median(item.wallMs);
      return `| ${item.label} | ${item.size} | ${(wall / 1000).toFixed(2)} s | ${(Math.min(...item.wallMs) / 1000).toFixed(2)}–${(Math.max(...item.wallMs) / 1000).toFixed(2)} s | ${item.peakRssBytes ? `${Math.round(item.peakRssBytes / 1024 / 1024)} MB` : '–'} | ${wall < INGEST_TARGET_MS ? 'yes' : 'NO'} |`;
    });
    const section = [
      '## Ingest',
      '',
      `Written by \`npm run bench:ingest\` (scripts/bench-ingest.ts) on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 1024 ** 3)} GB, load average at start ${loadavg().map((value) => value.toFixed(1)).join(', ')}; Node ${process.version}.`,
      `Wall time of the whole command (a fresh Node process, module loading included), median of ${options.runs} runs; peak memory by GNU time. Target: under ${INGEST_TARGET_MS / 1000} s each.`,
      '',
      '| input | size | median | range | peak memory | under target |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `The web page is synthetic (tools/bench/synthetic-corpus.ts, \`syntheticWebPage\`): half scripts and styles, then an article of ${measured[0]?.summary.split(';')[0] ?? 'many paragraphs'}, with figures, share bars and a related list. The PDF is \`syntheticReportHtml\` printed by Chromium: two columns, a running header, page numbers and a footnote on every page (${measured[1]?.summary.split(';')[0] ?? ''}).`,
    ].join('\n');
    console.log(`\n${section}`);
    if (options.write) {
      writeReportSection(join(PROJECT_ROOT, 'BENCHMARKS.md'), 'ingest-bench', section);
      console.log('\nWrote the ingest section of BENCHMARKS.md');
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
