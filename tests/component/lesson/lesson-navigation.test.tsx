import { act, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { renderLesson } from './lesson-harness';

const heading = () => screen.getByRole('heading', { level: 1 });

describe('stepping through the lesson', () => {
  it('opens /lesson on step 1, in place of the bare address', async () => {
    renderLesson('/lesson');
    expect(heading()).toHaveTextContent('What is wrong with this list?');
    await waitFor(() => expect(window.location.pathname).toBe('/lesson/1'));
    expect(screen.getByText('Step 1 of 8')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeDisabled();
  });

  it('sends a step that does not exist to step 1', async () => {
    renderLesson('/lesson/99');
    await waitFor(() => expect(window.location.pathname).toBe('/lesson/1'));
    expect(heading()).toHaveTextContent('What is wrong with this list?');
  });

  it('moves with Next and Back, each step at its own address', async () => {
    const { user } = renderLesson('/lesson/1');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(window.location.pathname).toBe('/lesson/2');
    expect(heading()).toHaveTextContent('The goals are buried');
    expect(screen.getByText('Step 2 of 8')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(window.location.pathname).toBe('/lesson/1');
  });

  it('steps with the arrow keys, Page Up/Down, Home and End', async () => {
    const { user } = renderLesson('/lesson/1');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText('Step 2 of 8')).toBeInTheDocument();
    await user.keyboard('{PageDown}');
    expect(screen.getByText('Step 3 of 8')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText('Step 2 of 8')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('Step 8 of 8')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.keyboard('{ArrowRight}');
    expect(window.location.pathname).toBe('/lesson/8');
    await user.keyboard('{PageUp}');
    expect(screen.getByText('Step 7 of 8')).toBeInTheDocument();
    await user.keyboard('{Home}');
    expect(window.location.pathname).toBe('/lesson/1');
  });

  it('leaves the keys to a text field that has focus, and Alt+arrow to the browser', async () => {
    const { user } = renderLesson('/lesson/5');
    const box = screen.getByRole('textbox', { name: 'Your list' });
    await user.click(box);
    await user.keyboard('Milk{ArrowLeft}{ArrowLeft}{Home}{End}{ArrowRight}');
    expect(window.location.pathname).toBe('/lesson/5');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(window.location.pathname).toBe('/lesson/5');
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(window.location.pathname).toBe('/lesson/6');
  });

  it('follows the browser’s Back button', async () => {
    const { user } = renderLesson('/lesson/1');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByText('Step 3 of 8')).toBeInTheDocument();
    await act(() => window.history.back());
    await waitFor(() => expect(screen.getByText('Step 2 of 8')).toBeInTheDocument());
  });
});

describe('full screen', () => {
  it('fills the window when the browser has no full screen, and Escape leaves', async () => {
    const { user, container } = renderLesson('/lesson/1');
    const toggle = screen.getByRole('button', { name: 'Full screen' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('.lesson')).toHaveClass('lesson-filling');
    expect(screen.getByText(/fills the window/)).toBeInTheDocument();
    // Stepping keeps the mode: the lesson is not torn down between steps.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(container.querySelector('.lesson')).not.toHaveClass('lesson-filling');
  });

  it('falls back the same way when the browser refuses full screen', async () => {
    Object.defineProperty(document, 'fullscreenEnabled', { value: true, configurable: true });
    const refused = Promise.reject(new TypeError('Permissions check failed'));
    refused.catch(() => undefined);
    HTMLElement.prototype.requestFullscreen = () => refused;
    try {
      const { user, container } = renderLesson('/lesson/1');
      await user.click(screen.getByRole('button', { name: 'Full screen' }));
      expect(container.querySelector('.lesson')).toHaveClass('lesson-filling');
      await user.click(screen.getByRole('button', { name: 'Full screen' }));
      expect(container.querySelector('.lesson')).not.toHaveClass('lesson-filling');
    } finally {
      Reflect.deleteProperty(HTMLElement.prototype, 'requestFullscreen');
      Reflect.deleteProperty(document, 'fullscreenEnabled');
    }
  });
});
