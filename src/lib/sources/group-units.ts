import type { ReceivedUnit } from './received.ts';
import type { BlockRole, SourceBlock } from './types.ts';

/** Roles whose consecutive units share one block: a byline over several lines, the notes, one list of related links, a page break's furniture. */
const GROUPED_ROLES: ReadonlySet<BlockRole> = new Set(['byline', 'bio', 'notes', 'related', 'page-furniture']);

/**
 * Classified units → blocks: each unit one block, except consecutive units of a grouped role
 * (and, for related links, of the same list), which share one. Keeps every unit's text, in
 * order; returns, for each block, the reasons of its units.
 */
export function groupUnits(units: readonly ReceivedUnit[]): { blocks: SourceBlock[]; reasons: string[][] } {
  const blocks: SourceBlock[] = [];
  const reasons: string[][] = [];
  let lastGroup: number | undefined;
  let lastLang: string | undefined;
  for (const unit of units) {
    const role = unit.role ?? 'paragraph';
    const last = blocks[blocks.length - 1];
    const sameGroup = role !== 'related' || unit.group === lastGroup;
    if (last && last.role === role && GROUPED_ROLES.has(role) && sameGroup && unit.lang === lastLang) {
      last.lines.push(unit.text);
      reasons[reasons.length - 1]!.push(unit.reason);
    } else {
      const block: SourceBlock = { role, lines: [unit.text] };
      if (unit.lang) block.lang = unit.lang;
      if (unit.form) block.form = unit.form;
      blocks.push(block);
      reasons.push([unit.reason]);
    }
    lastGroup = unit.group;
    lastLang = unit.lang;
  }
  return { blocks, reasons };
}
