import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// A test's animation frames end with the test. A closed form hands focus back over the next
// frames (src/ui/focus.ts); left running, that loop would find the same control in the next
// test's fresh render, where focus starts on <body> as if lost. (Within one test the app never
// takes focus from a field the person clicked since: tests/component/late-focus.test.tsx.)
const frames = new Set<number>();
const request = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) => {
  const frame = request((time) => {
    frames.delete(frame);
    callback(time);
  });
  frames.add(frame);
  return frame;
};

afterEach(() => {
  for (const frame of frames) window.cancelAnimationFrame(frame);
  frames.clear();
  cleanup();
});
