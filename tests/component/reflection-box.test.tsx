import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { REFLECTION_MAX_LENGTH, reflectionId } from '../../src/domain/reflection';
import { ReflectionBox } from '../../src/features/review/reflection-box';

const WEEK = '2026-11-09';
const stored = async () => (await db.reflections.get(reflectionId(WEEK)))?.text;

describe('Reflection', () => {
  it('is saved as typed', async () => {
    const user = userEvent.setup();
    render(<ReflectionBox weekStart={WEEK} weekText="9 – 15 Nov" />);
    const box = await screen.findByRole('textbox', { name: 'Reflection' });
    await user.type(box, 'Mornings');
    await waitFor(async () => expect(await stored()).toBe('Mornings'));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
  });

  it('shows what was stored for the week', async () => {
    await db.reflections.add({
      id: reflectionId(WEEK),
      weekStart: WEEK,
      text: 'Written before',
      createdAt: 1,
      updatedAt: 1,
    });
    render(<ReflectionBox weekStart={WEEK} weekText="9 – 15 Nov" />);
    expect(await screen.findByRole('textbox', { name: 'Reflection' })).toHaveValue(
      'Written before',
    );
  });

  it('refuses text over the limit in an alert, keeps it in the box, and saves it once it fits', async () => {
    const user = userEvent.setup();
    render(<ReflectionBox weekStart={WEEK} weekText="9 – 15 Nov" />);
    const box = await screen.findByRole('textbox', { name: 'Reflection' });
    await user.click(box);
    await user.paste('x'.repeat(REFLECTION_MAX_LENGTH));
    await waitFor(async () => expect(await stored()).toHaveLength(REFLECTION_MAX_LENGTH));
    await user.type(box, 'yz');
    expect(await screen.findByRole('alert')).toHaveTextContent('5,002 characters long');
    expect(box).toHaveValue(`${'x'.repeat(REFLECTION_MAX_LENGTH)}yz`);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(await stored()).toHaveLength(REFLECTION_MAX_LENGTH);

    await user.type(box, '{Backspace}{Backspace}{Backspace}');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await waitFor(async () => expect(await stored()).toHaveLength(REFLECTION_MAX_LENGTH - 1));
  });
});
