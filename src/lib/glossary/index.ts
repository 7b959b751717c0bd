/** The glossary: which terms a briefing's text uses first, and the terms read from content/glossary/. */
export { firstUses } from './first-uses.ts';
export { readGlossaryTerms } from './glossary-terms.ts';
