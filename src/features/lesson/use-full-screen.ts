// The presenter's full-screen toggle. It asks the browser for real full screen (the Fullscreen
// API) on the lesson's element; where that is missing or refused (an iPhone, an embedded view,
// a policy), the lesson fills the browser window instead, and Escape leaves that mode as it
// leaves real full screen.
import { useCallback, useEffect, useState, type RefObject } from 'react';

export function useFullScreen(target: RefObject<HTMLElement | null>) {
  const [native, setNative] = useState(false);
  const [filling, setFilling] = useState(false);

  useEffect(() => {
    const onChange = () => {
      setNative(
        document.fullscreenElement !== null && document.fullscreenElement === target.current,
      );
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [target]);

  useEffect(() => {
    if (!filling) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFilling(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [filling]);

  const toggle = useCallback(async () => {
    if (filling) {
      setFilling(false);
      return;
    }
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    const element = target.current;
    if (element && document.fullscreenEnabled && 'requestFullscreen' in element) {
      try {
        await element.requestFullscreen();
        return;
      } catch {
        // Refused (no user gesture, a policy, …): fill the window instead.
      }
    }
    setFilling(true);
  }, [filling, target]);

  return { on: native || filling, filling, toggle };
}
