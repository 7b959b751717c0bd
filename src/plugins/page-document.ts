import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '@astrojs/markdown-satteri';
import type { Data } from 'satteri';

/** What a plugin reads from Sätteri's context: the document's file and the data bag. */
interface PluginContext {
  readonly fileURL: URL | undefined;
  readonly data: Data;
}

/** A visitor's context also has the Markdown being compiled and its format. */
interface CompileContext extends PluginContext {
  readonly source: string;
  readonly sourceFormat: 'markdown' | 'mdx';
}

/** The document a plugin is working on: its file and its frontmatter as Astro parsed it. */
export interface PageDocument {
  /** Absolute path, when the document is a file. */
  path: string | undefined;
  /** The file as problems name it: relative to the project (the working directory), or `fallback`. */
  label: string;
  frontmatter: Readonly<Record<string, unknown>>;
}

export function pageDocument(context: PluginContext, fallback: string): PageDocument {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
  return { path, label: path ? relative(process.cwd(), path) : fallback, frontmatter: context.data.astro?.frontmatter ?? {} };
}

/**
 * How many lines of its file come before the Markdown a plugin sees, so problems are placed in
 * the file: Astro compiles an MDX page with its frontmatter blanked (lines kept, 0), but renders a
 * Markdown entry's body alone (`content/glossary/x.md`: the frontmatter's lines). Read from the
 * file once per document, and only for Markdown.
 */
export function bodyLine(context: CompileContext): () => number {
  let lines: number | undefined;
  return () => {
    if (lines !== undefined) return lines;
    lines = 0;
    if (context.sourceFormat !== 'markdown' || !context.fileURL || context.source === '') return lines;
    try {
      const text = readFileSync(fileURLToPath(context.fileURL), 'utf8').replace(/\r\n?/gu, '\n');
      const start = text.lastIndexOf(context.source);
      if (start > 0) lines = text.slice(0, start).split('\n').length - 1;
    } catch {
      // Not a file on disk: its lines are the source's own.
    }
    return lines;
  };
}

/**
 * Records facts for the page (a document's citations, the glossary terms it links), where
 * Astro hands them to the page as `remarkPluginFrontmatter` (read back by src/data/rendered.ts,
 * renderEntry). The frontmatter object is replaced, not changed: for a Markdown entry it is the
 * entry's own parsed data.
 */
export function recordForPage(context: PluginContext, facts: Record<string, unknown>): void {
  const astro = (context.data.astro ??= { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() });
  astro.frontmatter = { ...astro.frontmatter, ...facts };
}
