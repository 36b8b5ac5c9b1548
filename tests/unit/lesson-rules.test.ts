import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/domain/diagnose';
import { prioritize } from '../../src/domain/prioritize';
import { describeDiagnosis } from '../../src/features/lesson/diagnosis-words';
import { stepFromPath } from '../../src/features/lesson/lesson-paths';
import { sampleData } from '../../src/features/lesson/sample-list';
import {
  itemKeys,
  sandboxFromTasks,
  sandboxItems,
  savePreview,
} from '../../src/features/lesson/sandbox-items';
import { targetStep } from '../../src/features/lesson/use-lesson-keys';

describe('the sample list', () => {
  const { tasks, goals } = sampleData('2026-11-26');

  it('is twenty lines, mostly chores, with three goal steps far down', () => {
    expect(tasks).toHaveLength(20);
    expect(diagnose(tasks).goalPositions).toEqual([11, 15, 19]);
    expect(goals).toHaveLength(3);
    expect(tasks.filter((task) => task.kind === 'goal').map((task) => task.goalId)).toEqual(
      goals.map((goal) => goal.id),
    );
  });

  it('gives prioritize live reasons to show, whatever the day', () => {
    for (const today of ['2026-11-26', '2027-03-01', '2028-02-29']) {
      const sample = sampleData(today);
      const plan = prioritize({ ...sample, checkIns: [], today });
      expect(plan.goals.map((entry) => entry.type === 'task' && entry.task.title)).toEqual([
        'Go for a 20-minute run',
        'Write one page of my story',
        'Book a trial Spanish lesson',
      ]);
      const codes = plan.goals.flatMap((entry) => entry.reasons.map((reason) => reason.code));
      expect(codes).toEqual(
        expect.arrayContaining(['neglected', 'behind-schedule', 'deadline', 'next-step']),
      );
      expect(plan.chores.flatMap((entry) => entry.reasons.map((r) => r.code))).toEqual([
        'due-today',
        'overdue',
      ]);
      expect(plan.pile).toHaveLength(12);
    }
  });
});

describe('describeDiagnosis', () => {
  it('tells the sample’s burial in words and numbers', () => {
    const { tasks } = sampleData('2026-11-26');
    const text = describeDiagnosis(diagnose(tasks, 7), tasks.length);
    expect(text.headline).toBe('Three goals are buried under 17 chores.');
    expect(text.details).toEqual([
      'Ten chores stand above the first goal. All three sit below line 7, the part of a list that rarely gets read on a busy day.',
      'Burial score 76%: pair any goal with any chore, and 76 times in 100 the chore comes first.',
    ]);
    expect(text.facts.map((fact) => fact.value)).toEqual([
      'Lines 11, 15 and 19',
      '10',
      '3 of 3',
      '76%',
    ]);
  });

  it('speaks to a list without goals, and to one with its goals on top', () => {
    expect(describeDiagnosis(diagnose([{ kind: 'chore' }]), 1).headline).toBe(
      'There is no goal on this list at all.',
    );
    const onTop = describeDiagnosis(diagnose([{ kind: 'goal' }, { kind: 'chore' }]), 2);
    expect(onTop.headline).toBe('The goal is already on top.');
    expect(onTop.facts[0]?.value).toBe('Line 1');
  });

  it('counts the goals below line 7 in words, one or some', () => {
    const list = [
      { kind: 'chore' as const },
      { kind: 'goal' as const },
      ...Array.from({ length: 6 }, () => ({ kind: 'chore' as const })),
      { kind: 'goal' as const },
    ];
    const text = describeDiagnosis(diagnose(list), list.length);
    expect(text.details[0]).toBe(
      'One chore stands above the first goal. One of them sits below line 7, the part of a list that rarely gets read on a busy day.',
    );
    expect(text.headline).toBe('Two goals are buried under seven chores.');
  });
});

describe('the client’s lines', () => {
  it('keys each line by its text and which occurrence it is', () => {
    expect(itemKeys(['A', 'B', 'A'])).toEqual(['1:A', '1:B', '2:A']);
  });

  it('keeps marks and copies with their lines, and counts edited lines as new', () => {
    const sandbox = sandboxFromTasks([
      { id: 't1', title: 'Laundry', kind: 'chore' },
      { id: 't2', title: '- Run\n3 km', kind: 'goal' },
    ]);
    expect(sandbox.text).toBe('Laundry\nRun 3 km');
    expect(sandbox.marked).toEqual(['1:Run 3 km']);
    const items = sandboxItems(['New line', 'Run 3 km', 'Laundry (edited)'], sandbox);
    expect(items).toEqual([
      { key: '1:New line', title: 'New line', kind: 'chore' },
      { key: '1:Run 3 km', title: 'Run 3 km', kind: 'goal', sourceId: 't2' },
      { key: '1:Laundry (edited)', title: 'Laundry (edited)', kind: 'chore' },
    ]);
  });

  it('previews a save: new items by kind, and copies whose kind changed', () => {
    const sources = [
      { id: 't1', title: 'Laundry', kind: 'chore' as const },
      { id: 't2', title: 'Run', kind: 'goal' as const },
      { id: 't3', title: 'Same', kind: 'chore' as const },
    ];
    const items = [
      { key: '1:Laundry', title: 'Laundry', kind: 'goal' as const, sourceId: 't1' },
      { key: '1:Run', title: 'Run', kind: 'chore' as const, sourceId: 't2' },
      { key: '1:Same', title: 'Same', kind: 'chore' as const, sourceId: 't3' },
      { key: '1:New', title: 'New', kind: 'goal' as const },
    ];
    expect(savePreview(items, sources)).toEqual({
      newGoals: 1,
      newChores: 0,
      toGoal: 1,
      toChore: 1,
    });
  });
});

describe('lesson addresses and keys', () => {
  it('reads a step from its path', () => {
    expect(stepFromPath('/lesson/3', 8)).toBe(3);
    expect(stepFromPath('/lesson/8', 8)).toBe(8);
    for (const path of [
      '/lesson',
      '/lesson/',
      '/lesson/0',
      '/lesson/9',
      '/lesson/x',
      '/lesson/1/2',
    ]) {
      expect(stepFromPath(path, 8)).toBeNull();
    }
  });

  it('maps presenting keys to steps, staying within the lesson', () => {
    expect(targetStep('ArrowRight', 1, 8)).toBe(2);
    expect(targetStep('PageDown', 8, 8)).toBe(8);
    expect(targetStep('ArrowLeft', 1, 8)).toBe(1);
    expect(targetStep('PageUp', 5, 8)).toBe(4);
    expect(targetStep('Home', 5, 8)).toBe(1);
    expect(targetStep('End', 5, 8)).toBe(8);
    expect(targetStep('ArrowDown', 5, 8)).toBeUndefined();
    expect(targetStep('a', 5, 8)).toBeUndefined();
  });
});
