import type { IngestedSource } from './ingest-article.ts';
import { FORMAT_NAMES } from './read-received.ts';
import type { BlockRole } from './types.ts';

const ROLE_NAMES: Record<BlockRole, [string, string]> = {
  title: ['headline', 'headlines'],
  publisher: ['publisher line', 'publisher lines'],
  byline: ['byline', 'bylines'],
  dateline: ['dateline', 'datelines'],
  bio: ['author bio', 'author bios'],
  heading: ['heading', 'headings'],
  paragraph: ['paragraph', 'paragraphs'],
  caption: ['caption', 'captions'],
  credit: ['credit', 'credits'],
  notes: ['note', 'notes'],
  boilerplate: ['boilerplate', 'boilerplate'],
  related: ['related link', 'related links'],
  'page-furniture': ['page furniture line', 'page furniture lines'],
};

const count = (n: number, [one, many]: [string, string]) => `${n} ${n === 1 ? one : many}`;

/**
 * The one-line summary ingest prints for a source: paragraphs, headings, then the furniture by
 * kind (counting lines: each note, related link and page furniture line), what a web page held
 * that was left out, and the quirks recorded. "9 paragraphs, 1 heading; furniture: 1 headline,
 * 1 byline, 2 captions, 4 boilerplate, 3 related links; left out: 1 navigation, 2 advertisements".
 */
export function summarizeSource(source: Pick<IngestedSource, 'blocks' | 'leftOut' | 'quirks'>): string {
  const counts = new Map<BlockRole, number>();
  for (const block of source.blocks) {
    const lines = block.role === 'notes' || block.role === 'related' || block.role === 'page-furniture' ? block.lines.length : 1;
    counts.set(block.role, (counts.get(block.role) ?? 0) + lines);
  }
  const body = [count(counts.get('paragraph') ?? 0, ROLE_NAMES.paragraph), count(counts.get('heading') ?? 0, ROLE_NAMES.heading)].join(', ');
  const furniture = [...counts.entries()].filter(([role]) => role !== 'paragraph' && role !== 'heading').map(([role, n]) => count(n, ROLE_NAMES[role]));
  const leftOut = new Map<string, number>();
  for (const item of source.leftOut) leftOut.set(item.what, (leftOut.get(item.what) ?? 0) + 1);
  const leftOutText = [...leftOut.entries()].map(([what, n]) => `${n} ${what}${n === 1 || what === 'navigation' ? '' : 's'}`);
  return [
    body,
    furniture.length > 0 ? `furniture: ${furniture.join(', ')}` : 'no furniture',
    ...(leftOutText.length > 0 ? [`left out (not the article): ${leftOutText.join(', ')}`] : []),
    ...(source.quirks.length > 0 ? [`${source.quirks.length} quirk${source.quirks.length === 1 ? '' : 's'} recorded`] : []),
  ].join('; ');
}

const FIELD_ORDER = ['slug', 'citeAs', 'title', 'publisher', 'authors', 'published', 'datePrecision', 'url', 'retrieved', 'archived', 'kind', 'language', 'regions', 'topics', 'rights', 'notes'] as const;

/**
 * The entry ingest derived, as manifest JSON an author can copy and correct, one field a line
 * with where it came from: `  "citeAs": "Northgate",   ← derived from the publisher`.
 */
export function describeEntry(source: Pick<IngestedSource, 'entry' | 'origins'>): string[] {
  const entry = source.entry as Record<string, unknown>;
  const fields = FIELD_ORDER.filter((field) => entry[field] !== undefined && !(field === 'notes' && entry[field] === ''));
  const rendered = fields.map((field, i) => `  ${JSON.stringify(field)}: ${JSON.stringify(entry[field])}${i < fields.length - 1 ? ',' : ''}`);
  const width = Math.min(72, Math.max(...rendered.map((line) => line.length)));
  return [
    `{ "file": ${JSON.stringify(entry.file)},`,
    ...rendered.map((line, i) => `${line.padEnd(width)}   ← ${source.origins[fields[i]!] ?? 'manifest'}`),
    '}',
  ];
}

/** `--explain`: every block, numbered as the source page numbers it, with its role and the reason for it. */
export function explainSource(source: Pick<IngestedSource, 'blocks' | 'reasons' | 'leftOut'>): string[] {
  const lines: string[] = [];
  let paragraph = 0;
  source.blocks.forEach((block, i) => {
    const label = block.role === 'paragraph' ? `¶${(paragraph += 1)}` : block.role;
    const attributes = [block.lang && `lang=${block.lang}`, block.form && `form=${block.form}`].filter(Boolean).join(' ');
    block.lines.forEach((line, j) => {
      const text = line.length > 72 ? `${line.slice(0, 71)}…` : line;
      const reason = source.reasons[i]?.[j] ?? source.reasons[i]?.[0] ?? '';
      lines.push(`  ${(j === 0 ? label : '').padEnd(15)} ${text}`);
      lines.push(`  ${''.padEnd(15)}   ↳ ${reason}${j === 0 && attributes ? ` [${attributes}]` : ''}`);
    });
  });
  for (const item of source.leftOut) lines.push(`  ${'(left out)'.padEnd(15)} ${item.text.slice(0, 71)}\n  ${''.padEnd(15)}   ↳ ${item.what}: not the article, not kept`);
  return lines;
}

/** "from page.html (web page)". */
export function describeFormat(source: Pick<IngestedSource, 'format'>): string {
  return FORMAT_NAMES[source.format];
}
