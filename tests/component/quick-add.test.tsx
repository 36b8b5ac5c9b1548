import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { QuickAdd } from '../../src/features/today/quick-add';
import { loadQuickAddParser } from '../setup/lazy-code';

beforeAll(loadQuickAddParser);

const setup = () => {
  render(<QuickAdd today="2027-01-13" />);
  return { user: userEvent.setup(), box: screen.getByRole('textbox', { name: 'New task' }) };
};

describe('QuickAdd', () => {
  it('adds a chore by default on Enter, then clears the box and keeps focus', async () => {
    const { user, box } = setup();
    expect(screen.getByRole('radio', { name: 'Chore' })).toBeChecked();
    await user.type(box, 'Call the plumber{Enter}');
    await waitFor(() => expect(box).toHaveValue(''));
    expect(box).toHaveFocus();
    await waitFor(async () =>
      expect(await db.tasks.toArray()).toMatchObject([
        { title: 'Call the plumber', kind: 'chore' },
      ]),
    );
  });

  it('adds a goal step with the Add button when "Goal step" is chosen', async () => {
    const { user, box } = setup();
    await user.click(screen.getByRole('radio', { name: 'Goal step' }));
    await user.type(box, 'Run 3 km');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(async () =>
      expect(await db.tasks.toArray()).toMatchObject([{ title: 'Run 3 km', kind: 'goal' }]),
    );
  });

  it('refuses an empty title with an alert and writes nothing', async () => {
    const { user, box } = setup();
    await user.type(box, '   {Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('needs a title');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(await db.tasks.count()).toBe(0);
  });

  it('refuses an overlong title, keeps the text, and clears the alert once the user edits', async () => {
    const { user, box } = setup();
    const long = 'b'.repeat(501);
    await user.click(box);
    await user.paste(long);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('501 characters');
    expect(box).toHaveValue(long);
    expect(await db.tasks.count()).toBe(0);
    await user.keyboard('{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
