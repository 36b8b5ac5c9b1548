// The first day of the week (0 = Sunday … 6 = Saturday). The user's setting wins; otherwise the
// browser's locale decides (Sunday in the US, Monday in most of Europe, Saturday in Egypt), read
// from Intl so no locale data ships with the app.
import type { Settings } from './types';

interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

// Engines without Intl week info (older Firefox) fall back to this short list, else Monday (ISO).
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'HK', 'IL', 'PH', 'IN']);

export function localeWeekStart(locale: string | undefined): number {
  try {
    const intl = new Intl.Locale(locale ?? new Intl.DateTimeFormat().resolvedOptions().locale);
    const info = intl as unknown as WeekInfoLocale;
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    // Intl counts 1 = Monday … 7 = Sunday; date-fns and our settings count 0 = Sunday.
    if (firstDay !== undefined) return firstDay % 7;
    return SUNDAY_REGIONS.has(intl.maximize().region ?? '') ? 0 : 1;
  } catch {
    return 1;
  }
}

export function resolveWeekStart(
  setting: Settings['weekStartsOn'],
  locale: string | undefined,
): number {
  return setting ?? localeWeekStart(locale);
}

/** Weekday names in the user's language, Sunday first (2023-01-01 was a Sunday). */
export function weekdayNames(locale?: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2023, 0, 1 + day)));
}
