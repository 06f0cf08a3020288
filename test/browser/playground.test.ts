/** The playground in real Chromium: the sample grid, formulas, the pane beside it, files and Reset. */
import { readFile } from 'fs/promises';
import type { Page } from 'playwright-core';
import { openPlaygroundForFile, screenshot, type PageProblems } from './harness';
import {
  formulaBar,
  gridCell,
  luminance,
  paneTab,
  sheetTab,
  structureSheet,
  UI_TIMEOUT_MS,
  waitForPlayground,
} from './pages';

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
    await expect(pane.getByTestId('home-sheets').textContent()).resolves.toBe(
      '5 sheets: Strategy, Goals, KPIs, SWOT, Monthly numbers',
    );
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

describe('the playground at 320 pixels', () => {
  it('keeps every sheet tab and every task pane tab in sight', async () => {
    const narrow = await session.openAnother({ viewport: { width: 320, height: 1200 } });
    try {
      await waitForPlayground(narrow.page);
      const tabs = narrow.page.getByRole('tab');
      const count = await tabs.count();
      // The sample's five sheets (its monthly numbers included) and the pane's six flows (Home, Structure, SWOT,
      // Alignment, Check-in, Share).
      expect(count).toBe(5 + 6);
      for (let i = 0; i < count; i++) {
        const box = await tabs.nth(i).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
      }
      await screenshot(narrow.page, 'playground-320-tabs');
    } finally {
      await narrow.page.context().close();
    }
  });
});

