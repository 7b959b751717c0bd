import type { CorrectionEntry, UpdateEntry } from '../schema/briefing-notes.ts';

/** A frontmatter string with citations, as the entries loader renders it (see src/loaders/markdown-entries.ts). */
export interface NoteField {
  path: readonly (string | number)[];
  text: string;
  mustCite?: string;
}

/**
 * The frontmatter strings of a briefing that carry citations and are verified like its body:
 * what each correction now says (which must cite what it rests on) and each update.
 */
export function citedNoteFields(data: { corrections?: readonly CorrectionEntry[]; updates?: readonly UpdateEntry[] }): NoteField[] {
  return [
    ...(data.corrections ?? []).map((correction, index) => ({
      path: ['corrections', index, 'now'],
      text: correction.now,
      mustCite: 'a correction must cite the passage it rests on, like any claim; this one cites nothing.',
    })),
    ...(data.updates ?? []).map((update, index) => ({ path: ['updates', index, 'text'], text: update.text })),
  ];
}

/** The last day a briefing changed in substance: its `updated` day, or its latest correction or update, or its publication. */
export function lastModified(data: { published: Date; updated?: Date | undefined; corrections?: readonly { date: Date }[]; updates?: readonly { date: Date }[] }): Date {
  const dates = [data.published, data.updated, ...(data.corrections ?? []).map((note) => note.date), ...(data.updates ?? []).map((note) => note.date)];
  return new Date(Math.max(...dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime())));
}
