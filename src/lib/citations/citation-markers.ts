import { maskMarkdown, parseCitations, type Citation } from './parse-citations.ts';

/** What a marker calls a source: its short label (`Shafaq`) and, written in the text, its publisher (`Shafaq News`). */
export interface MarkerNames {
  label: string;
  publisher: string;
}

function marker(text: string, citation: Citation, names: (slug: string) => MarkerNames | undefined): string {
  const span = ({ start, end }: { start: number; end: number }) => text.slice(start, end);
  // A key no source has (a revision citing a source since removed) is shown by its name, never as a key.
  const named = (key: string) => names(key) ?? { label: key, publisher: key };
  if (citation.kind === 'in-text') {
    const item = citation.items[0]!;
    const name = named(item.key).publisher;
    return item.locator ? `${name} [${item.locator.label}${span(item.suffix).trimEnd()}]` : name;
  }
  const parts = citation.items.map((item, index) => {
    const previous = citation.items[index - 1];
    const hasPrefix = item.prefix.end > item.prefix.start;
    // "[Shafaq ¶4, ¶5]": a run of plain items from one source names the source once, as on the page.
    const continues = previous !== undefined && previous.key === item.key && previous.suffix.end === previous.suffix.start && !hasPrefix && !item.suppressAuthor && item.locator !== undefined && previous.locator !== undefined;
    const place = item.locator?.label ?? '';
    const visible = continues || item.suppressAuthor ? place : [named(item.key).label, place].filter(Boolean).join(' ');
    return `${index === 0 ? '' : continues ? ', ' : '; '}${hasPrefix ? `${span(item.prefix)} ` : ''}${visible}${span(item.suffix).trimEnd()}`;
  });
  return `[${parts.join('')}]`;
}

/**
 * A text with its citations written as readers see their markers on the page (where
 * document-citations.ts makes them links): `[see @a, ¶3; @b]` → `[see Shafaq ¶3; NYT]`,
 * `[@a, ¶3; @a, ¶4]` → `[Shafaq ¶3, ¶4]`, `[-@a, ¶3]` → `[¶3]`, `@a [¶3]` → `Shafaq News [¶3]`.
 * For text shown outside the Markdown pipeline: a revision's prose on its changes page.
 */
export function withCitationMarkers(text: string, names: (slug: string) => MarkerNames | undefined): string {
  const { citations } = parseCitations(maskMarkdown(text));
  let result = '';
  let last = 0;
  for (const citation of citations) {
    result += text.slice(last, citation.start) + marker(text, citation, names);
    last = citation.end;
  }
  return result + text.slice(last);
}
