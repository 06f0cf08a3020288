/** taskpane.html in real Chromium without Office.js: it starts, says so, and its flows are reachable by mouse and keyboard. */
import type { Browser, Page } from 'playwright-core';
import {
  BUILD_TIMEOUT_MS,
  ensureBuilt,
  launchChromium,
  openPage,
  screenshot,
  serveDist,
  type PageProblems,
  type StaticServer,
} from './harness';
import { luminance, paneTab, UI_TIMEOUT_MS } from './pages';

jest.setTimeout(120_000);

const OFFICE_JS = /appsforoffice\.microsoft\.com/;

let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

/** Opens the pane with the Office.js CDN unreachable, as offline or outside Excel. */
async function openPaneOffline(
  options: Parameters<typeof openPage>[2] = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const opened = await openPage(
    browser,
    `${server.url}/taskpane.html`,
    { viewport: { width: 360, height: 720 }, ...options },
    async (context) => {
      await context.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    },
  );
  await opened.page.getByRole('tablist', { name: 'Rudder: choose what to do' }).waitFor({ timeout: UI_TIMEOUT_MS });
  return opened;
}

beforeAll(async () => {
  ensureBuilt();
  server = await serveDist();
  browser = await launchChromium();
  ({ page, problems } = await openPaneOffline());
}, BUILD_TIMEOUT_MS + 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the task pane without Office.js', () => {
  it('starts and says plainly that it is not connected to Excel', async () => {
    const status = page.getByTestId('host-status');
    await expect(status.textContent()).resolves.toContain('Not connected to Excel: Office.js did not load');
    await expect(status.textContent()).resolves.toContain('Crumb & Co. Bakery sample');
    await screenshot(page, 'taskpane-offline-home');
    expect(problems.pageErrors).toEqual([]);
    // The only failure allowed is the Office.js request this test blocked.
    expect(problems.failedRequests.filter((r) => !OFFICE_JS.test(r))).toEqual([]);
    expect(problems.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });

  it('shows on Home what it found in the workbook and what each flow does', async () => {
    await expect(page.getByTestId('home-sheets').textContent()).resolves.toBe(
      '5 sheets: Strategy, Goals, KPIs, SWOT, Monthly numbers',
    );
    await expect(page.getByText('No Rudder tables yet').isVisible()).resolves.toBe(true);
    for (const label of ['Structure', 'SWOT', 'Alignment', 'Share']) {
      await expect(page.getByRole('button', { name: `Open ${label}` }).isVisible()).resolves.toBe(true);
    }
  });

  it('opens a flow from its Home button and comes back with the Home tab', async () => {
    await page.getByRole('button', { name: 'Open Structure' }).click();
    await page.locator('#rudder-panel[data-flow="structure"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(paneTab(page, 'Structure').getAttribute('aria-selected')).resolves.toBe('true');
    await screenshot(page, 'taskpane-structure');
    await paneTab(page, 'Home').click();
    await page.getByTestId('home-sheets').waitFor({ timeout: UI_TIMEOUT_MS });
  });

  it('switches flows with the mouse', async () => {
    for (const label of ['SWOT', 'Alignment', 'Share', 'Home']) {
      await paneTab(page, label).click();
      await expect(paneTab(page, label).getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.locator('#rudder-panel').getAttribute('aria-labelledby')).resolves.toBe(
        await paneTab(page, label).getAttribute('id'),
      );
    }
  });

  it('switches flows with the keyboard, with a visible focus', async () => {
    await paneTab(page, 'Home').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const swot = paneTab(page, 'SWOT');
    await expect(swot.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Fluent marks keyboard focus so its focus ring shows (and hides it for mouse clicks).
    await expect(swot.getAttribute('data-fui-focus-visible')).resolves.not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(swot.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#rudder-panel').getAttribute('data-flow')).resolves.toBe('swot');
    await screenshot(page, 'taskpane-keyboard-swot');
  });

  it('follows a dark system theme', async () => {
    const dark = await openPaneOffline({ colorScheme: 'dark' });
    try {
      const bg = await dark.page.locator('[data-theme="dark"]').evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(luminance(bg)).toBeLessThan(0.2);
      await screenshot(dark.page, 'taskpane-dark');
    } finally {
      await dark.page.context().close();
    }
  });
});
