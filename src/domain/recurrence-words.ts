// A repeat in words, for rows, chips and messages: "every day", "every 2 weeks on Friday",
// "every month", "every year" (12 months). The reverse of ./recurrence-grammar.ts, kept apart
// so that showing a repeat does not load the grammar.
import { weekdayName } from './day-labels';
import type { Recurrence } from './types';

function plural(interval: number, unit: string): string {
  return interval === 1 ? `every ${unit}` : `every ${interval} ${unit}s`;
}

/** The rule in words: "every 2 weeks on Friday", "every month", "every year". */
export function describeRecurrence(
  rule: Recurrence,
  options: { locale?: string | undefined; withMonthDay?: boolean } = {},
): string {
  switch (rule.every) {
    case 'day':
      return plural(rule.interval, 'day');
    case 'week': {
      if (rule.weekday === undefined) return plural(rule.interval, 'week');
      const name = weekdayName(rule.weekday, options.locale);
      return rule.interval === 1 ? `every ${name}` : `${plural(rule.interval, 'week')} on ${name}`;
    }
    case 'month': {
      const words =
        rule.interval % 12 === 0
          ? plural(rule.interval / 12, 'year')
          : plural(rule.interval, 'month');
      return options.withMonthDay && rule.monthDay !== undefined
        ? `${words} on day ${rule.monthDay}`
        : words;
    }
  }
}
