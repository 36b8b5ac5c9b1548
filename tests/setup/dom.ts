import '@testing-library/jest-dom/vitest';
import { cleanup, queryAllByRole } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';

// jsdom computes its first style in a file slowly: about a quarter of a second on an idle
// machine (its CSS machinery starts up), and several seconds on a loaded one or a fresh clone.
// Every query by role asks for computed styles (is the element hidden?), so that cost fell on
// whichever test first waited for a control, inside Testing Library's one-second wait
// (findByRole): the first test of a file failed under load (issue 21, e.g. Settings' "saves
// valid thresholds"). It is paid here, before any test's clock runs.
document.body.innerHTML = '<main><label>Warm <input type="number"></label></main>';
queryAllByRole(document.body, 'spinbutton', { name: 'Warm' });
document.body.innerHTML = '';

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

// Preact runs a render's effects up to 35 ms after it (a frame, or a timer if no frame comes).
// Those of a file's last test must run while its window still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 50)));
