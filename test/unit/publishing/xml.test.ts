import { describe, expect, it } from 'vitest';
import { formatWarning, type Problem } from '../../../src/lib/problems.ts';
import { escapeXml } from '../../../src/lib/publishing/xml.ts';
import { xmlProblems } from '../../helpers/xml.ts';

const BEL = '\u0007';
const VT = '\u000b';
const ESC = '\u001b';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`Fish & "chips" <now> 'here'`)).toBe('Fish &amp; &quot;chips&quot; &lt;now&gt; &apos;here&apos;');
  });

  it('removes every character XML 1.0 forbids, so any text gives a well-formed document', () => {
    const hostile = `a${BEL}b${ESC}c${VT}d\u0000e\u000cf\ufffeg\uffffh\ud800i\udc00j`;
    const escaped = escapeXml(hostile);
    expect(escaped).toBe('abcdefghij');
    expect(xmlProblems(`<a t="${escaped}">${escaped}</a>`)).toEqual([]);
  });

  it('keeps what XML 1.0 allows: tab, line breaks, astral characters, other controls that are only discouraged', () => {
    const allowed = 'tab\there\nline\r\nend 😀 \u0085 \u009f';
    expect(escapeXml(allowed)).toBe(allowed);
    expect(xmlProblems(`<a>${escapeXml(allowed)}</a>`)).toEqual([]);
  });

  it('names the file, the field and the characters it removed, once per text', () => {
    const warnings: Problem[] = [];
    escapeXml(`Dek${BEL} with${ESC} controls${VT}${BEL}`, { file: 'content/briefings/x.mdx', field: 'dek', output: 'feed.xml', warn: (problem) => warnings.push(problem) });
    expect(warnings.map(formatWarning)).toEqual([
      'content/briefings/x.mdx: warning: dek contains U+0007 (BEL), U+001B (ESC), U+000B (VT), which XML 1.0 does not allow; removed from feed.xml.\n  hint: delete them from dek (most editors do not show them; search for the code, e.g. \\u0007 or \\x07).',
    ]);
  });

  it('says nothing about a clean text', () => {
    const warnings: Problem[] = [];
    escapeXml('A clean dek & more', { file: 'f', field: 'dek', output: 'feed.xml', warn: (problem) => warnings.push(problem) });
    expect(warnings).toEqual([]);
  });
});
