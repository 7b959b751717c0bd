import { SLUG_PATTERN } from '../schema/slug.ts';

/**
 * A slug from a title: "Why the threat outlived the caliphate" → "why-the-threat-outlived-the-caliphate".
 * Accents are dropped (é → e), anything else that is not a letter or digit separates words, and
 * long titles are cut at a word boundary near 60 characters. Undefined when nothing usable is left.
 */
export function slugFromTitle(title: string, maxLength = 60): string | undefined {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .split(/[^a-z0-9]+/u)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}

export interface BriefingScaffold {
  title: string;
  /** Publication day, YYYY-MM-DD (today: a draft is not published until draft is false). */
  published: string;
  /** Source slugs to start from; each must exist in content/sources/. */
  sources: readonly string[];
}

/** A YAML double-quoted string (JSON's escapes are valid YAML). */
const quoted = (text: string) => JSON.stringify(text);

/**
 * The text of a new briefing: frontmatter that passes the schema as it stands (a draft, so it
 * is not published by accident), and commented examples of a citation and a chart that an
 * author uncomments and edits. MDX comments (`{/* … *\/}`) are not rendered and not checked.
 */
export function briefingTemplate(input: BriefingScaffold): string {
  const first = input.sources[0] ?? 'source-slug';
  return `---
title: ${quoted(input.title)}
dek: "One or two sentences under the title: what this briefing explains."
published: "${input.published}"
# updated: "${input.published}"   # the day of a substantive change; shows "Updated …"
authors: ["The briefings desk"]
regions: []        # for example ["Iraq", "Syria"]
topics: []         # for example ["ISIS", "coalition"]
sources: [${input.sources.map(quoted).join(', ')}]
keyTakeaways:      # three to five, each ending with its citation
  - "A sentence a reader should remember [@${first}, ¶1]."
draft: true        # set to false to publish (and check that published is the right day)
---
{/*
  Write in your own words and cite the paragraph each claim rests on. While this is a draft,
  the build checks it like any briefing but only warns (npm run dev lists the problems above it):

    The coalition met in Brussels to reassess its future [@${first}, ¶2].
    One official called the group "words copied exactly from the source" [@${first}].
    Both reports agree [@${first}, ¶2; @another-source, ¶4].
    The fighting moved east [see @${first}, ¶3–5 and *passim*].
    As @${first} [¶3] puts it, …

  Every citation names its paragraphs (¶N, ¶3–5, ¶3, ¶5), except one straight after the
  quotation it verifies, as in the second line. Write \\@ for a literal at-sign.

  A quotation in "…" before a citation must appear word for word in that source (replace the
  example's words with the source's own): the build checks it and names the closest passage
  when it does not match.

  Our own interpretation goes in a labelled box (components need no import):

    <Analysis>Taken together, the sources suggest …</Analysis>

  Link to another page of the site with a plain link from the site's root; the build adds the
  base path the site is published under:

    [Where the sources disagree](/briefings/where-the-sources-disagree/)

  Charts are drawn from content/data/ at build time; place one where it belongs (each chart at
  most once per page; props and data rules in the authoring guide, /guide/):

    <Timeline caption="What the timeline shows, in one sentence." />
    <Figures panels={['attack-deaths']} />
*/}

Write the briefing here.
`;
}
