// The local day, rolling over at midnight. A timer aims at the next midnight; because timers
// stall while a laptop sleeps or a tab is hidden, the day is also re-read when the tab is shown.
import { useEffect, useState } from 'react';
import { msUntilNextDay, toDay } from '../domain/day';
import type { Day } from '../domain/types';

export function useToday(): Day {
  const [today, setToday] = useState(() => toDay(Date.now()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const refresh = () => {
      setToday(toDay(Date.now()));
      clearTimeout(timer);
      timer = setTimeout(refresh, msUntilNextDay(Date.now()) + 500);
    };
    refresh();
    document.addEventListener('visibilitychange', refresh);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return today;
}
