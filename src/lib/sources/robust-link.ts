import { formatPartialDate, parsePartialDate, isPartialDate } from '../dates/partial-date.ts';

/** What the source page says about where its text came from, and the attributes of its link to the original. */
export interface RobustLink {
  /** The original's address, or undefined when it is unknown. */
  href?: string;
  /**
   * The Robust Links attributes (https://robustlinks.mementoweb.org/spec/): the original, an
   * archived copy, and the day the text was retrieved, so a reader (or a script) can find the
   * version we saw when the original changes or disappears.
   */
  attributes: Record<string, string>;
  /** "as retrieved on 4 November 2025", or undefined when nobody recorded it. */
  retrievedLabel?: string;
  /** The archived copy's address. */
  archived?: string;
}

/** The source page's link to the original, with its retrieval facts (Robust Links). */
export function robustLink(source: { url: string | null; retrieved?: string | undefined; archived?: string | undefined }): RobustLink {
  const attributes: Record<string, string> = {};
  if (source.url) attributes['data-originalurl'] = source.url;
  if (source.archived) attributes['data-versionurl'] = source.archived;
  if (source.retrieved) attributes['data-versiondate'] = source.retrieved;
  const parsed = source.retrieved ? parsePartialDate(source.retrieved) : undefined;
  return {
    ...(source.url ? { href: source.url } : {}),
    attributes,
    ...(parsed && isPartialDate(parsed) ? { retrievedLabel: `as retrieved on ${formatPartialDate(parsed)}` } : {}),
    ...(source.archived ? { archived: source.archived } : {}),
  };
}
