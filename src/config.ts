import { joinBase } from './lib/routes.ts';

/** The published site's identity. */
export const SITE = {
  name: 'After the Caliphate',
  tagline: 'Evidence-based briefings on the Islamic State and the coalition against it',
  description:
    'Plain-English briefings on why the Islamic State remains a threat after losing its territory, and what the coalition and NATO are deciding — every sentence cited to its source, every quotation checked.',
  language: 'en',
} as const;

/** Where each kind of content lives, relative to the project root: named here only. */
export const CONTENT = {
  sources: 'content/sources',
  briefings: 'content/briefings',
  glossary: 'content/glossary',
  people: 'content/people',
  data: 'content/data',
} as const;

/**
 * Where the site will be served: its origin (`SITE_URL`) and the path it lives under
 * (`BASE_PATH`, slashes at both ends). Read by astro.config.mjs; pages read them back from Astro.
 */
export const DEPLOYMENT = {
  siteUrl: process.env.SITE_URL ?? 'https://briefings.example.org',
  base: process.env.BASE_PATH ?? '/',
  /** `HSTS`: "on", "off", or unset for on when the site URL is https (lib/publishing/security-headers.ts). */
  hsts: process.env.HSTS,
} as const;

/** A site-absolute path with the configured base path in front. */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL on the published site (SITE_URL plus the base path), for feeds, cards and canonical links. */
export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/**
 * The editorial rules every briefing is held to: checked by `npm run build` (and `npm run dev`)
 * on each briefing as it renders (src/plugins/editorial-rules-plugin.ts over
 * src/lib/briefings/editorial-rules.ts), one message per rule broken, naming the file and the
 * fix. A draft, or a briefing dated after the build, is checked the same and warned about.
 */
export const EDITORIAL = {
  /** Prose words (src/lib/briefings/reading-time.ts: citations, code and markup are not words). */
  words: { min: 600, max: 1500 },
  /** How many `keyTakeaways` the frontmatter lists. */
  takeaways: { min: 3, max: 5 },
  /** Every key takeaway cites the paragraphs it rests on, in the body's syntax (`… [@slug, ¶N].`). */
  citedTakeaways: true,
  /** How many different sources the briefing cites. */
  minSources: 2,
  /** Second-level headings every briefing has. */
  sections: ['What to watch'],
  /** A paragraph this long or longer cites something, unless it is inside one of `ownWords`. */
  uncitedParagraphWords: 40,
  /** Components that hold our own words rather than the sources' (exempt from the rule above). */
  ownWords: ['Analysis'],
  /** Every citation names its paragraphs (`[@slug, ¶N]`), unless it comes straight after the quotation it verifies (`“…” [@slug]`). */
  requireLocator: true,
} as const;
