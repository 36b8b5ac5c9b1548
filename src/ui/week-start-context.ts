// The first day of the week for everything that shows or reads dates: the user's setting over
// the browser's locale. The app provides it once (it reads the settings); views only read it.
import { createContext, useContext } from 'react';
import { localeWeekStart } from '../domain/week-start';

export const WeekStartContext = createContext<number>(localeWeekStart(undefined));

export const useWeekStart = () => useContext(WeekStartContext);
