import { describe, expect, it } from 'vitest';
import { citedNoteFields, lastModified } from '../../../src/lib/briefings/briefing-notes.ts';
import { briefingSchema } from '../../../src/lib/schema/briefing-schema.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const frontmatter = {
  title: 'T',
  dek: 'D',
  published: '2025-11-20',
  authors: ['Desk'],
  sources: ['s'],
  keyTakeaways: ['One.'],
};

describe('corrections and updates in a briefing', () => {
  it('are read with their days, none by default', () => {
    const schema = briefingSchema(['s']);
    expect(schema.parse(frontmatter)).toMatchObject({ corrections: [], updates: [] });
    const parsed = schema.parse({ ...frontmatter, corrections: [{ date: '2026-11-30', wrong: 'W.', now: 'N [@s, ¶1].' }], updates: [{ date: '2026-12-01', text: 'U.' }] });
    expect(parsed.corrections[0]?.date).toEqual(day('2026-11-30'));
  });

  it('refuse a correction without a date, an unknown field, or a day before publication', () => {
    const schema = briefingSchema(['s']);
    const issues = (value: unknown) => schema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
    expect(issues({ ...frontmatter, corrections: [{ wrong: 'W.', now: 'N.' }] }).join('\n')).toContain('corrections.0.date');
    expect(issues({ ...frontmatter, corrections: [{ date: '2026-11-30', wrong: 'W.', now: 'N.', was: 'x' }] }).join('\n')).toContain('corrections.0.was: unknown field');
    expect(issues({ ...frontmatter, updates: [{ date: '2025-11-01', text: 'U.' }] }).join('\n')).toContain('updates.0.date: the update is dated before the briefing was published');
  });

  it('name the strings whose citations are verified, a correction’s required', () => {
    const fields = citedNoteFields({ corrections: [{ date: day('2026-11-30'), wrong: 'W.', now: 'N.' }], updates: [{ date: day('2026-12-01'), text: 'U.' }] });
    expect(fields.map((field) => [field.path.join('.'), Boolean(field.mustCite)])).toEqual([
      ['corrections.0.now', true],
      ['updates.0.text', false],
    ]);
  });

  it('make the last day of change the latest of updated, corrections and updates', () => {
    expect(lastModified({ published: day('2025-11-20') })).toEqual(day('2025-11-20'));
    expect(lastModified({ published: day('2025-11-20'), updated: day('2025-12-01'), corrections: [{ date: day('2026-11-30') }], updates: [{ date: day('2026-01-05') }] })).toEqual(day('2026-11-30'));
  });
});
