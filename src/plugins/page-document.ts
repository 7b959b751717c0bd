import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type {} from '@astrojs/markdown-satteri';
import type { Data } from 'satteri';

/** What a plugin reads from Sätteri's context: the document's file and the data bag. */
interface PluginContext {
  readonly fileURL: URL | undefined;
  readonly data: Data;
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
 * Records facts for the page (a document's citations, the glossary terms it links), where
 * Astro hands them to the page as `remarkPluginFrontmatter` (read back by src/data/rendered.ts,
 * renderEntry). The frontmatter object is replaced, not changed: for a Markdown entry it is the
 * entry's own parsed data.
 */
export function recordForPage(context: PluginContext, facts: Record<string, unknown>): void {
  const astro = (context.data.astro ??= { frontmatter: {}, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() });
  astro.frontmatter = { ...astro.frontmatter, ...facts };
}
