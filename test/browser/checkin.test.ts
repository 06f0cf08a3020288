/** A check-in in the playground: structure the bakery's KPIs, enter this period's number, save it, undo it. */
import type { Locator, Page } from 'playwright-core';
import { openPlaygroundForFile, screenshot, type PageProblems } from './harness';
import { paneTab, sheetTab, structureSheet, UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(180_000);

const session = openPlaygroundForFile(waitForPlayground, { viewport: { width: 1600, height: 900 } });
let page: Page;
let pane: Locator;
let problems: PageProblems;

// Registered after the session's own beforeAll, so it runs once the playground is open.
beforeAll(() => {
  ({ page, pane, problems } = session);
});

describe('Check-in in the playground', () => {
  it('saves a new value for a KPI to the history, shows it as the latest, and takes it back', async () => {
    await paneTab(pane, 'Structure').click();
    await structureSheet(page, pane, 'KPIs');
    await paneTab(pane, 'Check-in').click();
    const card = pane.getByTestId('checkin-K-001');
    await card.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(card.textContent()).resolves.toContain('Weekday sourdough loaves sold per week');

    await pane.getByTestId('checkin-actual-K-001').fill('142');
    await pane.getByTestId('checkin-note-K-001').fill('Christmas orders started');
    await pane.getByTestId('checkin-save').click();
    const notice = pane.getByTestId('checkin-notice');
    await notice.getByText('Saved 1 value to RudderHistory.').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(card.textContent()).resolves.toContain('Latest: 142 loaves');
    await expect(sheetTab(page, 'History (Rudder)').isVisible()).resolves.toBe(true);
    await screenshot(page, 'checkin-saved');

    await pane.getByTestId('checkin-undo').click();
    await notice.getByText('Took back the 1 value of the last check-in.').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(card.textContent()).resolves.toContain('No value recorded yet');
    expect(problems.pageErrors).toEqual([]);
  });
});
