import type { WrittenValue } from './chart-usage.ts';

/** A JSX attribute as a Markdown syntax tree holds it: a name and a string, an `{expression}` as its source text, or nothing. */
export type JsxAttributeSource =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: 'mdxJsxAttributeValueExpression'; value: string } | null | undefined }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** One JavaScript string literal ('…', "…" or `…` without substitutions) at the start of `source`, decoded, with its length. */
function stringLiteral(source: string): { value: string; length: number } | undefined {
  const quote = source[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  let value = '';
  for (let i = 1; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === quote) return { value, length: i + 1 };
    if (char === '\n' && quote !== '`') return undefined;
    if (quote === '`' && char === '$' && source[i + 1] === '{') return undefined;
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = source[i + 1] ?? '';
    const hex = next === 'x' ? /^[0-9a-f]{2}/iu.exec(source.slice(i + 2)) : next === 'u' ? /^(?:[0-9a-f]{4}|\{[0-9a-f]+\})/iu.exec(source.slice(i + 2)) : null;
    if (hex) {
      value += String.fromCodePoint(Number.parseInt(hex[0].replace(/[{}]/gu, ''), 16));
      i += 1 + hex[0].length;
    } else {
      value += ESCAPES[next] ?? (next === '\n' ? '' : next);
      i += 1;
    }
  }
  return undefined;
}

/**
 * What an attribute's value is, as far as can be known without running it: a text
 * (`caption="…"`, `caption={"…"}`), a list of texts (`panels={['a', 'b']}`), a bare attribute,
 * a spread (`{...props}`) or any other expression.
 */
export function writtenValue(attribute: JsxAttributeSource): WrittenValue {
  if (attribute.type === 'mdxJsxExpressionAttribute') return { kind: 'spread' };
  const { value } = attribute;
  if (value === null || value === undefined) return { kind: 'bare' };
  if (typeof value === 'string') return { kind: 'text', value };
  const expression = value.value.trim();
  const single = stringLiteral(expression);
  if (single && single.length === expression.length) return { kind: 'text', value: single.value };
  if (!expression.startsWith('[') || !expression.endsWith(']')) return { kind: 'expression' };
  const values: string[] = [];
  let rest = expression.slice(1, -1).trim();
  while (rest !== '') {
    const item = stringLiteral(rest);
    if (!item) return { kind: 'expression' };
    values.push(item.value);
    rest = rest.slice(item.length).trim();
    if (rest.startsWith(',')) rest = rest.slice(1).trim();
    else if (rest !== '') return { kind: 'expression' };
  }
  return { kind: 'list of text', values };
}
