import type { CollectionEntry } from 'astro:content';
import { lastModified } from '../lib/briefings/briefing-notes.ts';
import { emptyCitations, mergeCitations, type BriefingCitations } from '../lib/citations/citation-record.ts';
import { publishedBriefings } from './briefings.ts';
import { perBuild } from './memo.ts';

/** A rendered cited string, as the entries loader stored it (src/loaders/markdown-entries.ts, RENDERED_FIELDS). */
interface RenderedField {
  html: string;
  citations: BriefingCitations;
}

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
  /** The notes' citations, for the page's preview cards and Sources list. */
  citations: BriefingCitations;
  /** The last day the briefing changed in substance (see lastModified). */
  modified: Date;
}

function renderedFields(briefing: CollectionEntry<'briefings'>): Record<string, RenderedField> {
  const fields = (briefing.data as { renderedFields?: unknown }).renderedFields;
  return fields && typeof fields === 'object' ? (fields as Record<string, RenderedField>) : {};
}

/**
 * A briefing's corrections and updates, with the HTML and citations the loader verified. A
 * note without its rendering is a loader bug (every note is rendered as the entry loads) and
 * fails here rather than publishing an unverified citation.
 */
export function notesOf(briefing: CollectionEntry<'briefings'>): BriefingNotes {
  const fields = renderedFields(briefing);
  const field = (key: string): RenderedField => {
    const rendered = fields[key];
    if (!rendered || typeof rendered.html !== 'string') {
      throw new Error(`${briefing.filePath ?? briefing.id}: ${key} was not rendered when the entry loaded; this is a bug in src/loaders/markdown-entries.ts.`);
    }
    return rendered;
  };
  const corrections = briefing.data.corrections.map((correction, index) => {
    const rendered = field(`corrections.${index}.now`);
    return { view: { id: `correction-${index + 1}`, date: correction.date, wrong: correction.wrong, nowHtml: rendered.html }, citations: rendered.citations };
  });
  const updates = briefing.data.updates.map((update, index) => {
    const rendered = field(`updates.${index}.text`);
    return { view: { id: `update-${index + 1}`, date: update.date, html: rendered.html }, citations: rendered.citations };
  });
  return {
    corrections: corrections.map((note) => note.view),
    updates: updates.map((note) => note.view),
    citations: mergeCitations(emptyCitations(), ...corrections.map((note) => note.citations), ...updates.map((note) => note.citations)),
    modified: lastModified(briefing.data),
  };
}

/** Every correction and update of the published briefings, newest first, for /corrections/. */
export const allNotes = perBuild(async () => {
  const corrections: (CorrectionView & { slug: string; title: string })[] = [];
  const updates: (UpdateView & { slug: string; title: string })[] = [];
  for (const briefing of await publishedBriefings()) {
    const notes = notesOf(briefing);
    corrections.push(...notes.corrections.map((note) => ({ ...note, slug: briefing.id, title: briefing.data.title })));
    updates.push(...notes.updates.map((note) => ({ ...note, slug: briefing.id, title: briefing.data.title })));
  }
  const newestFirst = (a: { date: Date; slug: string; id: string }, b: { date: Date; slug: string; id: string }) =>
    b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug) || a.id.localeCompare(b.id, 'en', { numeric: true });
  return { corrections: corrections.sort(newestFirst), updates: updates.sort(newestFirst) };
});
