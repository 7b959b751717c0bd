import { describe, expect, it } from 'vitest';
import { briefingToCsl, sourceToCsl } from '../../../src/lib/sources/csl-json.ts';
import { formatReference, referenceRuns } from '../../../src/lib/bibliography/format-reference.ts';

describe('referenceRuns', () => {
  it('keeps italics, drops other markup and decodes entities', () => {
    expect(referenceRuns('<div class="csl-bib-body">\n  <div class="csl-entry">Costa, C. P., &#38; Clarke (2024). <i>Title &lt;1&gt;</i>. <span style="x">NYT</span>.</div>\n</div>')).toEqual([
      { text: 'Costa, C. P., & Clarke (2024). ', italic: false },
      { text: 'Title <1>', italic: true },
      { text: '. NYT.', italic: false },
    ]);
  });
});

describe('formatReference', () => {
  it('formats a briefing in APA style, its title in italics', () => {
    const item = briefingToCsl('why', {
      title: 'Why the threat outlived the caliphate',
      authors: ['The briefings desk'],
      published: new Date('2025-11-20T00:00:00Z'),
      url: 'https://briefings.example.org/briefings/why/',
      siteName: 'After the Caliphate',
      language: 'en',
    });
    const reference = formatReference(item);
    expect(reference.text).toBe('The briefings desk. (2025, November 20). Why the threat outlived the caliphate. After the Caliphate. https://briefings.example.org/briefings/why/');
    expect(reference.runs.filter((run) => run.italic).map((run) => run.text)).toEqual(['Why the threat outlived the caliphate']);
  });

  it('gives a month-precise source its month and no day', () => {
    const item = sourceToCsl('shafaq', {
      title: 'After US withdrawal',
      publisher: 'Shafaq News',
      authors: ['Shafaq News staff'],
      published: '2025-09',
      datePrecision: 'month',
      url: null,
      kind: 'news analysis',
      language: 'en',
      regions: [],
      topics: [],
      rights: 'full-text',
      notes: '',
    });
    expect(formatReference(item).text).toBe('Shafaq News staff. (2025, September). After US withdrawal [News analysis]. Shafaq News.');
  });
});
