/** A frontmatter string with citations, as the citations plugin renders it (see src/plugins/citations-plugin.ts). */
export interface NoteField {
  /** Where it is in the frontmatter: `["corrections", 0, "now"]`. */
  path: readonly (string | number)[];
  text: string;
  /** When set, the text must cite at least one source; the message says why. */
  mustCite?: string;
}

/** The string at `key` of each object in a list, by its index; anything else is the schema's to report. */
function stringsOf(list: unknown, key: string): { index: number; text: string }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) => {
    const text = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
    return typeof text === 'string' ? [{ index, text }] : [];
  });
}

/**
 * The frontmatter strings of a briefing that carry citations and are verified like its body:
 * what each correction now says (which must cite what it rests on) and each update. Read from
 * the frontmatter as written (the plugin sees it before the schema has run).
 */
export function citedNoteFields(frontmatter: { corrections?: unknown; updates?: unknown }): NoteField[] {
  return [
    ...stringsOf(frontmatter.corrections, 'now').map(({ index, text }) => ({
      path: ['corrections', index, 'now'],
      text,
      mustCite: 'a correction must cite the passage it rests on, like any claim; this one cites nothing.',
    })),
    ...stringsOf(frontmatter.updates, 'text').map(({ index, text }) => ({ path: ['updates', index, 'text'], text })),
  ];
}

/** The last day a briefing changed in substance: its `updated` day, or its latest correction or update, or its publication. */
export function lastModified(data: { published: Date; updated?: Date | undefined; corrections?: readonly { date: Date }[]; updates?: readonly { date: Date }[] }): Date {
  const dates = [data.published, data.updated, ...(data.corrections ?? []).map((note) => note.date), ...(data.updates ?? []).map((note) => note.date)];
  return new Date(Math.max(...dates.filter((date): date is Date => date instanceof Date).map((date) => date.getTime())));
}
