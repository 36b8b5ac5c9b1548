import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnose';

const list = (pattern: string) =>
  Array.from(pattern).map((c) => ({ kind: c === 'g' ? ('goal' as const) : ('chore' as const) }));

describe('diagnose', () => {
  it('finds goals buried under chores', () => {
    // 10 chores, a goal at 11, 5 chores, a goal at 17.
    const result = diagnose(list('cccccccccc' + 'g' + 'ccccc' + 'g'));
    expect(result).toEqual({
      goalPositions: [11, 17],
      choresAboveFirstGoal: 10,
      goalsBelowVisible: 2,
      burialScore: (10 + 15) / (2 * 15),
    });
  });

  it('scores 0 when every goal is on top and 1 when every goal is at the bottom', () => {
    expect(diagnose(list('ggccc')).burialScore).toBe(0);
    expect(diagnose(list('cccgg')).burialScore).toBe(1);
  });

  it('handles an empty list, a list without goals and one without chores', () => {
    const nothing = {
      goalPositions: [],
      choresAboveFirstGoal: 0,
      goalsBelowVisible: 0,
      burialScore: 0,
    };
    expect(diagnose([])).toEqual(nothing);
    expect(diagnose(list('cccc'))).toEqual(nothing);
    expect(diagnose(list('ggg'))).toEqual({
      goalPositions: [1, 2, 3],
      choresAboveFirstGoal: 0,
      goalsBelowVisible: 0,
      burialScore: 0,
    });
  });

  it('counts goals below a chosen visible count', () => {
    expect(diagnose(list('cgcgcg'), 3).goalsBelowVisible).toBe(2);
    expect(diagnose(list('cgcgcg'), 6).goalsBelowVisible).toBe(0);
  });
});
