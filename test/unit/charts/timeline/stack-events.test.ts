import { describe, expect, it } from 'vitest';
import { stackEvents } from '../../../../src/lib/charts/timeline/stack-events.ts';

const spacing = { top: 12, gap: 8, breakHeight: 22 };

describe('stackEvents', () => {
  it('stacks events top to bottom, each after the one before and the gap', () => {
    const stack = stackEvents([{ year: 2020, height: 40 }, { year: 2020, height: 58 }, { year: 2021, height: 40 }], spacing);
    expect(stack.tops).toEqual([12, 60, 126]);
    expect(stack.height).toBe(126 + 40 + 8 + 4);
  });

  it('names the year beside the first event of each year only', () => {
    const stack = stackEvents([{ year: 2020, height: 40 }, { year: 2020, height: 40 }, { year: 2021, height: 40 }], spacing);
    expect(stack.firstOfYear).toEqual([true, false, true]);
  });

  it('breaks the line where years without events are skipped, and says how many', () => {
    const stack = stackEvents([{ year: 2001, height: 40 }, { year: 2014, height: 40 }, { year: 2015, height: 40 }, { year: 2017, height: 40 }], spacing);
    expect(stack.breaks.map((gap) => gap.label)).toEqual(['12 years', '1 year']);
    // A break takes its own room: the next event starts below it.
    expect(stack.tops[1]! - stack.tops[0]!).toBe(40 + 8 + 22);
    expect(stack.breaks[0]!.y).toBe(12 + 40 + 8 + 4);
  });

  it('is empty, with no height to speak of, for no events', () => {
    expect(stackEvents([], spacing)).toEqual({ tops: [], firstOfYear: [], breaks: [], height: 16 });
  });
});
