import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WeekStartProvider } from '../../src/app/week-start-provider';
import { saveSettings } from '../../src/db/settings-repository';
import { localeWeekStart } from '../../src/domain/week-start';
import { useWeekStart } from '../../src/ui/week-start-context';

function ShowWeekStart() {
  return <p>Week starts on day {useWeekStart()}</p>;
}

const renderProvider = () =>
  render(
    <WeekStartProvider>
      <ShowWeekStart />
    </WeekStartProvider>,
  );

describe('WeekStartProvider', () => {
  it('uses the locale’s week start while no setting is stored', () => {
    renderProvider();
    expect(screen.getByText(/Week starts on day/)).toHaveTextContent(
      `Week starts on day ${localeWeekStart(undefined)}`,
    );
  });

  it('lets the week-start setting override the locale, and follows a change of it', async () => {
    await saveSettings({ weekStartsOn: 6 });
    renderProvider();
    expect(await screen.findByText('Week starts on day 6')).toBeInTheDocument();
    await saveSettings({ weekStartsOn: 3 });
    expect(await screen.findByText('Week starts on day 3')).toBeInTheDocument();
  });
});
