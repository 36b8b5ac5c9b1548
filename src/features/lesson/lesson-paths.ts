// Every step of the lesson has its own address, /lesson/1 … /lesson/N, so a coach can link
// straight to a step and the browser's Back button steps back.
export const LESSON_PATH = '/lesson';

export const stepPath = (step: number) => `${LESSON_PATH}/${step}`;

/** The step a path names, or null when it names none of 1..count. */
export function stepFromPath(path: string, count: number): number | null {
  const match = /^\/lesson\/(\d{1,3})$/.exec(path);
  const step = match ? Number(match[1]) : NaN;
  return step >= 1 && step <= count ? step : null;
}
