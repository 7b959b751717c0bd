import type { Nodes, Parent, PhrasingContent, Text } from 'mdast';

/**
 * A node's own fields without its children and without a processor's bookkeeping: Sätteri's
 * nodes carry `_id` and `_resolver` fields that tie them to its tree, and a copy that kept them
 * would be taken for the original.
 */
function ownFields(node: Nodes): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'children' || key.startsWith('_')) continue;
    fields[key] = value;
  }
  return fields;
}

/**
 * The children of `parent` with some text nodes, at any depth, replaced by lists of nodes.
 * Nodes on the way to a replaced text are new copies; every other node is returned as it is,
 * so a processor can keep it. The tree given is never changed (a processor's nodes may be
 * read-only). Returns undefined when there is nothing to replace.
 *
 * `withTextsReplaced(paragraph, new Map([[text, [a, link, b]]]))` → paragraph's children with
 * `text` (inside an emphasis, say) replaced by `a, link, b`, the emphasis copied.
 */
export function withTextsReplaced(parent: Parent, replacements: ReadonlyMap<Text, readonly PhrasingContent[]>): PhrasingContent[] | undefined {
  if (replacements.size === 0) return undefined;
  const rebuild = (node: Parent): PhrasingContent[] | undefined => {
    let changed = false;
    const children: PhrasingContent[] = [];
    for (const child of node.children as PhrasingContent[]) {
      const replacement = child.type === 'text' ? replacements.get(child) : undefined;
      if (replacement) {
        children.push(...replacement);
        changed = true;
        continue;
      }
      if ('children' in child) {
        const inner = rebuild(child as Parent);
        if (inner) {
          children.push({ ...ownFields(child), children: inner } as PhrasingContent);
          changed = true;
          continue;
        }
      }
      children.push(child);
    }
    return changed ? children : undefined;
  };
  return rebuild(parent);
}

/** A new container like `node` (a paragraph, heading, table cell) with other children. */
export function withChildren<T extends Parent>(node: T, children: PhrasingContent[]): T {
  return { ...ownFields(node as unknown as Nodes), children } as unknown as T;
}
