import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefingTemplate, slugFromTitle } from '../../../src/lib/authoring/scaffold-briefing.ts';
import { briefingSchema } from '../../../src/lib/schema/briefing-schema.ts';

describe('slugFromTitle', () => {
  it.each([
    ['Why the threat outlived the caliphate', 'why-the-threat-outlived-the-caliphate'],
    ["NATO's \"toolbox\": 2019 – 2025", 'natos-toolbox-2019-2025'],
    ['L’été à Mossoul', 'lete-a-mossoul'],
    ['ISIS-K & the Moscow attack', 'isis-k-the-moscow-attack'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugFromTitle('word '.repeat(40))!;
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugFromTitle('— ? —')).toBeUndefined();
    expect(slugFromTitle('داعش')).toBeUndefined();
  });
});

describe('briefingTemplate', () => {
  const text = briefingTemplate({ title: 'A "quoted" title: with colon', published: '2025-12-01', sources: ['nyt-costa-clarke-2024'] });
  const frontmatter = parse(text.split('---\n')[1]!) as Record<string, unknown>;

  it('has frontmatter the briefing schema accepts, as a draft', () => {
    const result = briefingSchema(['nyt-costa-clarke-2024']).safeParse(frontmatter);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    expect(result.data?.title).toBe('A "quoted" title: with colon');
    expect(result.data?.draft).toBe(true);
  });

  it('shows citation and chart examples only inside an MDX comment', () => {
    const body = text.split('---\n').slice(2).join('---\n');
    const comment = /\{\/\*[\s\S]*?\*\/\}/u.exec(body)?.[0] ?? '';
    expect(comment).toContain('[@nyt-costa-clarke-2024, ¶2]');
    expect(comment).toContain('[@nyt-costa-clarke-2024, ¶2; @another-source, ¶4]');
    expect(comment).toContain('As @nyt-costa-clarke-2024 [¶3] puts it');
    expect(comment).toMatch(/<Timeline/u);
    expect(body.replace(comment, '')).not.toMatch(/\[@|<Timeline/u);
  });
});
