/**
 * Splits received text into units, each a candidate block, copying with both paragraph
 * styles in the source files: one paragraph per line, or paragraphs separated by blank lines.
 *
 * In blank-line style a group of consecutive lines is one unit when it looks hard-wrapped
 * (every line but the last is long and runs on); otherwise each line is its own unit, so an
 * author's name line followed by a bio line stays two units.
 */
export function splitUnits(text: string): string[] {
  const lines = text.split('\n');
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) groups.push(current);

  const units: string[] = [];
  for (const group of groups) {
    if (group.length > 1 && looksHardWrapped(group)) units.push(group.join(' '));
    else units.push(...group);
  }
  return units;
}

const WRAP_MIN_LENGTH = 50;

function looksHardWrapped(group: string[]): boolean {
  return group.slice(0, -1).every((line) => line.length >= WRAP_MIN_LENGTH && !/[.!?:”"]$/u.test(line));
}
