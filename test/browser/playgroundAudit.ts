/**
 * The audit of the structured bakery sample in the playground, for `npm run bench` (DESIGN §7:
 * under 50 ms): Strategy, Goals and KPIs structured as a user does it, then the check run several
 * times; each run's time is the pane's own User Timing entry (reading the tables, the check and
 * the picture, without React's rendering).
 */
import { ensureBuilt, launchChromium, openPage, serveDist } from './harness';
import { paneTab, structureSheet, UI_TIMEOUT_MS, waitForPlayground } from './pages';

export async function measurePlaygroundAudit(runs = 7): Promise<{ medianMs: number; runs: number[] }> {
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`runs must be a whole number from 1, got ${runs}`);
  ensureBuilt();
  const server = await serveDist();
  const browser = await launchChromium();
  try {
    const { page } = await openPage(browser, `${server.url}/index.html`);
    await waitForPlayground(page);
    const pane = page.getByTestId('task-pane');
    await pane.getByRole('button', { name: 'Open Structure' }).click();
    for (const sheet of ['Strategy', 'Goals', 'KPIs']) await structureSheet(page, pane, sheet);
    await paneTab(pane, 'Alignment').focus();
    await paneTab(pane, 'Alignment').press('Enter');
    for (let i = 0; i < runs; i++) {
      const before = await page.evaluate(() => performance.getEntriesByName('rudder:audit', 'measure').length);
      const button = pane.getByRole('button', { name: /^Run check/ });
      await button.focus();
      await button.press('Enter');
      await page.waitForFunction((n) => performance.getEntriesByName('rudder:audit', 'measure').length > n, before, {
        timeout: UI_TIMEOUT_MS,
      });
    }
    const times = await page.evaluate(() =>
      performance.getEntriesByName('rudder:audit', 'measure').map((m) => Math.round(m.duration * 10) / 10),
    );
    const sorted = [...times].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)], runs: times };
  } finally {
    await browser.close();
    await server.close();
  }
}
