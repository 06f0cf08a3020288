/**
 * Structure's "KPI status as plain Excel formulas" in the playground: offered for KPI tables only,
 * and when ticked the KPI table's Status column computes without any RUDDER.* call.
 */
import type { Locator, Page } from 'playwright-core';
import { openPlaygroundForFile, screenshot } from './harness';
import { formulaBar, gridCell, paneTab, sheetTab, UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(180_000);

const STATUSES = ['Achieved', 'On track', 'At risk', 'Off track', 'Missed', 'Not started', 'No data'];
const session = openPlaygroundForFile(waitForPlayground);

async function pickSheet(page: Page, pane: Locator, name: string): Promise<void> {
  const picker = pane.getByTestId('structure-sheet');
  // The keyboard opens the list reliably in headless Chromium (see structureSheet in pages.ts).
  await picker.focus();
  await picker.press('Enter');
  await page.getByRole('option', { name, exact: true }).click();
  await pane.getByTestId('structure-columns').waitFor({ timeout: UI_TIMEOUT_MS });
}

describe('Structure: KPI status as plain Excel formulas', () => {
  it('is not offered for a goal table', async () => {
    const { page, pane } = session;
    await paneTab(pane, 'Structure').click();
    await pickSheet(page, pane, 'Goals');
    await expect(pane.getByTestId('structure-native-kpi').count()).resolves.toBe(0);
  });

  it('is offered, off, for a KPI table, with a plain explanation', async () => {
    const { page, pane } = session;
    await pickSheet(page, pane, 'KPIs');
    const option = pane.getByRole('checkbox', { name: 'KPI status as plain Excel formulas' });
    await option.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(option.isChecked()).resolves.toBe(false);
    await expect(pane.getByText('Status and Progress then work for people without Rudder').isVisible()).resolves.toBe(
      true,
    );
  });

  it('writes the Status column as plain formulas that give a status on every row', async () => {
    const { page, pane } = session;
    const option = pane.getByRole('checkbox', { name: 'KPI status as plain Excel formulas' });
    await option.click();
    await expect(option.isChecked()).resolves.toBe(true);
    await screenshot(page, 'structure-native-kpi-option');
    const apply = pane.getByRole('button', { name: 'Apply: add the table' });
    await apply.focus();
    await apply.press('Enter');
    await pane.getByTestId('structure-done').waitFor({ timeout: UI_TIMEOUT_MS });
    await pane.getByRole('button', { name: 'Show the table' }).click();
    await expect(sheetTab(page, 'KPIs (Rudder)').getAttribute('aria-selected')).resolves.toBe('true');
    // The grid draws the columns in view: walk right with the keyboard to the Status column (N).
    await gridCell(page, 'A2').click();
    for (let i = 0; i < 13; i++) await page.keyboard.press('ArrowRight');
    const bar = await formulaBar(page);
    expect(bar.address).toBe('N2');
    expect(bar.content.startsWith('=IF(')).toBe(true);
    expect(bar.content).not.toMatch(/RUDDER\./i);
    const statuses: string[] = [];
    for (let r = 2; r <= 11; r++) statuses.push((await gridCell(page, `N${r}`).textContent()) ?? '');
    for (const s of statuses) expect(STATUSES).toContain(s);
    // K-009 is past its due date short of its target, as RUDDER.KPI_STATUS would say.
    expect(statuses[8]).toBe('Missed');
    await screenshot(page, 'structure-native-kpi-table');
    expect(session.problems.pageErrors).toEqual([]);
    expect(session.problems.consoleErrors).toEqual([]);
  });
});
