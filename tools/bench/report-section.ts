import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const marker = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** The sections other benchmarks wrote into a report, between their markers, to carry over when it is rewritten. */
export function markedSections(report: string): string[] {
  return [...report.matchAll(/<!-- ([\w-]+):start -->[\s\S]*?<!-- \1:end -->/gu)].map((match) => match[0]);
}

/** Writes (or replaces) one benchmark's section in a report file, leaving the rest of the file as it is. */
export function writeReportSection(file: string, name: string, markdown: string): void {
  const [start, end] = marker(name);
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`, 'u');
  writeFileSync(file, pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`);
}
