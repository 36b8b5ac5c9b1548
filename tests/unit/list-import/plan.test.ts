import { describe, expect, it } from 'vitest';
import { itemKeys, planImport } from '../../../src/domain/list-import/import-plan';
import type { ImportedItem } from '../../../src/domain/list-import/types';

const item = (title: string, more: Partial<ImportedItem> = {}): ImportedItem => ({
  line: 1,
  title,
  status: 'open',
  depth: 0,
  ...more,
});

describe('planImport', () => {
  const items = [
    item('Buy milk', { dueDate: '2027-02-01' }),
    item('Write the novel'),
    item('Return books', { status: 'done', completedAt: 5 }),
    item('Buy milk'),
    item('Water plants', { recurrence: { every: 'day', interval: 1 } }),
  ];
  const keys = itemKeys(items);

  it('keys repeated titles by their occurrence', () => {
    expect(keys).toEqual([
      '1:Buy milk',
      '1:Write the novel',
      '1:Return books',
      '2:Buy milk',
      '1:Water plants',
    ]);
  });

  it('keeps the order; marked items become goal steps, the rest chores; done ones left out', () => {
    const plan = planImport(items, {
      marked: new Set(['1:Write the novel', '2:Buy milk']),
      includeDone: false,
    });
    expect(plan.map(({ title, kind, status }) => [title, kind, status])).toEqual([
      ['Buy milk', 'chore', 'open'],
      ['Write the novel', 'goal', 'open'],
      ['Buy milk', 'goal', 'open'],
      ['Water plants', 'chore', 'open'],
    ]);
    expect(plan[0]?.dueDate).toBe('2027-02-01');
    expect(plan[3]?.recurrence).toEqual({ every: 'day', interval: 1 });
  });

  it('brings completed items in as done when asked, with their completion time', () => {
    const plan = planImport(items, { marked: new Set(), includeDone: true });
    expect(plan[2]).toMatchObject({ title: 'Return books', status: 'done', completedAt: 5 });
  });

  it('a marked item that repeated keeps the repeat in its notes: a goal step is done once', () => {
    const plan = planImport(items, { marked: new Set(['1:Water plants']), includeDone: false });
    const step = plan.find((task) => task.title === 'Water plants');
    expect(step?.kind).toBe('goal');
    expect(step?.recurrence).toBeUndefined();
    expect(step?.notes).toBe('It repeated every day; a goal step is done once, so no repeat here.');
  });
});
