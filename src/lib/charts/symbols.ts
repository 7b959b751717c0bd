import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolCross, type SymbolType } from 'd3-shape';
import { roundPathData } from './svg-number.ts';

/** Mark shapes, so that no category is told apart by colour alone. */
export type SymbolName = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross';

const TYPES: Record<SymbolName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  star: symbolStar,
  cross: symbolCross,
};

/** SVG path data of a symbol centred on (0, 0) with the given area in square units (d3-shape). */
export function symbolPath(name: SymbolName, area: number): string {
  return roundPathData(symbol(TYPES[name], area)() ?? '', 2);
}
