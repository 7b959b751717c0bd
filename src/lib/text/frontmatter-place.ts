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
