import { describe, expect, it } from 'vitest';
import { parseReviewPath, weekPath } from '../../src/features/review/review-paths';

describe('review addresses', () => {
  it('read the current week, another week, and the days since the last session', () => {
    expect(parseReviewPath('/review')).toEqual({ kind: 'week' });
    expect(parseReviewPath('/review/')).toEqual({ kind: 'week' });
    expect(parseReviewPath('/review/week/2026-11-02')).toEqual({
      kind: 'week',
      start: '2026-11-02',
    });
    expect(parseReviewPath('/review/since-last-session')).toEqual({ kind: 'session' });
  });

  it('refuse an impossible day or an unknown address', () => {
    expect(parseReviewPath('/review/week/2026-02-30')).toBeNull();
    expect(parseReviewPath('/review/week/soon')).toBeNull();
    expect(parseReviewPath('/review/other')).toBeNull();
  });

  it('write the current week as plain /review', () => {
    expect(weekPath('2026-11-09', '2026-11-09')).toBe('/review');
    expect(weekPath('2026-11-02', '2026-11-09')).toBe('/review/week/2026-11-02');
  });
});
