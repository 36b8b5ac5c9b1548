// The quick-add parser (with chrono-node) is not needed to show Today, so it loads on first use,
// in its own chunk. If that chunk cannot load (offline before it was ever cached), quick add
// still works: the text becomes the title as typed.
import { listActiveGoals } from '../../db/goal-lookup';
import { localeDayFirst } from '../../domain/day-labels';
import type * as ParserModuleExports from '../../domain/quick-add-parser';
import type { QuickAddParse } from '../../domain/quick-add-parser';
import type { Day } from '../../domain/types';

type ParserModule = typeof ParserModuleExports;

let loading: Promise<ParserModule> | undefined;

function loadParser(): Promise<ParserModule> {
  loading ??= import('../../domain/quick-add-parser').catch((error: unknown) => {
    loading = undefined; // try again next time
    throw error;
  });
  return loading;
}

export interface ParseContext {
  today: Day;
  weekStartsOn: number;
  ignore: ReadonlySet<string>;
}

/** The parse of `text`; `null` when the parser could not be loaded. */
export async function parseQuickAddText(
  text: string,
  context: ParseContext,
): Promise<QuickAddParse | null> {
  let parser: ParserModule;
  try {
    parser = await loadParser();
  } catch {
    return null;
  }
  // Goals are read only when the text names one, so typing costs no reads otherwise.
  const goals = /(^|\s)\+\S/.test(text) ? await listActiveGoals().catch(() => []) : [];
  return parser.parseQuickAdd(text, { ...context, goals, dayFirst: localeDayFirst() });
}

/** Starts loading the parser early (when the box gets focus), so the first chips are quick. */
export function preloadQuickAddParser(): void {
  void loadParser().catch(() => undefined);
}
