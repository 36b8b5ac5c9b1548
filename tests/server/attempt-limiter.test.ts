import { describe, expect, it } from 'vitest';
import { createAttemptLimiter, limiterKey } from '../../server/auth/attempt-limiter.ts';

describe('the failed-attempt limiter', () => {
  it('refuses an address after the allowed failures until its window ends', () => {
    let now = 0;
    const limiter = createAttemptLimiter({ maxFailures: 3, windowMs: 1000, now: () => now });
    for (let i = 0; i < 2; i++) limiter.fail('192.0.2.1');
    expect(limiter.retryAfter('192.0.2.1')).toBe(0);
    now = 400;
    limiter.fail('192.0.2.1');
    expect(limiter.retryAfter('192.0.2.1')).toBe(600);
    expect(limiter.retryAfter('192.0.2.2')).toBe(0);
    now = 1000;
    expect(limiter.retryAfter('192.0.2.1')).toBe(0);
    limiter.fail('192.0.2.1');
    expect(limiter.retryAfter('192.0.2.1')).toBe(0);
  });

  it('counts an IPv6 /64 as one address, however it is written', () => {
    expect(limiterKey('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64');
    expect(limiterKey('2001:0db8:00aa:00bb::9')).toBe('2001:db8:aa:bb::/64');
    expect(limiterKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(limiterKey('::1')).toBe('0:0:0:0::/64');
    expect(limiterKey('203.0.113.5')).toBe('203.0.113.5');
    const limiter = createAttemptLimiter({ maxFailures: 2, windowMs: 1000 });
    limiter.fail('2001:db8:aa:bb::1');
    limiter.fail('2001:db8:aa:bb:ffff::2');
    expect(limiter.retryAfter('2001:db8:aa:bb::3')).toBeGreaterThan(0);
    expect(limiter.retryAfter('2001:db8:aa:bc::1')).toBe(0);
  });

  it('tracks a bounded number of addresses, forgetting the oldest', () => {
    const limiter = createAttemptLimiter({ maxFailures: 1, windowMs: 60_000, maxAddresses: 2 });
    limiter.fail('192.0.2.1');
    limiter.fail('192.0.2.2');
    limiter.fail('192.0.2.3');
    expect(limiter.retryAfter('192.0.2.1')).toBe(0);
    expect(limiter.retryAfter('192.0.2.3')).toBeGreaterThan(0);
  });
});
