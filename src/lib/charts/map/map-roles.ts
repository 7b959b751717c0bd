import type { MapRole } from '../../schema/map-data.ts';
import type { SymbolName } from '../symbols.ts';

/**
 * How each role is drawn: countries get a pattern (never colour alone), places a symbol.
 * `colour` names the --chart-N variable; `legend` is the key's wording, close to the sources'.
 */
export const MAP_ROLE_STYLE: Record<MapRole, { colour: number; pattern: 'hatch' | 'dots' | 'cross' | 'horizontal' | 'vertical'; symbol: SymbolName; legend: string }> = {
  'sahel-violence': { colour: 3, pattern: 'hatch', symbol: 'square', legend: 'Sahel: militants killing thousands and displacing millions' },
  'at-risk': { colour: 6, pattern: 'dots', symbol: 'circle', legend: 'Named as at risk of ISIS spreading south' },
  'isis-active': { colour: 2, pattern: 'cross', symbol: 'triangle', legend: 'ISIS or ISIS-K active' },
  'isis-zone': { colour: 2, pattern: 'cross', symbol: 'triangle', legend: 'Zone of ISIS activity' },
  attack: { colour: 4, pattern: 'vertical', symbol: 'star', legend: 'Deadly attack' },
  'plot-disrupted': { colour: 1, pattern: 'horizontal', symbol: 'diamond', legend: 'ISIS-K plots disrupted, arrests made' },
  raid: { colour: 1, pattern: 'horizontal', symbol: 'cross', legend: 'Raid that killed a senior ISIS figure' },
  'coalition-base': { colour: 5, pattern: 'dots', symbol: 'square', legend: 'Where coalition forces are to consolidate' },
};
