import { attachCopyCitation } from './chart-citation.ts';
import { attachTooltip } from './chart-tooltip.ts';

/**
 * Network interaction: the shared tooltip, and while an actor is hovered or focused its
 * relations and neighbours stay in full view and the rest fades.
 */
export function enhance(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  attachTooltip(figure);
  attachCopyCitation(figure);
  const svg = figure.querySelector<SVGSVGElement>('.net-svg');
  if (!svg) return;
  const edges = Array.from(svg.querySelectorAll<SVGElement>('.net-edge'));
  const nodes = Array.from(svg.querySelectorAll<SVGElement>('.net-node'));
  const focus = (id: string | undefined) => {
    svg.classList.toggle('is-focusing', id !== undefined);
    const near = new Set(id ? [id] : []);
    for (const edge of edges) {
      const linked = id !== undefined && (edge.dataset.from === id || edge.dataset.to === id);
      edge.classList.toggle('is-near', linked);
      if (linked) near.add(edge.dataset.from ?? '').add(edge.dataset.to ?? '');
    }
    for (const node of nodes) node.classList.toggle('is-near', near.has(node.dataset.id ?? ''));
  };
  for (const node of nodes) {
    const id = node.dataset.id;
    node.addEventListener('pointerenter', () => focus(id));
    node.addEventListener('pointerleave', () => focus(undefined));
    node.addEventListener('focus', () => focus(id));
    node.addEventListener('blur', () => focus(undefined));
  }
}
