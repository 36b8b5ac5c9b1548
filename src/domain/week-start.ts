// The first day of the week when the user has not chosen one: the locale's own (Monday in most
// of Europe, Sunday in the US). Intl.Locale#getWeekInfo is not in every engine nor in
// TypeScript's lib yet, so it is read defensively, with Monday (ISO 8601) as the fallback.
interface WeekInfoLocale {
  getWeekInfo?: () => { firstDay: number };
  weekInfo?: { firstDay: number };
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export function localeWeekStart(locale: string): number {
  try {
    const info = new Intl.Locale(locale) as unknown as WeekInfoLocale;
    const firstDay = info.getWeekInfo?.().firstDay ?? info.weekInfo?.firstDay;
    // Intl counts 1 = Monday … 7 = Sunday.
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return firstDay % 7;
  } catch {
    // An invalid locale tag falls through to the default.
  }
  return 1;
}

/** Weekday names in the user's language, Sunday first (2023-01-01 was a Sunday). */
export function weekdayNames(locale?: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2023, 0, 1 + day)));
}
