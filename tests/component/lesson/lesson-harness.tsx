// Renders the lesson the way the app does: the path comes from the address bar, so Next, Back
// and the keys really navigate.
import { render } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { LessonView } from '../../../src/features/lesson/lesson-view';
import {
  clearSandbox,
  SANDBOX_KEY,
  updateSandbox,
} from '../../../src/features/lesson/sandbox-store';
import { usePathname } from '../../../src/ui/router';

export const TODAY = '2026-11-26';

function Harness() {
  const path = usePathname();
  return <LessonView path={path} today={TODAY} />;
}

export function renderLesson(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  return { user, ...render(<Harness />) };
}

/** Puts a typed list (and its goal marks) into the sandbox, as the "Your list" step would. */
export function typedList(lines: readonly string[], goals: readonly string[] = []) {
  updateSandbox(() => ({
    text: lines.join('\n'),
    marked: goals.map((goal) => `1:${goal}`),
    sources: [],
  }));
}

export const storedSandbox = (): unknown =>
  JSON.parse(sessionStorage.getItem(SANDBOX_KEY) ?? 'null');

export function preferReducedMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    (query: string) =>
      ({
        matches: reduce && query.includes('reduce'),
        media: query,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      }) as unknown as MediaQueryList,
  );
}

afterEach(() => {
  clearSandbox();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});
