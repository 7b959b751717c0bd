/**
 * Joins the site's base path and a site-absolute path: ("/briefings-site/", "/sources/x/#p-3")
 * → "/briefings-site/sources/x/#p-3". Every internal link goes through this so a build under
 * a sub-path keeps working.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  if (path === '' || path === '/') return `${trimmedBase}/`;
  return `${trimmedBase}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Site-absolute paths of the pages, in one place so routes and links cannot drift apart. */
export const routes = {
  home: () => '/',
  briefings: () => '/briefings/',
  briefing: (slug: string) => `/briefings/${slug}/`,
  /** A place in a briefing: a citation link (`cite-3`), a section. */
  briefingPlace: (slug: string, id: string) => `/briefings/${slug}/#${id}`,
  /** A briefing's revision history, revision by revision. */
  briefingChanges: (slug: string) => `/briefings/${slug}/changes/`,
  /** One revision on the changes page. */
  briefingRevision: (slug: string, commit: string) => `/briefings/${slug}/changes/#r-${commit.slice(0, 7)}`,
  sources: () => '/sources/',
  source: (slug: string) => `/sources/${slug}/`,
  passage: (slug: string, anchor: string) => `/sources/${slug}/#${anchor}`,
  /** A kept, earlier text of a source (version 1 is the first ingested); the current text is at `source`. */
  sourceVersion: (slug: string, version: number) => `/sources/${slug}/v/${version}/`,
  /** What changed between a source's versions, one section per new version (`#v2`). */
  sourceChanges: (slug: string, version?: number) => `/sources/${slug}/changes/${version !== undefined ? `#v${version}` : ''}`,
  /** Corrections and updates of every briefing, with the corrections policy. */
  corrections: () => '/corrections/',
  /** A source's reference as CSL-JSON (an array of one item) and as BibTeX. */
  sourceCslJson: (slug: string) => `/sources/${slug}/source.json`,
  sourceBibtex: (slug: string) => `/sources/${slug}/source.bib`,
  /** Every source's reference: CSL-JSON and BibTeX. */
  bibliographyCslJson: () => '/sources/bibliography.json',
  bibliographyBibtex: () => '/sources/bibliography.bib',
  /** A briefing's citations as data: claims, passages, quotation selectors. */
  briefingCitations: (slug: string) => `/briefings/${slug}/citations.json`,
  about: () => '/about/',
  search: () => '/search/',
  guide: () => '/guide/',
  feed: () => '/feed.xml',
  manifest: () => '/manifest.webmanifest',
  favicon: () => '/favicon.svg',
  securityTxt: () => '/.well-known/security.txt',
  icon: (size: number) => `/icons/icon-${size}.png`,
  siteCard: () => '/card.png',
  briefingCard: (slug: string) => `/cards/${slug}.png`,
  glossary: () => '/glossary/',
  glossaryTerm: (slug: string) => `/glossary/#${slug}`,
  people: () => '/people/',
  person: (slug: string) => `/people/#${slug}`,
  visuals: () => '/visuals/',
  visual: (chart: string) => `/visuals/${chart}/`,
  dataFile: (file: string) => `/data/${file}`,
  searchIndex: () => '/pagefind/pagefind.js',
  searchIndexEntry: () => '/pagefind/pagefind-entry.json',
} as const;
