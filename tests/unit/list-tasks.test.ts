import { describe, expect, it } from 'vitest';
import { tasksFromList } from '../../src/domain/list-tasks';
import { sortByOrder } from '../../src/domain/order-key';
import { diagnose } from '../../src/domain/diagnose';

describe('tasksFromList', () => {
  const lines = [
    { id: 'a', title: 'Laundry', kind: 'chore' as const },
    { id: 'b', title: 'Run', kind: 'goal' as const, goalId: 'g1' },
    { id: 'c', title: 'Pay rent', kind: 'chore' as const, dueDate: '2026-11-26' },
  ];

  it('makes open tasks whose order keys follow the list', () => {
    const tasks = tasksFromList(lines, 1000);
    expect(tasks[1]).toEqual({
      id: 'b',
      title: 'Run',
      kind: 'goal',
      goalId: 'g1',
      status: 'open',
      order: tasks[1]!.order,
      snoozes: 0,
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(tasks[2]).toMatchObject({ dueDate: '2026-11-26' });
    expect(tasks[0]).not.toHaveProperty('goalId');
    expect(sortByOrder([...tasks].reverse()).map((task) => task.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps 200 lines in order', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      id: String(i),
      title: `T${i}`,
      kind: 'chore' as const,
    }));
    const ids = sortByOrder(tasksFromList(many, 0).reverse()).map((task) => task.id);
    expect(ids).toEqual(many.map((line) => line.id));
  });

  it('feeds diagnose the list as written', () => {
    expect(diagnose(tasksFromList(lines, 0)).goalPositions).toEqual([2]);
  });
});
