// The coach's projection (issue 17): what is shared by default (goals, why, steps, progress,
// check-in amounts, the week's figures; chores as counts), and, over random records, that chore
// titles, notes and the reflection never appear anywhere in it unless the client ticked them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/day';
import {
  DEFAULT_SHARE_CHOICES,
  projectShare,
  type ShareChoices,
  type ShareInput,
} from '../../src/domain/share-projection';
import type { Activity, CheckIn, Goal, Reflection, Task } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const TODAY = '2026-11-12'; // a Thursday
const noon = (day: string) => new Date(`${day}T12:00:00`).getTime();
const NOW = noon(TODAY);

function input(records: Partial<ShareInput>, choices: Partial<ShareChoices> = {}): ShareInput {
  return {
    today: TODAY,
    weekStartsOn: 1,
    tasks: [],
    goals: [],
    checkIns: [],
    activity: [],
    openChores: [],
    reflections: [],
    coaching: [],
    neglectDays: 3,
    now: NOW,
    ...records,
    choices: { ...DEFAULT_SHARE_CHOICES, ...choices },
  };
}

describe('the share projection', () => {
  const goal = makeGoal({
    id: 'g-run',
    title: 'Run a 10k',
    why: 'To feel strong',
    createdAt: noon('2026-11-01'),
  });
  const pages = makeGoal({
    id: 'g-read',
    title: 'Read 12 books',
    measure: { type: 'count', target: 12, unit: 'books' },
    createdAt: noon('2026-11-01'),
  });
  const stepDone = makeTask({
    id: 's1',
    kind: 'goal',
    goalId: 'g-run',
    title: 'Run 3 km',
    notes: 'knee hurt a little',
    status: 'done',
    completedAt: noon('2026-11-10'),
  });
  const stepOpen = makeTask({ id: 's2', kind: 'goal', goalId: 'g-run', title: 'Run 5 km' });
  const chore = makeTask({ id: 'c1', title: 'Call the plumber', notes: 'before 5' });
  const choreDone = makeTask({
    id: 'c2',
    title: 'Pay the rent',
    status: 'done',
    completedAt: noon('2026-11-11'),
  });
  const checkIn = makeCheckIn({
    goalId: 'g-read',
    day: '2026-11-11',
    amount: 2,
    note: 'loved it',
  });
  const reflection: Reflection = {
    id: 'r',
    weekStart: '2026-11-09',
    text: 'A hard week',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const records = {
    goals: [goal, pages],
    // The Review's readers may hand a step twice (a step, and a recent completion).
    tasks: [stepDone, stepOpen, choreDone, stepDone],
    openChores: [chore],
    checkIns: [checkIn],
    reflections: [reflection],
  };

  it('shares goals with why, steps, progress, amounts and the week; chores only as counts', () => {
    const shared = projectShare(input(records));
    expect(shared.goals.map((g) => [g.title, g.why, g.progress, g.nextStep])).toEqual([
      ['Run a 10k', 'To feel strong', 0.5, 'Run 5 km'],
      ['Read 12 books', 'It matters to me', 2 / 12, undefined],
    ]);
    expect(shared.goals[1]).toMatchObject({ logged: 2, target: 12, unit: 'books' });
    expect(shared.chores).toEqual({ open: 1, doneThisWeek: 1 });
    expect(shared.review.totals).toMatchObject({ goalSteps: 1, chores: 1, checkIns: 1 });
    expect(shared.review.period).toEqual({ start: '2026-11-09', end: '2026-11-15' });
    expect(shared.lastActivity).toBe('2026-11-11');
    const text = JSON.stringify(shared);
    for (const secret of [
      'Call the plumber',
      'Pay the rent',
      'knee hurt',
      'loved it',
      'hard week',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain('Run 3 km');
  });

  it('adds chore titles, notes and the reflection only when ticked', () => {
    const shared = projectShare(
      input(records, { choreTitles: true, notes: true, reflections: true }),
    );
    expect(shared.chores.titles).toEqual(['Call the plumber']);
    expect(shared.reflection).toBe('A hard week');
    const text = JSON.stringify(shared);
    expect(text).toContain('knee hurt a little');
    expect(text).toContain('loved it');
  });

  it('names the next session and leaves achieved and deleted goals out', () => {
    const shared = projectShare(
      input({
        goals: [
          goal,
          makeGoal({ title: 'Done already', status: 'achieved', achievedAt: NOW }),
          makeGoal({ title: 'Gone', deletedAt: NOW }),
        ],
        coaching: [
          {
            id: 'session-2026-11-20',
            type: 'session',
            day: '2026-11-20',
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      }),
    );
    expect(shared.goals.map((g) => g.title)).toEqual(['Run a 10k']);
    expect(shared.nextSession).toEqual({ day: '2026-11-20', label: 'Session 1' });
  });
});

// ---- Over random records ---------------------------------------------------------------------
const CHORE = 'CHORE-TITLE-SECRET';
const NOTE = 'NOTE-SECRET';
const REFLECTION = 'REFLECTION-SECRET';
const GOALS: Goal[] = ['g0', 'g1'].map((id, i) =>
  makeGoal({
    id,
    title: `Goal ${id}`,
    measure: i === 1 ? { type: 'count', target: 20, unit: 'pages' } : { type: 'steps' },
    createdAt: noon('2026-10-01'),
  }),
);
const dayNear = fc.integer({ min: -20, max: 3 }).map((offset) => addDays(TODAY, offset));

const taskArb = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('chore' as const, 'goal' as const),
    goalId: fc.constantFrom('g0', 'g1'),
    done: fc.boolean(),
    day: dayNear,
    notes: fc.boolean(),
    snoozed: fc.boolean(),
    deleted: fc.boolean(),
  })
  .map(({ id, kind, goalId, done, day, notes, snoozed, deleted }): Task => ({
    ...makeTask({ id, kind }),
    // A step's title is shared; a chore's never unless ticked.
    title: kind === 'chore' ? `${CHORE} ${id}` : `Step ${id}`,
    ...(kind === 'goal' && { goalId }),
    ...(done && { status: 'done' as const, completedAt: noon(day) }),
    ...(notes && { notes: `${NOTE} ${id}` }),
    ...(snoozed && kind === 'goal' && { snoozedUntil: addDays(TODAY, 1), snoozes: 1 }),
    ...(deleted && { deletedAt: noon(day) }),
  }));

const checkInArb = fc
  .record({ id: fc.uuid(), goalId: fc.constantFrom('g0', 'g1'), day: dayNear, note: fc.boolean() })
  .map(({ id, goalId, day, note }): CheckIn => ({
    ...makeCheckIn({ id, goalId, day, amount: 1 }),
    ...(note && { note: `${NOTE} check-in ${id}` }),
  }));

const choicesArb = fc.record({
  choreTitles: fc.boolean(),
  notes: fc.boolean(),
  reflections: fc.boolean(),
});

describe('the share projection over random records', () => {
  it('never holds a chore title, a note or the reflection unless ticked', () => {
    fc.assert(
      fc.property(
        fc.array(taskArb, { maxLength: 30 }),
        fc.array(checkInArb, { maxLength: 10 }),
        choicesArb,
        (tasks, checkIns, choices) => {
          // Snoozes are recorded for steps, and for a step that later became a chore.
          const activity: Activity[] = tasks.map((task, i) => ({
            id: `a${i}`,
            at: NOW,
            day: TODAY,
            type: 'snoozed',
            taskId: task.id,
            goalId: 'g0',
            kind: 'goal',
            updatedAt: NOW,
          }));
          const shared = projectShare(
            input(
              {
                goals: GOALS,
                tasks,
                checkIns,
                activity,
                openChores: tasks.filter((t) => t.kind === 'chore'),
                reflections: [
                  {
                    id: 'r',
                    weekStart: '2026-11-09',
                    text: REFLECTION,
                    createdAt: NOW,
                    updatedAt: NOW,
                  },
                ],
              },
              choices,
            ),
          );
          const text = JSON.stringify(shared);
          expect(text.includes(CHORE)).toBe(
            choices.choreTitles &&
              tasks.some((t) => t.kind === 'chore' && t.status === 'open' && !t.deletedAt),
          );
          if (!choices.notes) expect(text).not.toContain(NOTE);
          expect(text.includes(REFLECTION)).toBe(choices.reflections);
          // Chores are counted, always.
          expect(shared.chores.open).toBe(
            tasks.filter((t) => t.kind === 'chore' && t.status === 'open' && !t.deletedAt).length,
          );
        },
      ),
    );
  });

  it('is plain JSON and the same for the same records', () => {
    fc.assert(
      fc.property(fc.array(taskArb, { maxLength: 20 }), choicesArb, (tasks, choices) => {
        const made = () => projectShare(input({ goals: GOALS, tasks }, choices));
        const shared = made();
        expect(JSON.parse(JSON.stringify(shared))).toEqual(shared);
        expect(made()).toEqual(shared);
      }),
    );
  });
});
