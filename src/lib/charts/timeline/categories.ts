import type { TimelineCategory } from '../../schema/timeline-data.ts';
import type { SymbolName } from '../symbols.ts';

/** How each category is drawn: a shape (so colour never carries the meaning alone) and a legend name. CSS colours: --chart-<category>. */
export const CATEGORY_STYLE: Record<TimelineCategory, { symbol: SymbolName; name: string }> = {
  attack: { symbol: 'triangle', name: 'Attack or plot' },
  diplomacy: { symbol: 'circle', name: 'Diplomacy' },
  military: { symbol: 'square', name: 'Military' },
  politics: { symbol: 'diamond', name: 'Politics' },
};
