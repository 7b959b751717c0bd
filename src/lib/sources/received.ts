import type { WebUnit } from './html/web-page-units.ts';
import type { BlockRole, ParagraphForm } from './types.ts';

/** A fact read from the received file itself, with where it was found (shown when ingest prints the entry it derived). */
export interface Derived<T> {
  value: T;
  /** Where: "JSON-LD headline", "og:site_name", "the PDF's /Title", "<html lang>", "detected (franc)". */
  from: string;
}

/** What a received file says about itself. Every field is optional: a manifest fills what is missing. */
export interface DerivedFacts {
  title?: Derived<string>;
  publisher?: Derived<string>;
  authors?: Derived<string[]>;
  /** "2024-03-31", "2025-09" or "2025", with its precision. */
  published?: Derived<{ date: string; precision: 'day' | 'month' | 'year' }>;
  url?: Derived<string>;
  language?: Derived<string>;
  kind?: Derived<string>;
  topics?: Derived<string[]>;
  /** The address of an archived copy (a web page saved from the Wayback Machine). */
  archived?: Derived<string>;
}

/** A unit of received text with what its markup or layout says it is. */
export interface ReceivedUnit {
  text: string;
  /** The role the structure gives it (a `<figcaption>`, a running header); undefined leaves it to the text's own classification. */
  role?: BlockRole;
  form?: ParagraphForm;
  /** The language the document declares for this unit (its nearest `lang` attribute below `<html>`). */
  lang?: string;
  /** Why it got its role, for `--explain`. */
  reason: string;
  /** Units with the same group key and role form one block (one related-links list, one run of page furniture). */
  group?: number;
}

/** Something on a web page that is not the article and is not kept at all (navigation, advertisements, scripts). */
export interface LeftOut {
  what: 'navigation' | 'advertisement' | 'hidden' | 'form control';
  text: string;
}

interface ReadCommon {
  facts: DerivedFacts;
  /** What reading changed or noticed (a vertical tab read as a line break, a word hyphenated at a line end), for the recorded quirks. */
  quirks: string[];
}

/** A received file, read: its text or its units, the facts it states and what reading it noticed. */
export type ReceivedDocument =
  | (ReadCommon & { format: 'text'; text: string })
  | (ReadCommon & { format: 'html'; units: WebUnit[]; leftOut: LeftOut[] })
  | (ReadCommon & { format: 'pdf'; units: ReceivedUnit[]; pages: number });
