import type { ExcerptSegment } from '../lib/search/excerpt-segments.ts';
import type { SearchHit } from '../lib/search/map-result.ts';

/** A small DOM builder: `el('a', { href }, 'text')`. Text goes in as text nodes, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== undefined) element.append(child);
  return element;
}

/** An excerpt with its matched words in `<mark>`. */
export function renderExcerpt(segments: readonly ExcerptSegment[], className: string): HTMLElement {
  return el('p', { class: className }, ...segments.map((segment) => (segment.marked ? el('mark', {}, segment.text) : segment.text)));
}

/** The type badge, publisher and date line of a hit. */
export function renderHitMeta(hit: SearchHit, className: string): HTMLElement {
  const parts: (Node | string)[] = [el('span', { class: 'search-badge', 'data-type': hit.type }, hit.typeLabel)];
  if (hit.publisher) parts.push(' ', el('span', { class: 'search-hit-publisher' }, hit.publisher));
  if (hit.date) parts.push(hit.publisher ? ' · ' : ' ', el('time', { datetime: hit.date.iso }, hit.date.label));
  return el('p', { class: className }, ...parts);
}

/** One result on the search page: linked title, badge and date, excerpt, matching sections. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = el(
    'li',
    { class: 'search-hit' },
    el('h3', { class: 'search-hit-title' }, el('a', { href: hit.url }, hit.title)),
    renderHitMeta(hit, 'search-hit-meta'),
    renderExcerpt(hit.excerpt, 'search-hit-excerpt'),
  );
  if (hit.sections.length > 0) {
    item.append(
      el(
        'ul',
        { class: 'search-hit-sections', 'aria-label': `Matching sections of “${hit.title}”` },
        ...hit.sections.map((section) =>
          el('li', {}, el('a', { href: section.url }, section.title), renderExcerpt(section.excerpt, 'search-hit-section-excerpt')),
        ),
      ),
    );
  }
  return item;
}
