import type { Revision } from './revision-history.ts';

/** How the changes page names what a revision did. */
export function revisionLabel(kind: Revision['kind']): string {
  switch (kind) {
    case 'first':
      return 'first published';
    case 'citations':
      return 'citations only';
    case 'typo':
      return 'small typo fixes only';
    case 'none':
      return 'no change to the text (metadata or layout)';
    default:
      return 'text changed';
  }
}
