import { describe, expect, it } from 'vitest';
import { historyCacheKey, type HistoryKeyInputs } from '../../../src/lib/history/history-key.ts';

describe('historyCacheKey', () => {
  const inputs: HistoryKeyInputs = { head: 'a'.repeat(40), shallow: false, files: ['content/briefings/a.mdx'], code: 'c1' };
  it('changes with each of its inputs: HEAD, a shallow clone, the briefing files, the code', () => {
    const base = historyCacheKey(inputs);
    expect(historyCacheKey({ ...inputs })).toBe(base);
    expect(historyCacheKey({ ...inputs, head: 'b'.repeat(40) })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, shallow: true })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, files: [...inputs.files, 'content/briefings/b.mdx'] })).not.toBe(base);
    expect(historyCacheKey({ ...inputs, code: 'c2' })).not.toBe(base);
  });
});
