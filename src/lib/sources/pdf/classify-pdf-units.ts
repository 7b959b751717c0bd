import { boilerplateKind, CREDIT_ONLY } from '../furniture-patterns.ts';
import { readDate } from '../metadata/read-date.ts';
import type { ReceivedUnit } from '../received.ts';

const comparable = (text: string) => text.normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Gives the units a PDF's layout left open their role by their words: before the first body
 * paragraph, the authors' names and a date line are the byline; anywhere, boilerplate and
 * credits read as such; the rest is body text. Units the layout decided keep their role.
 */
export function classifyPdfUnits(units: readonly ReceivedUnit[], facts: { authors: readonly string[]; title: string }): ReceivedUnit[] {
  const authors = facts.authors.map(comparable).filter(Boolean);
  let inHeader = true;
  return units.map((unit): ReceivedUnit => {
    if (unit.role) {
      if (unit.role === 'heading') inHeader = false;
      return unit;
    }
    const c = comparable(unit.text);
    if (c === comparable(facts.title)) return { ...unit, role: 'title', reason: 'repeats the headline' };
    if (inHeader && unit.text.length <= 160 && authors.some((author) => c.includes(author))) return { ...unit, role: 'byline', reason: 'names the authors under the headline' };
    if (inHeader && unit.text.length <= 40 && readDate(unit.text)) return { ...unit, role: 'byline', reason: 'a date line under the headline' };
    const boilerplate = boilerplateKind(unit.text);
    if (boilerplate) return { ...unit, role: 'boilerplate', reason: `reads as ${boilerplate}` };
    if (unit.text.length <= 100 && CREDIT_ONLY.test(unit.text)) return { ...unit, role: 'credit', reason: 'reads as a credit' };
    inHeader = false;
    return { ...unit, role: 'paragraph', reason: unit.reason };
  });
}
