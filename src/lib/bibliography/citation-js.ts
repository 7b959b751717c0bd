/**
 * citation-js (https://citation.js.org/), configured once for this site: CSL-JSON in, BibTeX
 * (@citation-js/plugin-bibtex) and references formatted by a CSL style (@citation-js/plugin-csl,
 * citeproc-js with the APA style and the en-US locale it ships) out. We only ever hand it
 * CSL-JSON objects, so it never fetches anything (it fetches only for URL or DOI input).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from '../sources/csl-json.ts';

// BibTeX keys are our slugs (`citation-key`), so `[@slug]` in Pandoc and `\cite{slug}` in LaTeX name the
// same source. citation-js refuses hyphens in keys by default; BibTeX and Biber accept them.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

/** Runs citation-js over CSL-JSON items; a failure names what was being made. */
export function withCitationJs<T>(what: string, items: readonly CslItem[], run: (cite: Cite) => T): T {
  try {
    // The input is always a list of CSL-JSON objects: saying so spares citation-js guessing its
    // format, which took two thirds of formatting a reference (3 ms of 4, 1,000 times a build).
    return run(new Cite(items.map((item) => structuredClone(item)) as never, { forceType: '@csl/list+object' } as never));
  } catch (cause) {
    throw new Error(`citation-js failed to make ${what} for ${items.map((item) => item.id).join(', ')}.`, { cause });
  }
}
