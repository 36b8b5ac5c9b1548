// The app never takes focus from where the person put it (issue 21). Moves of focus that come
// late (a refusal's field, the box after an add, a row's control after a re-render) happen only
// from where the action left focus. Each test lets the late move have its chance (two animation
// frames, or the write's end) after the person has moved on, and checks their keys land where
// they clicked.
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { NewGoalFlow } from '../../src/features/goals/new-goal-flow';
import { QuickAdd } from '../../src/features/today/quick-add';
import { focusWhenPresent } from '../../src/ui/focus';
import { loadQuickAddParser } from '../setup/lazy-code';

beforeAll(loadQuickAddParser);

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const tick = (left: number) =>
      left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1));
    tick(n);
  });

beforeEach(() => {
  sessionStorage.clear();
  window.history.replaceState(null, '', '/goals/new');
});

describe('late focus', () => {
  it('a refusal in the New goal flow focuses its field at once, and never after a click elsewhere', async () => {
    render(<NewGoalFlow today="2026-11-26" />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Goal' }), 'Write a novel');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('at least one first step');
    // Focused in the same commit as the alert, not a frame later.
    expect(screen.getByRole('textbox', { name: 'Step 1' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('textbox', { name: 'Step 2' }));
    await frames();
    await user.keyboard('Outline');
    expect(screen.getByRole('textbox', { name: 'Step 2' })).toHaveValue('Outline');
    expect(screen.getByRole('textbox', { name: 'Step 1' })).toHaveValue('');
  });

  it('quick add gives focus back to the box after an add only if the person stayed', async () => {
    render(<QuickAdd today="2027-01-13" />);
    const user = userEvent.setup();
    const box = screen.getByRole('textbox', { name: 'New task' });
    await user.type(box, 'Call the plumber{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Goal step' }));
    await waitFor(async () => expect(await db.tasks.count()).toBe(1));
    await frames();
    expect(screen.getByRole('radio', { name: 'Goal step' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Add' })); // refused: empty
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.type(box, 'Buy stamps');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await db.tasks.count()).toBe(2));
    await waitFor(() => expect(box).toHaveFocus());
  });

  it('focusWhenPresent waits for its control, gives focus back when lost, and never takes it from a field clicked since', async () => {
    const user = userEvent.setup();
    const { rerender } = render(
      <div>
        <button type="button">Delete</button>
        <input aria-label="Other" />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    focusWhenPresent('#target');
    // The pressed control goes; the target comes a frame later: focus lands on it.
    rerender(
      <div>
        <input aria-label="Other" />
      </div>,
    );
    await frames(1);
    rerender(
      <div>
        <input aria-label="Other" />
        <button type="button" id="target">
          Next row
        </button>
      </div>,
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next row' })).toHaveFocus());

    // The same, but the person clicks the other field before the target comes.
    focusWhenPresent('#later');
    await user.click(screen.getByRole('textbox', { name: 'Other' }));
    rerender(
      <div>
        <input aria-label="Other" />
        <button type="button" id="later">
          Later
        </button>
      </div>,
    );
    await frames(3);
    await user.keyboard('typed');
    expect(screen.getByRole('textbox', { name: 'Other' })).toHaveValue('typed');
    expect(screen.getByRole('textbox', { name: 'Other' })).toHaveFocus();
  });
});
