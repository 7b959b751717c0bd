import type { SourceLibrary } from '../citations/source-library.ts';
import type { Problem } from '../problems.ts';
import { findMentions, type SourceMentions } from './find-mentions.ts';
import { endnoteSources, indexSection, INDEX_SECTIONS, type IndexSection } from './index-sections.ts';

/** An entry of content/people/ as the index needs it. */
export interface PersonFacts {
  id: string;
  /** The entry's file, for messages. */
  file: string;
  name: string;
  kind: 'person' | 'organization';
  aliases: readonly string[];
  exclude?: readonly string[] | undefined;
  sortAs?: string | undefined;
  publisherOf: readonly string[];
}

export interface PersonView<T extends PersonFacts> {
  entry: T;
  mentions: SourceMentions[];
}

export interface PeopleIndex<T extends PersonFacts> {
  sections: { id: IndexSection; title: string; intro?: string; entries: PersonView<T>[] }[];
  /** Entries that name sources that do not exist: the build fails on them. */
  problems: Problem[];
  /** Sources whose publisher has no entry, so the index does not credit them. */
  warnings: Problem[];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "five", "12": numbers up to ten in words, as the house style writes them. */
function countInWords(count: number): string {
  return NUMBER_WORDS[count] ?? count.toLocaleString('en');
}

const bySortKey = (a: PersonView<PersonFacts>, b: PersonView<PersonFacts>) =>
  (a.entry.sortAs ?? a.entry.name).localeCompare(b.entry.sortAs ?? b.entry.name, 'en', { sensitivity: 'base' });

/**
 * The people and organizations index: every entry with the passages that name it (found in
 * the source texts), in its section (people, organizations, the publishers of the sources,
 * those named only in endnotes), sorted by `sortAs` or name.
 */
export function peopleIndex<T extends PersonFacts>(entries: readonly T[], library: SourceLibrary): PeopleIndex<T> {
  const views = entries.map((entry) => ({ entry, mentions: findMentions({ id: entry.id, names: [entry.name, ...entry.aliases], exclude: entry.exclude }, library) }));
  const problems: Problem[] = [];
  for (const { entry } of views) {
    for (const slug of entry.publisherOf) {
      if (!library.get(slug)) {
        problems.push({ file: entry.file, message: `publisherOf names an unknown source "${slug}".`, hint: `expected a slug of content/sources/: ${library.slugs.join(', ')}.` });
      }
    }
  }
  const credited = new Set(entries.flatMap((entry) => entry.publisherOf));
  const uncredited = library.slugs.filter((slug) => !credited.has(slug));
  const warnings: Problem[] = uncredited.map((slug) => ({
    file: `content/sources/${slug}.md`,
    message: `its publisher ("${library.get(slug)?.publisher ?? slug}") has no entry in content/people/, so the people index does not list it.`,
    hint: `add content/people/<name>.md with kind: "organization" and publisherOf: ["${slug}"].`,
  }));
  const facts = views.map((view) => ({ ...view.entry, mentions: view.mentions }));
  const notedIn = endnoteSources(facts).map((slug) => library.get(slug)?.publisher ?? slug);
  const text: Record<IndexSection, { title: string; intro?: string }> = {
    people: { title: 'People' },
    organizations: { title: 'Organizations' },
    publishers: {
      title: 'Publishers of the sources',
      intro: `The outlets that published the ${countInWords(library.slugs.length)} source articles. Where an article’s own text names its publisher, the passages are listed; otherwise the name appears only in the article’s publication details.`,
    },
    endnotes: {
      title: `Named only in ${notedIn.join(' and ')}’s endnotes`,
      intro: 'Authors and publishers of works that a source cites in its notes. They take no part in the events the briefings describe, and the sources name them nowhere else.',
    },
  };
  const sections = INDEX_SECTIONS.map((id) => ({
    id,
    ...text[id],
    entries: views.filter((view) => indexSection({ ...view.entry, mentions: view.mentions }) === id).sort(bySortKey),
  })).filter((section) => section.entries.length > 0);
  return { sections, problems, warnings };
}