describe('the playground keeps work, and its grid can be edited', () => {
  let work: Page;
  let workProblems: PageProblems;
  let leavePrompts: string[];

  beforeAll(async () => {
    ({ page: work, problems: workProblems } = await session.openAnother({ viewport: { width: 1600, height: 900 } }));
    await waitForPlayground(work);
    leavePrompts = [];
    // A prompt before leaving is recorded and answered "stay", so the page and its work remain.
    work.on('dialog', (dialog) => {
      leavePrompts.push(dialog.type());
      void dialog.dismiss();
    });
  });
  afterAll(() => work.context().close());

  /** Selects a cell and types into it as a user does, finishing with `finish` (Enter by default). */
  async function typeInto(address: string, text: string, finish = 'Enter'): Promise<void> {
    await gridCell(work, address).click();
    await work.keyboard.type(text);
    await work.keyboard.press(finish);
  }

  /** A cell's text once it shows `want`, or what it shows after a few seconds of waiting for it. */
  async function cellText(address: string, want: string): Promise<string | null> {
    let text = await gridCell(work, address).textContent();
    for (let waited = 0; text !== want && waited < 5_000; waited += 50) {
      await work.waitForTimeout(50);
      text = await gridCell(work, address).textContent();
    }
    return text;
  }

  it('names the open workbook in the header', async () => {
    await expect(work.getByTestId('open-workbook').textContent()).resolves.toBe('the Crumb & Co. Bakery sample');
  });

  it('changes a KPI actual, and RUDDER.KPI_STATUS recalculates its Status', async () => {
    await sheetTab(work, 'KPIs').click();
    // K-009: two bakers to train by 30 September, one trained: missed.
    await expect(gridCell(work, 'A12').textContent()).resolves.toBe('K-009');
    await expect(gridCell(work, 'M12').textContent()).resolves.toBe('Missed');
    await gridCell(work, 'H12').click();
    await work.keyboard.type('2');
    await expect(work.getByTestId('cell-editor').isVisible()).resolves.toBe(true);
    await expect(formulaBar(work)).resolves.toEqual({ address: 'H12', content: '2' });
    await screenshot(work, 'playground-editing');
    await work.keyboard.press('Enter');
    await expect(cellText('H12', '2')).resolves.toBe('2');
    await expect(cellText('M12', 'Achieved')).resolves.toBe('Achieved');
    // Enter moved on to the next row, as in a spreadsheet, and the grid has the focus again.
    await expect(formulaBar(work)).resolves.toEqual({ address: 'H13', content: '37' });
    await expect(work.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('grid');
    await screenshot(work, 'playground-edited-status');
  });

  it('takes a formula typed with "=", cancels with Escape and clears with Delete', async () => {
    const twice = String(2 * Number(await gridCell(work, 'H4').textContent()));
    await typeInto('B16', '=H4*2');
    await expect(cellText('B16', twice)).resolves.toBe(twice);
    await gridCell(work, 'B16').click();
    await expect(formulaBar(work)).resolves.toEqual({ address: 'B16', content: '=H4*2' });
    await typeInto('H4', '999', 'Escape');
    await expect(gridCell(work, 'H4').textContent()).resolves.not.toBe('999');
    await gridCell(work, 'B16').click();
    await work.keyboard.press('Delete');
    await expect(cellText('B16', '')).resolves.toBe('');
  });

  it("edits a formula in place with F2, and a formula error is the cell's, not the page's", async () => {
    await gridCell(work, 'B17').click();
    await work.keyboard.press('F2');
    await work.keyboard.type('=1/0');
    await work.keyboard.press('Enter');
    await expect(cellText('B17', '#DIV/0!')).resolves.toBe('#DIV/0!');
    expect(workProblems.pageErrors).toEqual([]);
  });

  it('asks before Reset throws the work away: Cancel keeps it', async () => {
    await work.getByRole('button', { name: 'Reset sample' }).click();
    const dialog = work.getByTestId('replace-dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(dialog.textContent()).resolves.toContain('Replace this workbook?');
    await expect(dialog.textContent()).resolves.toContain('the sheet ‘KPIs’');
    // Cancel is the default: it has the focus, so Enter keeps the work.
    await expect(work.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Cancel');
    await screenshot(work, 'playground-replace-dialog');
    await work.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    await expect(gridCell(work, 'H12').textContent()).resolves.toBe('2');
    await expect(gridCell(work, 'M12').textContent()).resolves.toBe('Achieved');
  });

  it('asks before a reload throws the work away', async () => {
    await work.evaluate(() => window.location.reload());
    for (let waited = 0; leavePrompts.length === 0 && waited < UI_TIMEOUT_MS; waited += 100)
      await work.waitForTimeout(100);
    expect(leavePrompts).toEqual(['beforeunload']);
    await expect(gridCell(work, 'H12').textContent()).resolves.toBe('2');
  });

  it('resets when the user confirms, and then has nothing to ask, on Reset or on reload', async () => {
    await work.getByRole('button', { name: 'Reset sample' }).click();
    await work.getByRole('button', { name: 'Reset the sample' }).click();
    await expect(work.getByTestId('playground-notice').textContent()).resolves.toContain('back as it was');
    await sheetTab(work, 'KPIs').click();
    await expect(cellText('M12', 'Missed')).resolves.toBe('Missed');
    await work.getByRole('button', { name: 'Reset sample' }).click();
    await expect(work.getByTestId('playground-notice').textContent()).resolves.toContain('back as it was');
    await expect(work.getByTestId('replace-dialog').count()).resolves.toBe(0);
    // Nor does a reload of an unchanged workbook ask: the one prompt so far is the earlier one.
    await work.reload();
    await waitForPlayground(work);
    expect(leavePrompts).toEqual(['beforeunload']);
  });

  it('selects a block with Shift+arrows, and Structure\'s "Use my selection" reads it', async () => {
    await sheetTab(work, 'Goals').click();
    await gridCell(work, 'A4').click();
    for (let i = 0; i < 8; i++) await work.keyboard.press('Shift+ArrowRight');
    for (let i = 0; i < 10; i++) await work.keyboard.press('Shift+ArrowDown');
    await expect(gridCell(work, 'E9').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(gridCell(work, 'J9').getAttribute('aria-selected')).resolves.toBe('false');
    const pane = work.getByTestId('task-pane');
    await paneTab(pane, 'Structure').click();
    await pane.getByRole('button', { name: 'Use my selection' }).click();
    await expect(pane.getByText('Rudder found a table on ‘Goals’ at A4:I14.').isVisible()).resolves.toBe(true);
    await screenshot(work, 'playground-range-selection');
  });

  it('selects a block by dragging', async () => {
    const from = await gridCell(work, 'B5').boundingBox();
    const to = await gridCell(work, 'C7').boundingBox();
    if (!from || !to) throw new Error('B5 and C7 should be on screen');
    await work.mouse.move(from.x + 5, from.y + 5);
    await work.mouse.down();
    await work.mouse.move(to.x + 5, to.y + 5, { steps: 4 });
    await work.mouse.up();
    const selected = await work.locator('[data-testid="grid"] [aria-selected="true"]').count();
    expect(selected).toBe(6);
    await expect(formulaBar(work)).resolves.toMatchObject({ address: 'B5' });
  });

  /** Walks the selection right from column A with the keyboard, so the grid scrolls there as it does for a user. */
  async function walkRight(row: number, columns: number): Promise<void> {
    await gridCell(work, `A${row}`).click();
    for (let i = 0; i < columns; i++) await work.keyboard.press('ArrowRight');
  }

  it('on the structured sample, an actual moves the KPI status and the alignment score', async () => {
    const pane = work.getByTestId('task-pane');
    await paneTab(pane, 'Structure').focus();
    await paneTab(pane, 'Structure').press('Enter');
    await structureSheet(work, pane, 'Goals');
    await structureSheet(work, pane, 'KPIs');
    await paneTab(pane, 'Alignment').focus();
    await paneTab(pane, 'Alignment').press('Enter');
    const runCheck = async (): Promise<number> => {
      await pane.getByRole('button', { name: /^Run check/ }).click();
      await pane.getByTestId('alignment-score').waitFor({ timeout: UI_TIMEOUT_MS });
      return Number(await pane.getByTestId('alignment-score-number').textContent());
    };
    const before = await runCheck();
    await sheetTab(work, 'KPIs (Rudder)').click();
    await expect(gridCell(work, 'A10').textContent()).resolves.toBe('K-009');
    await walkRight(10, 13);
    await expect(cellText('N10', 'Missed')).resolves.toBe('Missed');
    await typeInto('H10', '2');
    await walkRight(10, 13);
    await expect(cellText('N10', 'Achieved')).resolves.toBe('Achieved');
    await screenshot(work, 'playground-structured-edited');
    const after = await runCheck();
    expect(after).not.toBe(before);
  });

  it('asks before Open replaces the work, then names the opened file', async () => {
    const [download] = await Promise.all([
      work.waitForEvent('download'),
      work.getByRole('button', { name: 'Download .xlsx' }).click(),
    ]);
    const bytes = await readFile(await download.path());
    await sheetTab(work, 'KPIs').click();
    await typeInto('B16', 'after the download');
    await work.getByTestId('open-xlsx-input').setInputFiles({
      name: 'my-bakery.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: bytes,
    });
    const dialog = work.getByTestId('replace-dialog');
    await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(dialog.textContent()).resolves.toContain('the sheet ‘KPIs’');
    await work.getByRole('button', { name: 'Open my-bakery.xlsx' }).click();
    await expect(work.getByTestId('playground-notice').textContent()).resolves.toContain('Opened my-bakery.xlsx');
    await expect(work.getByTestId('open-workbook').textContent()).resolves.toBe('my-bakery.xlsx');
    await expect(work.title()).resolves.toBe('my-bakery.xlsx – Rudder playground');
    await sheetTab(work, 'KPIs').click();
    await expect(cellText('B16', '')).resolves.toBe('');
    await screenshot(work, 'playground-opened-file');
    expect(workProblems.pageErrors).toEqual([]);
    expect(workProblems.consoleErrors).toEqual([]);
  });
});
