// Finds Today's parts the way a user (or a screen reader) does: by role and name.
import type { Page } from '@playwright/test';

export function today(page: Page) {
  const newTask = page.getByRole('textbox', { name: 'New task' });
  return {
    newTask,
    goals: page.getByRole('region', { name: 'Goals' }),
    chores: page.getByRole('region', { name: 'Chores' }),
    doneToday: page.getByRole('region', { name: 'Done today' }),
    /** Types a title, picks its kind and presses Enter, as a user would. */
    async add(title: string, kind: 'Chore' | 'Goal step' = 'Chore') {
      await page.getByRole('radio', { name: kind }).check();
      await newTask.fill(title);
      await newTask.press('Enter');
    },
  };
}
