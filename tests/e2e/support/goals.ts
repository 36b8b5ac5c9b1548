// Drives the Goals pages the way a user (or a screen reader) does: by role and name.
import { expect, type Page } from '@playwright/test';

export interface FlowAnswers {
  title: string;
  why?: string;
  /** A number goal: target and unit; absent: measured by steps. */
  count?: { target: string; unit: string };
  deadline?: string;
  steps: string[];
  plans?: { obstacle: string; strategy: string }[];
}

export function goals(page: Page) {
  const partHeading = page.getByRole('main').getByRole('heading', { level: 2 }).first();
  const next = page.getByRole('button', { name: 'Next' });
  return {
    partHeading,
    next,
    progress: (title: string) => page.getByRole('progressbar', { name: title }),
    async open() {
      await page.getByRole('navigation').getByRole('link', { name: 'Goals' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Goals' })).toBeVisible();
    },
    /** Walks the whole "New goal" flow from the Goals view and saves. */
    async create(answers: FlowAnswers) {
      await page.getByRole('button', { name: 'New goal' }).click();
      await page.getByRole('textbox', { name: 'Goal' }).fill(answers.title);
      await page.getByRole('textbox', { name: 'Why it matters' }).fill(answers.why ?? '');
      await next.click();
      if (answers.count) {
        await page.getByRole('radio', { name: 'Number' }).check();
        await page.getByRole('spinbutton', { name: 'Target' }).fill(answers.count.target);
        await page.getByRole('textbox', { name: 'Unit' }).fill(answers.count.unit);
      } else {
        await page.getByRole('radio', { name: 'Steps' }).check();
      }
      if (answers.deadline) await page.getByLabel('Deadline').fill(answers.deadline);
      await next.click();
      for (const [index, step] of answers.steps.entries()) {
        await page.getByRole('textbox', { name: `Step ${index + 1}` }).fill(step);
      }
      await next.click();
      for (const [index, plan] of (answers.plans ?? []).entries()) {
        if (index > 0) await page.getByRole('button', { name: 'Add another obstacle' }).click();
        await page.getByRole('textbox', { name: 'If' }).nth(index).fill(plan.obstacle);
        await page.getByRole('textbox', { name: 'Then I will' }).nth(index).fill(plan.strategy);
      }
      await next.click();
      await page.getByRole('button', { name: 'Save goal' }).click();
      await expect(page.getByRole('heading', { level: 1, name: answers.title })).toBeVisible();
    },
    /** "Log progress", type the amount, Enter. */
    async log(amount: string) {
      await page.getByRole('button', { name: 'Log progress' }).click();
      const box = page.getByRole('spinbutton', { name: 'Amount' });
      await box.fill(amount);
      await box.press('Enter');
      await expect(page.getByRole('button', { name: 'Log progress' })).toBeVisible();
    },
  };
}
