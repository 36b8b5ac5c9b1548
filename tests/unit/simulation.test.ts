import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../bench/simulation';

describe('the eight-week simulation', () => {
  it('keeps every promise Goals First makes against the other orderings', () => {
    const { checks, results } = runSimulation();
    expect(checks.filter(([, ok]) => !ok)).toEqual([]);
    expect(results.map((r) => r.name)).toEqual(['Newest first', 'Due date first', 'Goals First']);
  });

  it('is deterministic for a seed', () => {
    expect(runSimulation(7).results).toEqual(runSimulation(7).results);
  });
});
