// `npm run test:tz` runs the unit project under other zones through the TZ variable. This proves
// that the variable really took effect (a run that silently stayed in UTC would prove nothing).
import { describe, expect, it } from 'vitest';

// Minutes behind UTC (Date#getTimezoneOffset) in January and July.
const OFFSETS: Record<string, [number, number]> = {
  'America/New_York': [300, 240],
  'Pacific/Auckland': [-780, -720],
  UTC: [0, 0],
};

const zone = process.env.TZ ?? '';

describe('time zone of this run', () => {
  it.runIf(zone in OFFSETS)(`is ${zone}`, () => {
    const offsets = [
      new Date(2027, 0, 15).getTimezoneOffset(),
      new Date(2027, 6, 15).getTimezoneOffset(),
    ];
    expect(offsets).toEqual(OFFSETS[zone]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  });
});
