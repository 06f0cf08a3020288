/**
 * Structure on a table Rudder cannot name (a to-do list): the pane says so and asks for the kind,
 * by keyboard alone, instead of proposing goals; and the playground's landmarks are whole.
 */
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { axeProblems } from './axe';
import { openPlaygroundForFile, screenshot } from './harness';
import { chooseWithKeys, expectFocusOn, KeyCount, openPaneTabWithKeys, press, tabTo } from './keyboard';
import { UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(180_000);

const session = openPlaygroundForFile(waitForPlayground, { viewport: { width: 1400, height: 900 } });
let page: Page;
let pane: Locator;
const keys = new KeyCount();

beforeAll(() => {
  ({ page, pane } = session);
});

async function jobsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Jobs').addRows([
    ['Task', 'Done'],
    ['Order flour', 'yes'],
    ['Fix the oven door', 'no'],
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('the playground page landmarks', () => {
  it('has one main landmark at the top level, the pane a region inside it, and no landmark problem axe knows', async () => {
    const landmarks = (await axeProblems(page)).filter((p) => /^(landmark|region)/.test(p.rule));
    expect(landmarks.map((p) => `${p.impact} ${p.rule}: ${p.targets.join(' | ')}`)).toEqual([]);
    await expect(page.getByRole('main').count()).resolves.toBe(1);
    await expect(page.getByRole('main').getByRole('region', { name: 'Rudder task pane' }).count()).resolves.toBe(1);
  });
});

describe('Structure on a table Rudder cannot name', () => {
  it('asks for the kind, offers no Apply until it is chosen, and applies the kind chosen by keyboard', async () => {
    await page.getByTestId('open-xlsx-input').setInputFiles({
      name: 'jobs.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await jobsWorkbook(),
    });
    await page.getByTestId('open-workbook').filter({ hasText: 'jobs.xlsx' }).waitFor({ timeout: UI_TIMEOUT_MS });
    await openPaneTabWithKeys(page, pane, 'Structure', keys);
    await press(page, 'Enter', keys);
    const picker = pane.getByTestId('structure-sheet');
    await tabTo(page, picker, keys);
    await chooseWithKeys(page, picker, 'Jobs', keys);

    const ask = pane.getByTestId('structure-ask-kind');
    await expectFocusOn(page, pane.getByTestId('structure-found'), 'what Rudder found, with its question');
    await expect(ask.textContent()).resolves.toContain('Rudder cannot tell whether this table holds goals, KPIs');
    await expect(pane.getByRole('button', { name: /^Apply/ }).count()).resolves.toBe(0);
    const kind = pane.getByTestId('structure-kind');
    await expect(kind.textContent()).resolves.toBe('Choose the kind');
    await screenshot(page, 'structure-asks-kind');

    await tabTo(page, kind, keys);
    await chooseWithKeys(page, kind, 'Goals', keys);
    const apply = pane.getByRole('button', { name: 'Apply: add the table' });
    await apply.waitFor({ timeout: UI_TIMEOUT_MS });
    await expect(ask.count()).resolves.toBe(0);
    await tabTo(page, apply, keys);
    await press(page, 'Enter', keys);
    await expectFocusOn(page, pane.getByTestId('structure-done'), 'the result of Apply');
    await expect(pane.getByTestId('structure-done').textContent()).resolves.toContain('Goals (Rudder)');
  });
});
