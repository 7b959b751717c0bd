import type { Nodes, PhrasingContent } from 'mdast';

function isMarker(node: Nodes): boolean {
  const properties = (node.data as { hProperties?: { className?: unknown; dataPagefindIgnore?: unknown } } | undefined)?.hProperties;
  const className = properties?.className;
  return (Array.isArray(className) && className.includes('citation')) || properties?.dataPagefindIgnore !== undefined;
}

/**
 * Inline Markdown after the citations plugin, as plain text for places that show no links (the
 * feed, structured data): citation markers dropped with the space before them, an author-in-text
 * citation kept as the source's name, emphasis and links as their words.
 *
 * `Cells cross the border [Shafaq ¶6].` → `Cells cross the border.`
 */
export function plainText(children: readonly PhrasingContent[]): string {
  const walk = (nodes: readonly Nodes[]): string =>
    nodes
      .map((node) => {
        if (isMarker(node)) return '';
        if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
        if (node.type === 'break') return ' ';
        return 'children' in node ? walk(node.children as Nodes[]) : '';
      })
      .join('');
  return walk(children).replace(/\s+/gu, ' ').trim();
}
