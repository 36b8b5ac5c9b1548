import { act, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../src/ui/toaster';
import { offerUpdate } from '../../src/ui/update-store';

describe('the update prompt', () => {
  it('offers "Reload to update" in the status region and applies the update only on request', async () => {
    const apply = vi.fn();
    render(<Toaster />);
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument();
    await act(() => offerUpdate(apply));
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Goals First is ready.');
    expect(apply).not.toHaveBeenCalled();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledOnce();
  });

  it('"Later" puts the offer away until a newer one comes', async () => {
    render(<Toaster />);
    await act(() => offerUpdate(vi.fn()));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument();
    await act(() => offerUpdate(vi.fn()));
    expect(screen.getByRole('button', { name: 'Reload to update' })).toBeInTheDocument();
  });
});
