import { attachCopyCitation } from './chart-citation.ts';
import { attachTooltip } from './chart-tooltip.ts';

/** Map interaction: the shared tooltip (what the source says of a place, and the quote) on hover and focus. */
export function enhance(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  attachTooltip(figure);
  attachCopyCitation(figure);
}
