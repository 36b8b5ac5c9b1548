// One tab per device does a job (write the coach's projection, follow the clients): the tab that
// holds a Web Lock of the job's name. When it closes or stops, the browser hands the lock to the
// next tab waiting, which starts the job itself. Without Web Locks (an old browser) every tab
// does it, which costs a connection per tab but loses nothing.

/** Runs `start` while this tab holds the lock `name`; `start` returns the job's stop. */
export function leadInOneTab(
  name: string,
  start: () => (() => void) | Promise<() => void>,
): { stop(): Promise<void> } {
  let release: (() => void) | undefined;
  let stopped = false;
  const held = new AbortController();
  const lead = async () => {
    if (stopped) return;
    const stopJob = await start();
    await new Promise<void>((resolve) => (release = resolve));
    stopJob();
  };
  const running = (async () => {
    try {
      if (typeof navigator !== 'undefined' && 'locks' in navigator) {
        await navigator.locks.request(name, { signal: held.signal }, lead);
      } else {
        await lead();
      }
    } catch (error) {
      if ((error as { name?: string }).name !== 'AbortError') throw error;
    }
  })();
  return {
    async stop() {
      stopped = true;
      held.abort();
      release?.();
      await running.catch(() => undefined);
    },
  };
}
