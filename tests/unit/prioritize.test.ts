import { describe, expect, it } from 'vitest';
import { startOfDay } from '../../src/domain/day';
import { prioritize, type PrioritizeInput } from '../../src/domain/prioritize';
import type { PlanEntry } from '../../src/domain/plan-types';
import type { Day } from '../../src/domain/types';
import { makeCheckIn, makeGoal, makeTask } from '../fixtures/builders';

const TODAY = '2026-11-10';
/** Noon local time on `day`, so a record "happened" on that local day. */
const on = (day: Day) => startOfDay(day).getTime() + 12 * 3600_000;

const plan = (input: Partial<PrioritizeInput>) =>
  prioritize({ tasks: [], goals: [], checkIns: [], today: TODAY, ...input });

const label = (entry: PlanEntry) =>
  entry.type === 'prompt'
    ? `prompt:${entry.goal.title}`
    : entry.type === 'unlinked-rest'
      ? `…and ${entry.rest.length} without a goal`
      : entry.task.title;

describe('the goal section', () => {
  it('lifts goal steps buried under chores above every chore', () => {
    const goal = makeGoal({ title: 'Write a novel', createdAt: on(TODAY) });
    const tasks = [
      makeTask({ title: 'Laundry' }),
      makeTask({ title: 'Call the plumber' }),
      makeTask({ title: 'Outline chapter one', kind: 'goal', goalId: goal.id }),
    ];
    const result = plan({ tasks, goals: [goal] });
    expect(result.goals.map(label)).toEqual(['Outline chapter one']);
    expect(result.chores.map(label)).toEqual(['Laundry', 'Call the plumber']);
    expect(result.goals[0]).toMatchObject({ goal, reasons: [{ code: 'next-step' }] });
  });

  it('surfaces a goal’s first open step in the goal’s step order, stepsPerGoal of them', () => {
    const goal = makeGoal({ createdAt: on(TODAY) });
    const steps = ['Step 1', 'Step 2', 'Step 3'].map((title) =>
      makeTask({ title, kind: 'goal', goalId: goal.id }),
    );
    steps[0] = { ...steps[0]!, status: 'done', completedAt: on(TODAY) };
    expect(plan({ tasks: steps, goals: [goal] }).goals.map(label)).toEqual(['Step 2']);
    expect(
      plan({ tasks: steps, goals: [goal], settings: { stepsPerGoal: 2 } }).goals.map(label),
    ).toEqual(['Step 2', 'Step 3']);
  });

  it('asks for a next step when an active goal has none', () => {
    const goal = makeGoal({ title: 'Learn Spanish', createdAt: on(TODAY) });
    const [entry] = plan({ goals: [goal] }).goals;
    expect(entry).toEqual({ type: 'prompt', goal, reasons: [{ code: 'no-next-step' }] });
  });

  it('shows nothing of paused, achieved or deleted goals, nor done or deleted tasks', () => {
    const paused = makeGoal({ status: 'paused' });
    const achieved = makeGoal({ status: 'achieved' });
    const deleted = makeGoal({ deletedAt: on(TODAY) });
    const tasks = [
      makeTask({ title: 'paused step', kind: 'goal', goalId: paused.id }),
      makeTask({ title: 'achieved step', kind: 'goal', goalId: achieved.id }),
      makeTask({ title: 'deleted goal step', kind: 'goal', goalId: deleted.id }),
      makeTask({ title: 'done chore', status: 'done', completedAt: on(TODAY) }),
      makeTask({ title: 'deleted chore', deletedAt: on(TODAY) }),
    ];
    expect(plan({ tasks, goals: [paused, achieved, deleted] })).toEqual({
      goals: [],
      chores: [],
      pile: [],
    });
  });

  it('puts neglected goals first, each group in the user’s goal order, unlinked steps last', () => {
    const fresh = makeGoal({ title: 'Fresh', createdAt: on('2026-11-09') });
    const stale = makeGoal({ title: 'Stale', createdAt: on('2026-10-01') });
    const alsoFresh = makeGoal({ title: 'Also fresh', createdAt: on('2026-11-09') });
    const tasks = [
      makeTask({ title: 'Idea without a goal', kind: 'goal' }),
      makeTask({ title: 'Fresh step', kind: 'goal', goalId: fresh.id }),
      makeTask({ title: 'Stale step', kind: 'goal', goalId: stale.id }),
    ];
    const result = plan({ tasks, goals: [fresh, stale, alsoFresh] });
    expect(result.goals.map(label)).toEqual([
      'Stale step',
      'Fresh step',
      'prompt:Also fresh',
      'Idea without a goal',
    ]);
    expect(result.goals.map((e) => e.type === 'task' && e.needsAttention)).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('shows the first three goal steps without a goal, then one prompt holding the rest', () => {
    const goal = makeGoal({ title: 'Write a novel', createdAt: on(TODAY) });
    const loose = ['Idea 1', 'Idea 2', 'Idea 3', 'Idea 4', 'Idea 5'].map((title) =>
      makeTask({ title, kind: 'goal' }),
    );
    const tasks = [
      ...[...loose].reverse(),
      makeTask({ title: 'Outline', kind: 'goal', goalId: goal.id }),
      makeTask({ title: 'Laundry' }),
    ];
    const result = plan({ tasks, goals: [goal] });
    expect(result.goals.map(label)).toEqual([
      'Outline',
      'Idea 1',
      'Idea 2',
      'Idea 3',
      '…and 2 without a goal',
    ]);
    const prompt = result.goals.at(-1);
    expect(prompt?.type === 'unlinked-rest' && prompt.rest.map((e) => e.task)).toEqual([
      loose[3],
      loose[4],
    ]);
    expect(result.chores.map(label)).toEqual(['Laundry']);
    // Exactly three: no prompt. More steps per goal shows as many goal steps without a goal.
    expect(plan({ tasks: loose.slice(0, 3) }).goals.map(label)).toEqual([
      'Idea 1',
      'Idea 2',
      'Idea 3',
    ]);
    expect(plan({ tasks: loose, settings: { stepsPerGoal: 4 } }).goals.map(label)).toEqual([
      'Idea 1',
      'Idea 2',
      'Idea 3',
      'Idea 4',
      '…and 1 without a goal',
    ]);
  });

  it('shows a step whose goal record is missing as an unlinked goal step', () => {
    const orphan = makeTask({ title: 'Orphan', kind: 'goal', goalId: 'gone' });
    expect(plan({ tasks: [orphan] }).goals.map(label)).toEqual(['Orphan']);
  });
});

describe('reasons', () => {
  it('neglected: days since the last progress, counting done steps and check-ins', () => {
    const goal = makeGoal({ createdAt: on('2026-10-01') });
    const done = makeTask({
      kind: 'goal',
      goalId: goal.id,
      status: 'done',
      completedAt: on('2026-11-02'),
    });
    const next = makeTask({ title: 'Next', kind: 'goal', goalId: goal.id });
    const checkIn = makeCheckIn({ goalId: goal.id, day: '2026-11-04' });
    const [entry] = plan({ tasks: [done, next], goals: [goal], checkIns: [checkIn] }).goals;
    expect(entry?.reasons).toContainEqual({ code: 'neglected', days: 6 });

    const threshold = plan({
      tasks: [done, next],
      goals: [goal],
      checkIns: [checkIn],
      settings: { neglectDays: 7 },
    }).goals[0];
    expect(threshold?.reasons.map((r) => r.code)).not.toContain('neglected');
  });

  it('neglected starts at exactly neglectDays', () => {
    const goal = makeGoal({ createdAt: on('2026-11-07') });
    expect(plan({ goals: [goal] }).goals[0]?.reasons).toContainEqual({
      code: 'neglected',
      days: 3,
    });
    const younger = makeGoal({ createdAt: on('2026-11-08') });
    expect(plan({ goals: [younger] }).goals[0]?.reasons.map((r) => r.code)).toEqual([
      'no-next-step',
    ]);
  });

  it('behind schedule: progress share + 0.1 below the elapsed share', () => {
    // Created 1 Nov, deadline 21 Nov: on 11 Nov half the time is gone.
    const goal = makeGoal({
      createdAt: on('2026-11-01'),
      deadline: '2026-11-21',
      measure: { type: 'count', target: 100, unit: 'pages' },
    });
    const at = (amount: number) =>
      plan({
        goals: [goal],
        checkIns: [makeCheckIn({ goalId: goal.id, day: '2026-11-11', amount })],
        today: '2026-11-11',
      }).goals[0]?.reasons.find((r) => r.code === 'behind-schedule');
    expect(at(20)).toEqual({ code: 'behind-schedule', progress: 0.2, elapsed: 0.5 });
    expect(at(40)).toBeUndefined(); // 0.4 + 0.1 is not below 0.5
  });

  it('deadline: days left, only within a week', () => {
    const soon = makeGoal({ createdAt: on(TODAY), deadline: '2026-11-13' });
    const later = makeGoal({ createdAt: on(TODAY), deadline: '2026-11-18' });
    const [a, b] = plan({ goals: [soon, later] }).goals;
    expect(a?.reasons).toContainEqual({ code: 'deadline', days: 3 });
    expect(b?.reasons.map((r) => r.code)).not.toContain('deadline');
  });

  it('overdue, due today and scheduled today on chores and goal steps', () => {
    const goal = makeGoal({ createdAt: on(TODAY) });
    const tasks = [
      makeTask({ title: 'Overdue', dueDate: '2026-11-08' }),
      makeTask({ title: 'Due', dueDate: TODAY }),
      makeTask({ title: 'Planned', scheduledFor: TODAY }),
      makeTask({ title: 'Step', kind: 'goal', goalId: goal.id, dueDate: TODAY }),
    ];
    const result = plan({ tasks, goals: [goal] });
    expect(result.chores.map((e) => [e.task.title, e.reasons])).toEqual([
      ['Overdue', [{ code: 'overdue', days: 2 }]],
      ['Due', [{ code: 'due-today' }]],
      ['Planned', [{ code: 'scheduled-today' }]],
    ]);
    expect(result.goals[0]?.reasons).toEqual([{ code: 'next-step' }, { code: 'due-today' }]);
  });

  it('snoozed: the step stays its goal’s entry, muted until tomorrow, and its count shows after', () => {
    const goal = makeGoal({ createdAt: on(TODAY) });
    const step = makeTask({
      kind: 'goal',
      goalId: goal.id,
      snoozedUntil: '2026-11-11',
      snoozes: 3,
    });
    const [entry] = plan({ tasks: [step], goals: [goal] }).goals;
    expect(entry).toMatchObject({ type: 'task', snoozed: true, task: step });
    expect(entry?.reasons).toContainEqual({ code: 'snoozed', count: 3, until: '2026-11-11' });

    const [nextDay] = plan({ tasks: [step], goals: [goal], today: '2026-11-11' }).goals;
    expect(nextDay).toMatchObject({ snoozed: false });
    expect(nextDay?.reasons).toContainEqual({ code: 'snoozed', count: 3 });
  });
});

describe('chores and the pile', () => {
  it('shows the first choreCap chores by urgency, in manual order, and piles the rest', () => {
    const tasks = [
      makeTask({ title: 'a' }),
      makeTask({ title: 'b' }),
      makeTask({ title: 'c', dueDate: '2026-11-01' }),
      makeTask({ title: 'd' }),
      makeTask({ title: 'e', scheduledFor: TODAY }),
      makeTask({ title: 'f', dueDate: TODAY }),
    ];
    const result = plan({ tasks, settings: { choreCap: 4 } });
    expect(result.chores.map(label)).toEqual(['a', 'c', 'e', 'f']);
    expect(result.pile.map(label)).toEqual(['b', 'd']);
  });

  it('keeps overdue chores visible before due-today ones when the cap is tight', () => {
    const tasks = [
      makeTask({ title: 'due', dueDate: TODAY }),
      makeTask({ title: 'late', dueDate: '2026-11-09' }),
    ];
    const result = plan({ tasks, settings: { choreCap: 1 } });
    expect(result.chores.map(label)).toEqual(['late']);
    expect(result.pile.map((e) => [e.task.title, e.reasons])).toEqual([
      ['due', [{ code: 'due-today' }]],
    ]);
  });
});
