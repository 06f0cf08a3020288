/** The playground in real Chromium: the sample grid, formulas, the pane beside it, files and Reset. */
import type { Page } from 'playwright-core';
import { openPlaygroundForFile, screenshot, type PageProblems } from './harness';
import { formulaBar, gridCell, luminance, paneTab, sheetTab, UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(120_000);

const session = openPlaygroundForFile(waitForPlayground);
let page: Page;
let problems: PageProblems;

// Registered after the session's own beforeAll, so it runs once the playground is open.
beforeAll(() => {
  ({ page, problems } = session);
});

describe('the playground', () => {
  it('loads with no console errors, page errors or failed requests', async () => {
    await screenshot(page, 'playground-loaded');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('says what it is and that nothing leaves the page', async () => {
    await expect(page.getByText('nothing leaves this page').isVisible()).resolves.toBe(true);
  });

  it('shows the sample workbook with its sheets as tabs', async () => {
    for (const name of ['Strategy', 'Goals', 'KPIs', 'SWOT'])
      await expect(sheetTab(page, name).isVisible()).resolves.toBe(true);
    await expect(gridCell(page, 'A4').textContent()).resolves.toBe('Mission');
  });

  it('computes RUDDER.SMARTSCORE in the Goals sheet and shows the formula when the cell is clicked', async () => {
    await sheetTab(page, 'Goals').click();
    await gridCell(page, 'B7').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(gridCell(page, 'B5').textContent()).resolves.toBe('Improve things');
    // Column I is off screen at first: walking there with the keyboard scrolls it into view.
    await gridCell(page, 'B5').click();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
    await expect(formulaBar(page)).resolves.toEqual({ address: 'I5', content: '=RUDDER.SMARTSCORE(B5,E5,F5,G5)' });
    const vague = Number(await gridCell(page, 'I5').textContent());
    const smart = Number(await gridCell(page, 'I7').textContent());
    expect(Number.isFinite(vague) && Number.isFinite(smart)).toBe(true);
    // The vague goal scores below the specific, measured, dated one.
    expect(vague).toBeLessThan(smart);
    await gridCell(page, 'I7').click();
    await expect(formulaBar(page)).resolves.toEqual({ address: 'I7', content: '=RUDDER.SMARTSCORE(B7,E7,F7,G7)' });
    await screenshot(page, 'playground-goals-formula');
  });

  it('moves the selection with the arrow keys', async () => {
    await gridCell(page, 'B5').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const bar = await formulaBar(page);
    expect(bar.address).toBe('C7');
    expect(bar.content).toBe('Maya');
    await expect(gridCell(page, 'C7').getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('shows KPI statuses computed by RUDDER.KPI_STATUS', async () => {
    await sheetTab(page, 'KPIs').click();
    await gridCell(page, 'A4').click();
    await page.keyboard.press('End');
    await expect(formulaBar(page)).resolves.toEqual({ address: 'N4', content: '=RUDDER.KPI_PROGRESS(H4,G4,D4,F4)' });
    const statuses = await Promise.all(['M4', 'M5', 'M6', 'M9'].map((a) => gridCell(page, a).textContent()));
    const known = ['Achieved', 'On track', 'At risk', 'Off track', 'Missed', 'Not started', 'No data'];
    for (const status of statuses) expect(known).toContain(status);
    await screenshot(page, 'playground-kpis');
  });

  it('runs the real task pane beside the grid, reading the same workbook', async () => {
    const pane = page.getByTestId('task-pane');
    await expect(pane.getByTestId('home-sheets').textContent()).resolves.toBe('4 sheets: Strategy, Goals, KPIs, SWOT');
    await paneTab(pane, 'Alignment').click();
    await pane.locator('#rudder-panel[data-flow="alignment"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await screenshot(page, 'playground-pane-alignment');
    await paneTab(pane, 'Home').click();
    await pane.getByTestId('home-sheets').waitFor({ timeout: UI_TIMEOUT_MS });
  });

  it('refuses a file that is not a workbook with a plain message', async () => {
    await page.getByTestId('open-xlsx-input').setInputFiles({
      name: 'notes.xlsx',
      mimeType: 'text/plain',
      buffer: Buffer.from('shopping list: flour, yeast'),
    });
    const notice = page.getByTestId('playground-notice');
    await notice.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(notice.textContent()).resolves.toContain('That file is not an Excel workbook');
    await expect(notice.getAttribute('role')).resolves.toBe('alert');
    await screenshot(page, 'playground-not-a-workbook');
  });

  it('resets to the sample, on its first sheet', async () => {
    await sheetTab(page, 'SWOT').click();
    await page.getByRole('button', { name: 'Reset sample' }).click();
    await expect(page.getByTestId('playground-notice').textContent()).resolves.toContain(
      'The sample workbook is back as it was.',
    );
    await expect(sheetTab(page, 'Strategy').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(gridCell(page, 'A4').textContent()).resolves.toBe('Mission');
    await expect(formulaBar(page)).resolves.toEqual({
      address: 'A1',
      content: 'Crumb & Co. Bakery: who we are and where we are going',
    });
    await screenshot(page, 'playground-reset');
  });
});

describe('the playground in dark mode', () => {
  it('renders the grid and the pane on dark backgrounds', async () => {
    const dark = await session.openAnother({ colorScheme: 'dark' });
    try {
      await waitForPlayground(dark.page);
      const paneBg = await dark.page
        .getByTestId('task-pane')
        .locator('[data-theme]')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      const gridBg = await dark.page.getByTestId('grid').evaluate((el) => getComputedStyle(el).backgroundColor);
      const cellColor = await gridCell(dark.page, 'A4').evaluate((el) => getComputedStyle(el).color);
      expect(luminance(paneBg)).toBeLessThan(0.2);
      expect(luminance(gridBg)).toBeLessThan(0.2);
      expect(luminance(cellColor)).toBeGreaterThan(0.6);
      await screenshot(dark.page, 'playground-dark');
      expect(dark.problems.consoleErrors).toEqual([]);
    } finally {
      await dark.page.context().close();
    }
  });
});

describe('the playground on a narrow screen', () => {
  it('stacks the pane under the grid', async () => {
    const narrow = await session.openAnother({ viewport: { width: 600, height: 900 } });
    try {
      await waitForPlayground(narrow.page);
      const grid = await narrow.page.getByTestId('grid').boundingBox();
      const pane = await narrow.page.getByTestId('task-pane').boundingBox();
      expect(grid && pane && pane.y >= grid.y + grid.height - 1).toBe(true);
      await screenshot(narrow.page, 'playground-narrow');
    } finally {
      await narrow.page.context().close();
    }
  });
});
