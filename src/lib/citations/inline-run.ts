import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';
import { alignText } from '../markdown/source-text.ts';
import { citationKeysIn } from './citation-key.ts';
import { mask, NODE, NODE_WITH_KEY, unmask, type Span } from './parse-citations.ts';

/**
 * One run of inline Markdown as the citation parser reads it: the children of a paragraph (or
 * of an emphasis…) as one string in which a text node is its text, with escaped syntax
 * characters masked (see parse-citations.ts), and any other node is one character.
 */
export interface InlineRun {
  text: string;
  segments: RunSegment[];
}

export interface RunSegment extends Span {
  node: PhrasingContent;
}

/** Where the document's text nodes came from, to tell `\@` from `@` and to place problems exactly. */
export interface SourceMap {
  /** The Markdown the nodes were parsed from, when known (positions are offsets into it). */
  source: string | undefined;
  /** Source offsets and escapes of a text node's characters, aligned once per node. */
  aligned(node: Text): { origins: number[]; escaped: boolean[] } | undefined;
}

export function sourceMap(source: string | undefined): SourceMap {
  const cache = new Map<Text, { origins: number[]; escaped: boolean[] } | undefined>();
  return {
    source,
    aligned(node) {
      if (cache.has(node)) return cache.get(node);
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const aligned = source !== undefined && start !== undefined && end !== undefined ? alignText(node.value, source, start, end) : undefined;
      cache.set(node, aligned);
      return aligned;
    },
  };
}

/** A text node's value with the syntax characters its author escaped masked. */
export function maskedText(node: Text, map: SourceMap): string {
  const escaped = map.aligned(node)?.escaped;
  if (!escaped?.includes(true)) return node.value;
  let text = '';
  for (let i = 0; i < node.value.length; i++) text += mask(node.value[i] ?? '', escaped[i] ?? false);
  return text;
}

/** Nodes whose text is never read for citations. */
const OPAQUE = new Set(['inlineCode', 'html', 'mdxTextExpression', 'mdxFlowExpression', 'footnoteReference', 'break', 'image', 'imageReference']);

/** Whether a node's text (at any depth) holds a citation key: inside a bracket, that is a citation written wrongly. */
export function holdsCitationKey(node: Nodes, map: SourceMap): boolean {
  if (node.type === 'text') return citationKeysIn(maskedText(node, map)).length > 0;
  if (OPAQUE.has(node.type) || !('children' in node)) return false;
  return (node.children as Nodes[]).some((child) => holdsCitationKey(child, map));
}

/** The run of a parent's children. */
export function readRun(parent: Parent, map: SourceMap): InlineRun {
  let text = '';
  const segments: RunSegment[] = [];
  for (const child of parent.children as PhrasingContent[]) {
    const start = text.length;
    if (child.type === 'text') text += maskedText(child, map);
    else text += holdsCitationKey(child, map) ? NODE_WITH_KEY : NODE;
    segments.push({ start, end: text.length, node: child });
  }
  return { text, segments };
}

/** The segment holding a run offset (the one it starts, for a segment boundary). */
export function segmentAt(run: InlineRun, offset: number): RunSegment | undefined {
  return run.segments.find((segment) => offset >= segment.start && offset < segment.end) ?? run.segments.at(-1);
}

/** The nodes of a stretch of a run: text cut to the stretch (escapes written back as read), other nodes whole. */
export function sliceRun(run: InlineRun, span: Span): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  for (const segment of run.segments) {
    const from = Math.max(span.start, segment.start);
    const to = Math.min(span.end, segment.end);
    if (from >= to) continue;
    if (segment.node.type === 'text') nodes.push({ type: 'text', value: unmask(run.text.slice(from, to)) });
    else nodes.push(segment.node);
  }
  return nodes;
}
