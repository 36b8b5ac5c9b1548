// Settings → Sync before anything reaches a server: what sync off offers, a pasted text that is
// no device link refused in an alert (typed text kept, nothing stored), a device link opened
// here waiting for "Join", and Replace warning that it changes every linked device.
import { readFileSync } from 'node:fs';
import { act, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { SettingsView } from '../../src/features/settings/settings-view';
import { offerDeviceLink, getDeviceLink } from '../../src/ui/device-link-store';
import { loadBackupReader } from '../setup/lazy-code';

// The backup reader loads lazily; paid here, not inside a test's one-second wait (issue 21).
beforeAll(loadBackupReader);

const TOKEN = `${'s'.repeat(22)}.${'c'.repeat(16)}.${'x'.repeat(43)}`;

const sync = () => screen.findByRole('region', { name: 'Sync' });

describe('Settings → Sync', () => {
  it('offers to turn sync on or join, and refuses a text that is no device link', async () => {
    const user = userEvent.setup();
    render(<SettingsView today="2026-11-26" />);
    const section = within(await sync());
    expect(await section.findByRole('status')).toHaveTextContent('Sync is off');
    expect(section.getByRole('button', { name: 'Turn on sync' })).toBeVisible();
    const box = section.getByRole('textbox', { name: 'Paste a device link' });
    await user.type(box, 'see you at 5');
    await user.click(section.getByRole('button', { name: 'Join' }));
    expect(await section.findByRole('alert')).toHaveTextContent('That is not a device link');
    expect(box).toHaveValue('see you at 5');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(await db.settings.get('syncDevice')).toBeUndefined();
  });

  it('shows what joining does and waits for Join; Cancel drops the link', async () => {
    const user = userEvent.setup();
    render(<SettingsView today="2026-11-26" />);
    await act(() => offerDeviceLink({ ok: true, token: TOKEN }));
    const section = within(await sync());
    const heading = await section.findByRole('heading', { name: 'Join your other devices' });
    expect(heading).toHaveFocus();
    expect(section.getByText(/nothing is lost on either side/)).toBeVisible();
    // One "Join" only: the paste box steps aside while a link waits.
    expect(section.getAllByRole('button', { name: 'Join' })).toHaveLength(1);
    await user.click(section.getByRole('button', { name: 'Cancel' }));
    expect(getDeviceLink()).toBeNull();
    expect(section.queryByRole('heading', { name: 'Join your other devices' })).toBeNull();
  });

  it('says so when the opened link is damaged, and changes nothing', async () => {
    render(<SettingsView today="2026-11-26" />);
    await act(() => offerDeviceLink({ ok: false, problem: 'damaged' }));
    const section = within(await sync());
    expect(await section.findByRole('alert')).toHaveTextContent('damaged');
    expect(section.getByRole('alert')).toHaveTextContent('Nothing was changed on this device.');
    await userEvent.setup().click(section.getByRole('button', { name: 'Dismiss' }));
    expect(getDeviceLink()).toBeNull();
  });

  it('warns that Replace changes every linked device while sync is on', async () => {
    await db.settings.put({ key: 'syncEnabled', value: true });
    const user = userEvent.setup();
    render(<SettingsView today="2026-11-26" />);
    const file = new File([readFileSync('tests/fixtures/backups/valid.json')], 'valid.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import backup'), file);
    await screen.findByRole('region', { name: 'Import preview' });
    expect(screen.queryByText(/changes every linked device/)).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Replace/ }));
    expect(await screen.findByText(/Replace changes every linked device too/)).toBeVisible();
  });
});
