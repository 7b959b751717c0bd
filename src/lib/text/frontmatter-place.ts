import { parseDocument, isScalar } from 'yaml';

/**
 * Where a frontmatter value starts in its file (1-based line and column of its first
 * character, inside the quotes of a quoted string), for messages about text that lives in
 * frontmatter: `["corrections", 0, "now"]`. Undefined when the file has no frontmatter or no
 * such value.
 */
export function frontmatterPlace(fileText: string, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  const text = fileText.replace(/\r\n?/gu, '\n');
  const head = /^---\n([\s\S]*?)\n---(?:\n|$)/u.exec(text);
  if (!head) return undefined;
  const node = parseDocument(head[1] ?? '').getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
  const offset = '---\n'.length + node.range[0] + quoted;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * A problem reported in a cited frontmatter string, which the Markdown processor saw as a file of
 * its own (`content/briefings/x.mdx#corrections.0.now`, line 1), placed back in its real file:
 * the line and column of the string in the frontmatter, the field named in the message.
 * Other problems are returned as they are.
 */
export function placeInFrontmatter<P extends { file: string; line?: number | undefined; column?: number | undefined; message: string }>(problem: P, readFile: (file: string) => string): P {
  const match = /^(.+\.mdx?)#([\w.]+)$/u.exec(problem.file);
  if (!match) return problem;
  const [, file = '', field = ''] = match;
  let place: { line: number; column: number } | undefined;
  try {
    place = frontmatterPlace(readFile(file), field.split('.').map((part) => (/^\d+$/u.test(part) ? Number(part) : part)));
  } catch {
    place = undefined;
  }
  const line = place && problem.line !== undefined ? place.line + problem.line - 1 : place?.line;
  const column = place && problem.line === 1 && problem.column !== undefined ? place.column + problem.column - 1 : place?.column;
  return { ...problem, file, ...(line !== undefined ? { line } : {}), ...(column !== undefined ? { column } : {}), message: `in ${field}: ${problem.message}` };
}
