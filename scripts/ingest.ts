/**
 * npm run ingest -- <file.html|file.pdf|file.txt> [more …] [--meta <manifest.json>] [--force]
 *                   [--out content/sources] [--date YYYY-MM-DD] [--retrieved YYYY-MM-DD] [--explain]
 *
 * Turns received articles (saved web pages, PDFs, plain text) into content/sources/<slug>.md.
 * The manifest (ours or CSL-JSON) is needed only for what a file does not say about itself.
 * All or nothing: any bad input means nothing is written. Never overwrites without --force.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { installSchemaErrorMessages } from '../src/lib/schema/error-messages.ts';
import { formatProblem, isProblemError } from '../src/lib/problems.ts';
import { describeEntry, describeFormat, explainSource, summarizeSource } from '../src/lib/sources/describe-ingest.ts';
import { planIngest } from '../src/lib/sources/plan-ingest.ts';

const USAGE = 'usage: npm run ingest -- <file.html|file.pdf|file.txt> [more …] [--meta <manifest.json>] [--force] [--out <folder>] [--retrieved YYYY-MM-DD] [--explain]';

async function main(): Promise<number> {
  // The same readable schema messages as the build (the value written, what was expected).
  installSchemaErrorMessages();
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        meta: { type: 'string' },
        force: { type: 'boolean', default: false },
        out: { type: 'string', default: 'content/sources' },
        date: { type: 'string' },
        retrieved: { type: 'string' },
        explain: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`ingest: ${error instanceof Error ? error.message : String(error)}`);
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = args;
  for (const [flag, value] of [['--date', values.date], ['--retrieved', values.retrieved]] as const) {
    if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(value)) {
      console.error(`ingest: ${flag} "${value}": expected a day written YYYY-MM-DD.`);
      return 2;
    }
  }
  const today = values.date ?? new Date().toISOString().slice(0, 10);
  const outDir = resolve(values.out);
  let manifestText: string | undefined;
  if (values.meta !== undefined) {
    try {
      manifestText = readFileSync(values.meta, 'utf8');
    } catch (error) {
      console.error(`ingest: ${values.meta}: the manifest cannot be read (${error instanceof Error ? error.message : String(error)}).`);
      return 1;
    }
  }
  try {
    const writes = await planIngest(
      { files: positionals, manifestPath: values.meta, manifestText, force: values.force, today, retrieved: values.retrieved, outLabel: values.out },
      {
        readBytes: (path) => readFileSync(path),
        readExisting: (slug) => {
          const path = join(outDir, `${slug}.md`);
          return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        },
        countKept: (slug) => (existsSync(join(outDir, slug)) ? readdirSync(join(outDir, slug)).filter((name) => /^v\d+\.md$/u.test(name)).length : 0),
      },
    );
    mkdirSync(outDir, { recursive: true });
    for (const write of writes) {
      if (write.keep) {
        // The text being replaced is kept first, so an interrupted run never loses it.
        const kept = join(outDir, write.keep.path);
        mkdirSync(dirname(kept), { recursive: true });
        writeFileSync(`${kept}.ingest-tmp`, write.keep.markdown);
        renameSync(`${kept}.ingest-tmp`, kept);
        console.log(`kept the previous text of ${write.slug} as ${join(values.out, write.keep.path)} (version ${write.keep.version})`);
      }
      const target = join(outDir, `${write.slug}.md`);
      const temporary = `${target}.ingest-tmp`;
      writeFileSync(temporary, write.markdown);
      renameSync(temporary, target);
      const source = write.source;
      console.log(`${write.replaces ? 'replaced' : 'wrote'} ${join(values.out, `${write.slug}.md`)} from ${write.from} (${describeFormat(source)}, ${source.words} words): ${summarizeSource(source)}`);
      for (const line of describeEntry(source)) console.log(`  ${line}`);
      for (const quirk of source.quirks) console.log(`  quirk: ${quirk}`);
      if (write.keep) {
        console.log(
          `  citations of ${write.slug} were written against version ${write.keep.version}: npm run build reports each as unchanged, moved, changed or gone; ` +
            'npm run fix-locators rewrites the moved ones.',
        );
      }
      if (values.explain) {
        console.log('  blocks, as the source page will show them:');
        for (const line of explainSource(source)) console.log(line);
      }
    }
    return 0;
  } catch (error) {
    if (isProblemError(error)) {
      for (const problem of error.problems) console.error(`ingest: ${formatProblem(problem)}`);
      console.error(error.problems.length > 1 ? `ingest: nothing was written to ${values.out} (${error.problems.length} problems).` : `ingest: nothing was written to ${values.out}.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
