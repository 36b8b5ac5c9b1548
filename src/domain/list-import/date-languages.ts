// Date parsers for the languages a Todoist export can be written in (its DATE_LANG column),
// handed to the readers by the caller (./date-parsers.ts says why).
// Each language's parser is a separate chunk loaded only when a file needs it: an English list
// costs one parser (shared with quick add), a German one two. Todoist languages that chrono
// cannot read (Danish, Korean, Polish, Turkish) get none: their dates are kept in the notes.
import type { Chrono } from 'chrono-node';
import type { DateParsers } from './date-parsers';

const LOADERS: Record<string, () => Promise<Chrono>> = {
  en: () => import('chrono-node/en').then((m) => m.casual),
  de: () => import('chrono-node/de').then((m) => m.casual),
  es: () => import('chrono-node/es').then((m) => m.casual),
  fi: () => import('chrono-node/fi').then((m) => m.casual),
  fr: () => import('chrono-node/fr').then((m) => m.casual),
  it: () => import('chrono-node/it').then((m) => m.casual),
  ja: () => import('chrono-node/ja').then((m) => m.casual),
  nl: () => import('chrono-node/nl').then((m) => m.casual),
  pt: () => import('chrono-node/pt').then((m) => m.casual),
  ru: () => import('chrono-node/ru').then((m) => m.casual),
  sv: () => import('chrono-node/sv').then((m) => m.casual),
  zh: () => import('chrono-node/zh').then((m) => m.casual),
};

export const canReadLanguage = (language: string) => language in LOADERS;

/** The parsers for the given languages (by `languageOf`), English always among them. */
export async function loadDateParsers(languages: Iterable<string>): Promise<DateParsers> {
  const wanted = new Set(['en', ...[...languages].filter(canReadLanguage)]);
  const entries = await Promise.all(
    Object.entries(LOADERS)
      .filter(([language]) => wanted.has(language))
      .map(async ([language, load]) => [language, await load()] as const),
  );
  return new Map(entries);
}
