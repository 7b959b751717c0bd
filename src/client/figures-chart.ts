import { attachCopyCitation } from './chart-citation.ts';
import { attachTooltip } from './chart-tooltip.ts';

/** Figures interaction: the shared tooltip (the quote behind each figure) on hover and focus. */
export function enhance(figure: HTMLElement): void {
  if (figure.dataset.enhanced) return;
  figure.dataset.enhanced = 'true';
  attachTooltip(figure);
  attachCopyCitation(figure);
}
