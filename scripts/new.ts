/**
 * npm run new -- briefing "Title" [--slug <slug>] [--source <slug> …] [--date YYYY-MM-DD]
 *
 * Scaffolds content/briefings/<slug>.mdx: valid frontmatter (a draft), and commented examples
 * of a citation and a chart. Never overwrites: if the file exists, nothing is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { briefingTemplate, slugFromTitle } from '../src/lib/authoring/scaffold-briefing.ts';
import { isPartialDate, parsePartialDate } from '../src/lib/dates/partial-date.ts';
import { SLUG_PATTERN } from '../src/lib/schema/slug.ts';
import { listSourceSlugs } from '../src/lib/sources/list-source-slugs.ts';

const USAGE = 'usage: npm run new -- briefing "Title" [--slug <slug>] [--source <slug> …] [--date YYYY-MM-DD]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { slug: { type: 'string' }, source: { type: 'string', multiple: true }, date: { type: 'string' } },
    });
  } catch (error) {
    console.error(`new: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [kind, title] = args.positionals;
  if (kind !== 'briefing' || !title?.trim()) {
    console.error(`new: expected the word "briefing" and a title in quotes.\n${USAGE}`);
    return 2;
  }
  const root = process.cwd();
  const slug = args.values.slug ?? slugFromTitle(title);
  if (!slug || !SLUG_PATTERN.test(slug)) {
    console.error(
      args.values.slug === undefined
        ? `new: cannot make a slug from "${title}".\n  hint: pass one with --slug: lower-case letters, digits and single hyphens, for example --slug iraq-elections-2025.`
        : `new: --slug "${args.values.slug}" is not a slug.\n  hint: use lower-case letters, digits and single hyphens, for example --slug ${slugFromTitle(args.values.slug) ?? 'iraq-elections-2025'}.`,
    );
    return 2;
  }
  const date = args.values.date ?? new Date().toISOString().slice(0, 10);
  const day = parsePartialDate(date);
  if (!isPartialDate(day) || day.precision !== 'day') {
    console.error(`new: --date "${date}" is not a day of the form YYYY-MM-DD (for example 2025-11-20)${isPartialDate(day) ? '' : `: ${day.error}`}.`);
    return 2;
  }
  const known = listSourceSlugs(join(root, 'content/sources'));
  const sources = args.values.source ?? known.slice(0, 1);
  const unknown = sources.filter((source) => !known.includes(source));
  if (unknown.length > 0 || sources.length === 0) {
    console.error(
      `new: ${sources.length === 0 ? 'there are no sources in content/sources/ to cite' : `unknown source ${unknown.map((s) => `"${s}"`).join(', ')}`}.\n` +
        `  hint: ingest the article first (npm run ingest); known sources: ${known.join(', ') || 'none'}.`,
    );
    return 1;
  }
  const directory = join(root, 'content/briefings');
  const target = join(directory, `${slug}.mdx`);
  mkdirSync(directory, { recursive: true });
  try {
    // "wx": create only; fails if the file exists, even if it appeared a moment ago.
    writeFileSync(target, briefingTemplate({ title: title.trim(), published: date, sources }), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      console.error(
        `new: ${relative(root, target)} already exists; nothing was written.\n  hint: edit that file, or choose another title or --slug.`,
      );
      return 1;
    }
    throw error;
  }
  console.log(`wrote ${relative(root, target)} (a draft: it shows in npm run dev, not in the published site until draft: false)`);
  return 0;
}

process.exit(main());
