import { createHash } from 'node:crypto';

/** Everything the stored revision histories are read from. */
export interface HistoryKeyInputs {
  /** The repository's HEAD commit, or the reason there is no history. */
  head: string;
  /** Whether the clone is shallow. */
  shallow: boolean;
  /** The briefing files whose histories are read, relative to the project root. */
  files: readonly string[];
  /** Digest of the code that reads and stores them. */
  code: string;
}

/** The cache key of the revision histories: a new commit, a shallow clone, a new briefing file or new code reads them again. */
export function historyCacheKey(inputs: HistoryKeyInputs): string {
  return createHash('sha256')
    .update(JSON.stringify({ head: inputs.head, shallow: inputs.shallow, files: [...inputs.files].sort(), code: inputs.code }))
    .digest('hex');
}
