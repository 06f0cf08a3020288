/** The Structure flow in the playground: the bakery's messy Goals and KPIs sheets become scored Rudder tables. */
import type { Browser, Locator, Page } from 'playwright-core';
import {
  BUILD_TIMEOUT_MS,
  ensureBuilt,
  launchChromium,
  openPage,
  SCREENSHOTS,
  screenshot,
  serveDist,
  type PageProblems,
  type StaticServer,
} from './harness';
import { gridCell, paneTab, sheetTab, UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(180_000);

const STATUSES = ['Achieved', 'On track', 'At risk', 'Off track', 'Missed', 'Not started', 'No data'];

let server: StaticServer;
let browser: Browser;
let page: Page;
let pane: Locator;
let problems: PageProblems;

beforeAll(async () => {
  ensureBuilt();
  server = await serveDist();
  browser = await launchChromium();
  ({ page, problems } = await openPage(browser, `${server.url}/index.html`, {
    viewport: { width: 1600, height: 900 },
  }));
  await waitForPlayground(page);
  pane = page.getByTestId('task-pane');
}, BUILD_TIMEOUT_MS + 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function choose(dropdown: Locator, option: string): Promise<void> {
  await dropdown.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function pickSheet(name: string): Promise<void> {
  await choose(pane.getByTestId('structure-sheet'), name);
  await pane.getByTestId('structure-columns').waitFor({ timeout: UI_TIMEOUT_MS });
}

async function setRole(column: string, header: string, role: string): Promise<void> {
  await choose(pane.getByRole('combobox', { name: `Role of column ${column} (${header})` }), role);
}

/** The grid draws only the columns in view: walk the selection right with the keyboard, as a user would, so it scrolls there. */
async function goRight(row: number, columns: number): Promise<void> {
  await gridCell(page, `A${row}`).click();
  for (let i = 0; i < columns; i++) await page.keyboard.press('ArrowRight');
}

async function columnTexts(top: number, bottom: number, column: string): Promise<string[]> {
  await gridCell(page, `${column}${top}`).waitFor({ timeout: UI_TIMEOUT_MS });
  const out: string[] = [];
  for (let r = top; r <= bottom; r++) out.push((await gridCell(page, `${column}${r}`).textContent()) ?? '');
  return out;
}

describe('Structure in the playground', () => {
  it('proposes the table on the messy Goals sheet with a role and a confidence word per column', async () => {
    await paneTab(pane, 'Structure').click();
    await pickSheet('Goals');
    await expect(pane.getByText('Rudder found a table on ‘Goals’ at A4:I14.').isVisible()).resolves.toBe(true);
    const words = await pane.getByTestId('structure-columns').locator('tbody tr td:last-child').allTextContents();
    expect(words).toHaveLength(9);
    for (const w of words) expect(['sure', 'likely', 'guess']).toContain(w);
    await expect(pane.getByTestId('structure-summary').textContent()).resolves.toBe(
      "Adds sheet 'Goals (Rudder)' with a table of 10 goals; your sheet 'Goals' is not changed.",
    );
    await screenshot(page, 'structure-goals-proposal');
  });

  it('scrolls the wide preview sideways from the keyboard', async () => {
    const box = pane.getByTestId('structure-preview-scroll');
    await box.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
    const scrolled = await box.evaluate((el) => ({ left: el.scrollLeft, room: el.scrollWidth - el.clientWidth }));
    expect(scrolled.room).toBeGreaterThan(0);
    expect(scrolled.left).toBeGreaterThan(0);
    await expect(box.getAttribute('aria-label')).resolves.toBe('Preview of the new table (scrolls sideways)');
    await box.evaluate((el) => el.scrollTo({ left: 0 }));
  });

  it('takes the corrections, previews the rows with their scores, and applies', async () => {
    await setRole('D', 'Area', 'link (goal or pillar)');
    await setRole('F', 'Now', 'baseline (start value)');
    await setRole('G', 'Aim', 'target');
    const preview = pane.getByTestId('structure-preview');
    const headers = await preview.locator('thead th').allTextContents();
    // Status first: it is what a narrow pane must show without scrolling.
    expect(headers[0]).toBe('Status');
    const cell = (row: readonly string[], header: string) => row[headers.indexOf(header)];
    const firstRow = await preview.locator('tbody tr').first().locator('td').allTextContents();
    expect([cell(firstRow, 'ID'), cell(firstRow, 'Goal')]).toEqual(['G-001', 'Improve things']);
    expect(Number(cell(firstRow, 'SMART'))).toBeGreaterThanOrEqual(0);
    const third = await preview.locator('tbody tr').nth(2).locator('td').allTextContents();
    expect(cell(third, 'Pillar')).toBe('Product & craft');
    expect(cell(third, 'Baseline')).toBe('120');
    await pane.getByRole('button', { name: 'Apply: add the table' }).click();
    const done = pane.getByTestId('structure-done');
    await done.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(done.textContent()).resolves.toContain("Done: the table RudderGoals is on sheet 'Goals (Rudder)'.");
    await screenshot(page, 'structure-goals-applied');
  });

  it('shows the new table in the grid with SMART scores computed, the original sheet unchanged', async () => {
    await pane.getByRole('button', { name: 'Show the table' }).click();
    await expect(sheetTab(page, 'Goals (Rudder)').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(gridCell(page, 'A1').textContent()).resolves.toBe('ID');
    await goRight(1, 12);
    await expect(gridCell(page, 'K1').textContent()).resolves.toBe('SMART');
    const scores = (await columnTexts(2, 11, 'K')).map(Number);
    for (const s of scores) expect(s >= 0 && s <= 100).toBe(true);
    expect(scores[0]).toBeLessThan(scores[2]);
    for (const status of await columnTexts(2, 11, 'M')) expect(STATUSES).toContain(status);
    await screenshot(page, 'structure-goals-table');
    await sheetTab(page, 'Goals').click();
    await gridCell(page, 'A1').click();
    await expect(gridCell(page, 'A4').textContent()).resolves.toBe('Ref');
    await expect(gridCell(page, 'D7').textContent()).resolves.toBe('Product & craft');
  });

  it('structures the KPIs sheet too: live statuses in the table, and goal statuses rolled up', async () => {
    await pickSheet('KPIs');
    await setRole('C', 'Goal', 'link (goal or pillar)');
    await expect(pane.getByTestId('structure-summary').textContent()).resolves.toBe(
      "Adds sheet 'KPIs (Rudder)' with a table of 10 KPIs; your sheet 'KPIs' is not changed.",
    );
    await pane.getByRole('button', { name: 'Apply: add the table' }).click();
    await pane.getByTestId('structure-done').waitFor({ timeout: UI_TIMEOUT_MS });
    await pane.getByRole('button', { name: 'Show the table' }).click();
    await expect(sheetTab(page, 'KPIs (Rudder)').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(gridCell(page, 'C2').textContent()).resolves.toBe('G-003');
    await goRight(1, 14);
    await expect(gridCell(page, 'N1').textContent()).resolves.toBe('Status');
    const statuses = await columnTexts(2, 11, 'N');
    for (const s of statuses) expect(STATUSES).toContain(s);
    await screenshot(page, 'structure-kpis-table');
    await sheetTab(page, 'Goals (Rudder)').click();
    await goRight(10, 12);
    // G-009's only KPI is past due short of its target.
    await expect(gridCell(page, 'M10').textContent()).resolves.toBe('Missed');
    await screenshot(page, 'structure-goals-rolled-up');
  });

  it('makes the strategy table of the Strategy sheet, and the check then ties the goals to their pillars', async () => {
    await pickSheet('Strategy');
    await expect(pane.getByTestId('structure-kind').textContent()).resolves.toContain('Strategy');
    await expect(pane.getByTestId('structure-summary').textContent()).resolves.toBe(
      "Adds sheet 'Strategy (Rudder)' with a table of 9 strategy statements; your sheet 'Strategy' is not changed.",
    );
    const rows = pane.getByTestId('structure-preview').locator('tbody tr');
    await expect(rows.first().locator('td').allTextContents()).resolves.toEqual([
      'Mission',
      'M-1',
      expect.stringMatching(/^Bake honest bread/),
    ]);
    await pane.getByRole('button', { name: 'Apply: add the table' }).click();
    await expect(pane.getByTestId('structure-done').textContent()).resolves.toContain(
      "Done: the table RudderStrategy is on sheet 'Strategy (Rudder)'.",
    );
    await screenshot(page, 'structure-strategy-applied');

    await paneTab(pane, 'Alignment').click();
    await pane.getByRole('button', { name: /^Run check/ }).click();
    await pane.getByTestId('alignment-score').waitFor({ timeout: UI_TIMEOUT_MS });
    const header = pane.getByRole('button', { name: /^Goal not tied to strategy/ });
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    // Goals whose Area named a pillar are tied to it; only the two with no Area are not.
    const untied = await pane.locator('li[data-rule="goal-without-pillar"]').allTextContents();
    expect(untied.map((t) => /Goal (G-\d+)/.exec(t)?.[1])).toEqual(['G-001', 'G-006']);
    const map = pane.getByTestId('strategy-map');
    await expect(map.getByRole('button', { name: /^Pillar P-1: Product & craft/ }).count()).resolves.toBe(1);
    await expect(map.getByRole('button', { name: /^Mission M-1: Bake honest bread/ }).count()).resolves.toBe(1);
    await map.screenshot({ path: `${SCREENSHOTS}/structure-strategy-map.png` });
    await paneTab(pane, 'Structure').click();
  });

  it('explains a sheet with nothing to structure, and ran without page errors', async () => {
    await choose(pane.getByTestId('structure-sheet'), 'Goals (Rudder)');
    await pane.getByTestId('structure-problem').waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(pane.getByTestId('structure-problem').textContent()).resolves.toBe(
      "Nothing to structure here, because 'Goals (Rudder)' already holds a Rudder table: pick the sheet you keep your own list on.",
    );
    await screenshot(page, 'structure-nothing-here');
    expect(problems.pageErrors).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });
});
