/**
 * npm run fix-locators [-- --yes]
 *
 * After a re-ingest kept a source's previous text: follows every citation written against it
 * into the new text (as the build does), reports each as unchanged, moved, changed or gone,
 * and rewrites the locators of the moved ones, showing each change and asking first (or all at
 * once with --yes). When no citation of a source changed or went and every change was applied,
 * it removes the source's `reanchorFrom`: from then on its citations cite the new text.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CONTENT } from '../src/config.ts';
import { describeCitationProblem } from '../src/lib/citations/format-problem.ts';
import { applyFixes, planReanchoring, withoutReanchorFrom, type CitingDocument, type LocatorFix } from '../src/lib/citations/locator-fixes.ts';
import { locatorOf } from '../src/lib/citations/parse-locator.ts';
import { createSourceLibrary, type SourceLibrary } from '../src/lib/citations/source-library.ts';
import { formatProblem, isProblemError, ProblemError } from '../src/lib/problems.ts';
import { sourceSchema } from '../src/lib/schema/source-schema.ts';
import { libraryFilesOnDisk, libraryInputs, readSourceLibrary } from '../src/lib/sources/read-source-library.ts';

const { values } = parseArgs({ options: { yes: { type: 'boolean', short: 'y', default: false } } });
const root = process.cwd();
const sourcesDir = join(root, CONTENT.sources);

let library: SourceLibrary;
try {
  const { sources, problems } = await readSourceLibrary(CONTENT.sources, libraryFilesOnDisk(sourcesDir), (frontmatter, { file }) => {
    const parsed = sourceSchema.safeParse(frontmatter);
    if (parsed.success) return parsed.data;
    throw new ProblemError([{ file, message: `its frontmatter is not valid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`, hint: 'npm run build names each field; fix it there first.' }]);
  });
  if (problems.length > 0) throw new ProblemError(problems);
  library = createSourceLibrary(libraryInputs(sources));
} catch (error) {
  if (!isProblemError(error)) throw error;
  for (const problem of error.problems) console.error(`fix-locators: ${formatProblem(problem)}`);
  console.error('fix-locators: nothing was changed.');
  process.exit(1);
}
const pending = library.slugs.filter((slug) => library.get(slug)?.reanchorFrom !== undefined);
if (pending.length === 0) {
  console.log('fix-locators: no source awaits re-anchoring (no current text has reanchorFrom); nothing to do.');
  process.exit(0);
}

const documents: CitingDocument[] = [];
for (const folder of [CONTENT.briefings, CONTENT.glossary, CONTENT.people]) {
  const directory = join(root, folder);
  if (!existsSync(directory)) continue;
  for (const name of readdirSync(directory).filter((file) => /\.mdx?$/u.test(file)).sort()) {
    documents.push({ file: `${folder}/${name}`, text: readFileSync(join(directory, name), 'utf8') });
  }
}
const plan = planReanchoring(documents, library);

for (const slug of pending) {
  const source = library.get(slug)!;
  const reports = plan.reports.filter((report) => report.slug === slug);
  const count = (status: string) => reports.filter((report) => report.reanchoring.status === status).length;
  console.log(
    `\n${slug}: citations written against v${source.reanchorFrom}, followed into v${source.version}: ` +
      `${count('unchanged')} unchanged, ${count('moved')} moved, ${count('changed')} changed, ${count('gone')} gone.`,
  );
  for (const report of reports) {
    const { reanchoring } = report;
    if (reanchoring.status === 'unchanged') continue;
    const place = `${report.file}:${report.line}:${report.column}`;
    if (reanchoring.status === 'moved') {
      console.log(`  ${place}: ${report.citation}: moved, ${locatorOf(reanchoring.from).label} is now ${locatorOf(reanchoring.to).label}`);
      continue;
    }
    const item = { key: slug };
    const problem = reanchoring.status === 'changed'
      ? { kind: 'citation-changed' as const, item, source, fromVersion: report.fromVersion, reanchoring }
      : { kind: 'citation-gone' as const, item, source, fromVersion: report.fromVersion, reanchoring };
    console.log(`  ${formatProblem({ file: report.file, line: report.line, column: report.column, ...describeCitationProblem(problem) }).replace(/\n/gu, '\n  ')}`);
  }
}

const chosen: LocatorFix[] = [];
if (plan.fixes.length > 0) {
  console.log(`\n${plan.fixes.length} citation${plan.fixes.length === 1 ? '' : 's'} to rewrite:`);
  // Answers are read as lines, so they may be typed or piped in; the end of input means "quit".
  const input = values.yes ? undefined : createInterface({ input: process.stdin, terminal: false });
  const answers = input?.[Symbol.asyncIterator]();
  let all = values.yes;
  for (const fix of plan.fixes) {
    console.log(`  ${fix.file}:${fix.line}:${fix.column}: ${fix.before} → ${fix.after}${fix.reason === 'unpin' ? ' (the pin to the current text is no longer needed)' : ''}`);
    if (all) {
      chosen.push(fix);
      continue;
    }
    process.stdout.write('  rewrite it? [y]es, [n]o, [a]ll, [q]uit: ');
    const next = await answers!.next();
    const answer = next.done ? 'q' : String(next.value).trim().toLowerCase();
    if (next.done) process.stdout.write('\n');
    if (answer === 'q') break;
    if (answer === 'a') all = true;
    if (answer === 'y' || answer === 'a') chosen.push(fix);
  }
  input?.close();
}

const byFile = new Map<string, LocatorFix[]>();
for (const fix of chosen) byFile.set(fix.file, [...(byFile.get(fix.file) ?? []), fix]);
for (const [file, fixes] of byFile) {
  const path = join(root, file);
  writeFileSync(path, applyFixes(readFileSync(path, 'utf8'), fixes));
  console.log(`rewrote ${fixes.length} citation${fixes.length === 1 ? '' : 's'} in ${file}`);
}
for (const slug of plan.clearable) {
  const all = plan.fixes.filter((fix) => fix.slug === slug);
  if (all.every((fix) => chosen.includes(fix))) {
    const path = join(sourcesDir, `${slug}.md`);
    writeFileSync(path, withoutReanchorFrom(readFileSync(path, 'utf8')));
    console.log(`${CONTENT.sources}/${slug}.md: every citation now cites version ${library.get(slug)!.version}; removed reanchorFrom.`);
  }
}
const blocked = pending.filter((slug) => !plan.clearable.includes(slug));
if (blocked.length > 0) {
  console.log(`\nStill to do by hand: ${blocked.join(', ')} (changed or gone citations above); then run npm run fix-locators again.`);
  process.exitCode = 1;
}
