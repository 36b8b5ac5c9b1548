import { describe, expect, it } from 'vitest';
import {
  cleanDeadline,
  cleanFirstSteps,
  cleanGoalChanges,
  cleanGoalTitle,
  cleanMeasure,
  cleanNewGoal,
  cleanObstacles,
  cleanWhy,
  type NewGoalInput,
} from '../../src/domain/goal-input';
import { ValidationError } from '../../src/domain/validation-error';

const TODAY = '2026-11-26';
let ids = 0;
const newId = () => `new-${++ids}`;

/** The field a rejected input points at, or 'accepted'. */
function fieldOf(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    if (error instanceof ValidationError) return error.field;
    throw error;
  }
}

const valid: NewGoalInput = {
  title: '  Write a novel ',
  why: ' Stories kept me company as a child ',
  measure: { type: 'count', target: 20000, unit: ' words ' },
  deadline: '2027-06-30',
  steps: ['Outline chapter one', '', '  Write 200 words  '],
  obstacles: [
    { obstacle: 'Too tired after work', strategy: 'Write before breakfast' },
    { obstacle: ' ', strategy: '' },
  ],
};

describe('goal input rules', () => {
  it('trims and keeps a complete new goal, skipping blank steps and blank pairs', () => {
    ids = 0;
    expect(cleanNewGoal(valid, TODAY, newId)).toEqual({
      title: 'Write a novel',
      why: 'Stories kept me company as a child',
      measure: { type: 'count', target: 20000, unit: 'words' },
      deadline: '2027-06-30',
      steps: ['Outline chapter one', 'Write 200 words'],
      obstacles: [
        { id: 'new-1', obstacle: 'Too tired after work', strategy: 'Write before breakfast' },
      ],
    });
  });

  it('needs a title of 1 to 200 characters', () => {
    expect(() => cleanGoalTitle('   ')).toThrow('a goal needs a few words');
    expect(cleanGoalTitle('t'.repeat(200))).toHaveLength(200);
    expect(() => cleanGoalTitle('t'.repeat(201))).toThrow(
      'The goal is 201 characters long; keep it to 200 or fewer.',
    );
  });

  it('allows an empty why but not a long one', () => {
    expect(cleanWhy('  ')).toBe('');
    expect(() => cleanWhy('w'.repeat(201))).toThrow('Why it matters is 201 characters long');
  });

  it.each([
    ['zero', 0],
    ['a negative number', -5],
    ['an empty box', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
  ])('refuses %s as a target', (_, target) => {
    expect(fieldOf(() => cleanMeasure({ type: 'count', target, unit: 'km' }))).toBe('target');
    expect(() => cleanMeasure({ type: 'count', target, unit: 'km' })).toThrow(
      'The target must be a number above zero',
    );
  });

  it('keeps a fractional target and limits the unit to 200 characters', () => {
    expect(cleanMeasure({ type: 'count', target: 42.195, unit: 'km' })).toEqual({
      type: 'count',
      target: 42.195,
      unit: 'km',
    });
    expect(fieldOf(() => cleanMeasure({ type: 'count', target: 1, unit: 'u'.repeat(201) }))).toBe(
      'unit',
    );
    expect(cleanMeasure({ type: 'steps' })).toEqual({ type: 'steps' });
  });

  it('takes a deadline of today or later, refuses the past and impossible dates', () => {
    expect(cleanDeadline('', TODAY)).toBeUndefined();
    expect(cleanDeadline(undefined, TODAY)).toBeUndefined();
    expect(cleanDeadline(TODAY, TODAY)).toBe(TODAY);
    expect(cleanDeadline('2028-02-29', TODAY)).toBe('2028-02-29');
    expect(() => cleanDeadline('2026-11-25', TODAY)).toThrow('already passed');
    expect(() => cleanDeadline('2027-02-29', TODAY)).toThrow('not a real date');
    expect(() => cleanDeadline('soon', TODAY)).toThrow('not a real date');
  });

  it('needs at least one first step, each within the task title rule (500 characters)', () => {
    expect(() => cleanFirstSteps(['', '  ', ''])).toThrow('at least one first step');
    // A step becomes a task: the task title rule (500), as anywhere else a step is written.
    expect(cleanFirstSteps(['s'.repeat(500)])).toEqual(['s'.repeat(500)]);
    expect(fieldOf(() => cleanFirstSteps(['ok', 's'.repeat(501)]))).toBe('steps.1');
    expect(() => cleanFirstSteps(['ok', 's'.repeat(501)])).toThrow(
      'Step 2 is 501 characters long; keep it to 500 or fewer.',
    );
  });

  it('takes obstacles in whole pairs and keeps the ids of existing pairs', () => {
    expect(
      cleanObstacles([{ id: 'kept', obstacle: 'Rain', strategy: 'Run indoors' }], newId),
    ).toEqual([{ id: 'kept', obstacle: 'Rain', strategy: 'Run indoors' }]);
    expect(fieldOf(() => cleanObstacles([{ obstacle: 'Rain', strategy: ' ' }], newId))).toBe(
      'obstacles.0.strategy',
    );
    const halfPair = [
      { obstacle: 'Rain', strategy: 'Run indoors' },
      { obstacle: '', strategy: 'Call a friend' },
    ];
    expect(fieldOf(() => cleanObstacles(halfPair, newId))).toBe('obstacles.1.obstacle');
    expect(() => cleanObstacles(halfPair, newId)).toThrow('Obstacle 2 has a plan but no obstacle');
    expect(
      fieldOf(() => cleanObstacles([{ obstacle: 'o'.repeat(201), strategy: 'x' }], newId)),
    ).toBe('obstacles.0.obstacle');
  });

  it('reports the first problem in the order the flow asks', () => {
    expect(fieldOf(() => cleanNewGoal({ ...valid, title: '', steps: [] }, TODAY, newId))).toBe(
      'title',
    );
    expect(fieldOf(() => cleanNewGoal({ ...valid, steps: [''] }, TODAY, newId))).toBe('steps.0');
    expect(fieldOf(() => cleanNewGoal({ ...valid, deadline: '2020-01-01' }, TODAY, newId))).toBe(
      'deadline',
    );
  });

  it('checks only the fields an edit changes, and lets a passed deadline stand', () => {
    expect(cleanGoalChanges({ title: ' Run a 10k ' }, TODAY, newId, '2026-01-01')).toEqual({
      title: 'Run a 10k',
    });
    expect(cleanGoalChanges({ deadline: '2026-01-01' }, TODAY, newId, '2026-01-01')).toEqual({
      deadline: '2026-01-01',
    });
    expect(fieldOf(() => cleanGoalChanges({ deadline: '2026-01-02' }, TODAY, newId))).toBe(
      'deadline',
    );
    expect(cleanGoalChanges({ deadline: '' }, TODAY, newId, '2027-01-01')).toEqual({
      deadline: null,
    });
    expect(cleanGoalChanges({ deadline: null }, TODAY, newId)).toEqual({ deadline: null });
    expect(fieldOf(() => cleanGoalChanges({ title: ' ' }, TODAY, newId))).toBe('title');
  });
});
