// The date parsers a reading uses, by language, and how a language tag is read. Kept apart from
// the loaders (./date-languages.ts): the readers' chunk must hold no dynamic import of its own
// (see ./read-list.ts), so it gets its parsers handed in.
import type { Chrono } from 'chrono-node';

export type DateParsers = ReadonlyMap<string, Chrono>;

/** Loads the parsers for the given languages (by `languageOf`), English always among them. */
export type LoadDateParsers = (languages: Iterable<string>) => Promise<DateParsers>;

/** 'pt_BR' → 'pt', 'zh-TW' → 'zh', '' → 'en' (Todoist's default). */
export function languageOf(tag: string): string {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return language === '' ? 'en' : language;
}
