import type { CollectionEntry } from 'astro:content';
import { lastModified } from '../lib/briefings/briefing-notes.ts';
import type { BriefingCitations, RenderedNote } from '../lib/citations/citation-record.ts';
import { publishedBriefings } from './briefings.ts';
import { perBuild } from './memo.ts';
import { renderEntry } from './rendered.ts';

/** A correction as pages show it: its `now` rendered with verified citation links. */
export interface CorrectionView {
  /** Element id on the briefing page: `correction-1`. */
  id: string;
  date: Date;
  wrong: string;
  /** What the briefing says now, as HTML (one paragraph, citations linked). */
  nowHtml: string;
}

export interface UpdateView {
  id: string;
  date: Date;
  html: string;
}

export interface BriefingNotes {
  corrections: CorrectionView[];
  updates: UpdateView[];
  /** The notes' citations, for the page's preview cards and Sources list: the corrections' (at the top of the page) and the updates' (at its end). */
  citations: { corrections: BriefingCitations; updates: BriefingCitations };
  /** The last day the briefing changed in substance (see lastModified). */
  modified: Date;
}

/**
 * A briefing's corrections and updates, with the HTML and citations the citations plugin
 * verified as it rendered the briefing (src/plugins/citations-plugin.ts). A note without its
 * rendering is a plugin bug and fails here rather than publishing an unverified citation.
 */
export async function notesOf(briefing: CollectionEntry<'briefings'>): Promise<BriefingNotes> {
  const { notes } = await renderEntry(briefing);
  const rendered = (list: readonly RenderedNote[], index: number, field: string): RenderedNote => {
    const note = list[index];
    if (!note) throw new Error(`${briefing.filePath ?? briefing.id}: ${field}.${index} was not rendered with the briefing; this is a bug in src/plugins/citations-plugin.ts.`);
    return note;
  };
  return {
    corrections: briefing.data.corrections.map((correction, index) => ({
      id: `correction-${index + 1}`,
      date: correction.date,
      wrong: correction.wrong,
      nowHtml: rendered(notes.corrections.notes, index, 'corrections').html,
    })),
    updates: briefing.data.updates.map((update, index) => ({ id: `update-${index + 1}`, date: update.date, html: rendered(notes.updates.notes, index, 'updates').html })),
    citations: { corrections: notes.corrections.citations, updates: notes.updates.citations },
    modified: lastModified(briefing.data),
  };
}

/** Every correction and update of the published briefings, newest first, for /corrections/. */
export const allNotes = perBuild(async () => {
  const corrections: (CorrectionView & { slug: string; title: string })[] = [];
  const updates: (UpdateView & { slug: string; title: string })[] = [];
  for (const briefing of await publishedBriefings()) {
    const notes = await notesOf(briefing);
    corrections.push(...notes.corrections.map((note) => ({ ...note, slug: briefing.id, title: briefing.data.title })));
    updates.push(...notes.updates.map((note) => ({ ...note, slug: briefing.id, title: briefing.data.title })));
  }
  const newestFirst = (a: { date: Date; slug: string; id: string }, b: { date: Date; slug: string; id: string }) =>
    b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug) || a.id.localeCompare(b.id, 'en', { numeric: true });
  return { corrections: corrections.sort(newestFirst), updates: updates.sort(newestFirst) };
});
