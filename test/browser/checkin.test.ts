/**
 * A check-in in the playground: structure the bakery's KPIs, enter this period's number, save it, undo it; with
 * its monthly numbers structured too, sparklines and outlooks, and a correction of an earlier month that asks first.
 */
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

  it('shows a year of monthly numbers as sparklines and outlooks, and asks before correcting a month', async () => {
    await paneTab(pane, 'Structure').click();
    await structureSheet(page, pane, 'Monthly numbers');
    await paneTab(pane, 'Check-in').click();
    const card = pane.getByTestId('checkin-K-001');
    await card.getByText('Latest: 138 loaves (2026-11-30)').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(card.getByRole('img').getAttribute('aria-label')).resolves.toContain('the last 12 values');
    await expect(pane.getByTestId('checkin-outlook-K-001').textContent()).resolves.toContain(
      'Outlook: Projected to miss',
    );

    // November is corrected from 138 to 139: nothing is written until the dialog's question is answered.
    await pane.getByTestId('checkin-period-K-001').selectOption({ index: 1 });
    await pane.getByTestId('checkin-actual-K-001').fill('139');
    await pane.getByTestId('checkin-save').click();
    const dialog = page.getByTestId('checkin-replace-dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(dialog.textContent()).resolves.toContain('K-001, period ending 2026-11-30: 138 becomes 139');
    await page.keyboard.press('Escape');
    await pane
      .getByTestId('checkin-notice')
      .getByText(/Nothing was saved/)
      .waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(card.textContent()).resolves.toContain('Latest: 138 loaves');

    await pane.getByTestId('checkin-save').click();
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'checkin-replace-dialog');
    // Cancel has the focus; Tab reaches the replace button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const notice = pane.getByTestId('checkin-notice');
    await notice.getByText(/replaced 1 earlier value/).waitFor({ timeout: UI_TIMEOUT_MS });
    await card.getByText('Latest: 139 loaves (2026-11-30)').waitFor({ timeout: UI_TIMEOUT_MS });

    await pane.getByTestId('checkin-undo').click();
    await notice.getByText('Took back the 1 value of the last check-in.').waitFor({ timeout: UI_TIMEOUT_MS });
    await card.getByText('Latest: 138 loaves (2026-11-30)').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(problems.pageErrors).toEqual([]);
  });
});
