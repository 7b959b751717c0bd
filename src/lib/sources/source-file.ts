import { JSON_SCHEMA, load } from 'js-yaml';
import { stringify } from 'yaml';
import { serializeSourceBody } from './source-markdown.ts';
import type { SourceBlock } from './types.ts';

const FRONTMATTER_PATTERN = /^---\n([\s\S]*?)\n---\n?/u;

/** The whole `content/sources/<slug>.md`: YAML frontmatter, then the body. */
export function renderSourceFile(frontmatter: Record<string, unknown>, blocks: readonly SourceBlock[]): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${serializeSourceBody(blocks)}`;
}

export interface SourceFileParts {
  frontmatter: unknown;
  body: string;
  /** Lines before the body starts (frontmatter and its fences), to report body errors at file lines. */
  bodyLineOffset: number;
}

/** Splits a source file into frontmatter (parsed YAML, unvalidated) and body. */
export function splitSourceFile(text: string): SourceFileParts {
  const normalized = text.replace(/\r\n?/gu, '\n');
  const match = FRONTMATTER_PATTERN.exec(normalized);
  if (!match) return { frontmatter: undefined, body: normalized, bodyLineOffset: 0 };
  const head = match[0];
  return {
    // js-yaml reads (several times faster than yaml's parser, which matters for thousands of
    // sources); yaml writes, for its control over quoting. JSON_SCHEMA: dates stay strings.
    frontmatter: load(match[1] ?? '', { schema: JSON_SCHEMA }),
    body: normalized.slice(head.length),
    bodyLineOffset: head.split('\n').length - 1,
  };
}
