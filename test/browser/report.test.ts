/**
 * The advisor report of the structured bakery sample, rendered by real Chromium: a screenshot for
 * CI, and printed to PDF on A4 and on Letter, one page each, with no request leaving the page.
 */
import type { Browser, Page } from 'playwright-core';
import { serialFromYmd } from '../../src/core/dates/serial';
import { createRudderFunctions } from '../../src/functions/registry';
import { MemoryWorkbook } from '../../src/host/memory/memoryWorkbook';
import { reportHtml } from '../../src/host/shareBrowser';
import { applyStructure, planProposal, proposeStructure } from '../../src/host/structureApply';
import { BAKERY_SAMPLE } from '../../src/sample/bakery';
import { loadSample } from '../../src/sample/load';
import { createWizardState, type SwotWizardState } from '../../src/core/swot';
import { finishSwot } from '../../src/host/swotWrite';
import { addItem, goTo, writeStrategy } from '../../src/taskpane/swot/wizardModel';
import { rudderColumns } from '../../src/core/structure';
import { launchChromium, screenshot } from './harness';

jest.setTimeout(180_000);

const TODAY = serialFromYmd(2026, 3, 1);

/** The sample as a user leaves it after Structure has accepted Rudder's proposals for Strategy, Goals and KPIs. */
async function structuredSample(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await loadSample(port, BAKERY_SAMPLE);
  for (const sheet of ['Strategy', 'Goals', 'KPIs']) {
    const proposed = await proposeStructure(port, { sheet });
    if (!proposed.ok) throw new Error(proposed.reason);
    const planned = planProposal(proposed.proposal, 0, proposed.proposal.corrections[0], TODAY);
    if (!planned.ok) throw new Error(planned.reason);
    await applyStructure(port, planned.plan, TODAY);
  }
  return port;
}

/** A SWOT as an owner finishes it in the wizard: items in each quadrant, two strategies made goals. */
function wizardState(): SwotWizardState {
  let s: SwotWizardState = { ...createWizardState('food-hospitality'), step: 'strength' };
  s = addItem(s, 'strength', 'Sourdough with a loyal following of regulars', { impact: 5 }).state;
  s = addItem(s, 'strength', 'Central shop near the station').state;
  s = addItem(s, 'weakness', 'No online ordering or delivery').state;
  s = addItem(s, 'opportunity', 'Offices near the station ask for catering', { impact: 4 }).state;
  s = addItem(s, 'threat', 'A supermarket bakery opened on the high street', { impact: 5 }).state;
  s = writeStrategy(s, 'SO', ['S-1', 'O-1'], 'Launch office catering boxes to 10 offices by June 2027');
  s = writeStrategy(s, 'ST', ['S-1', 'T-1'], 'Start a loyalty card for regulars and reach 300 members by March 2027');
  return goTo(s, 'goals');
}

/** A plan of 500 goals, each measured by a KPI, with most KPIs behind and many links broken. */
async function bigWorkbook(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  const id = (prefix: string, n: number): string => `${prefix}-${String(n).padStart(3, '0')}`;
  await port.addSheet('Goals');
  await port.upsertTable({
    name: 'RudderGoals',
    sheet: 'Goals',
    topLeft: 'A1',
    columns: rudderColumns('goals'),
    rows: Array.from({ length: 500 }, (_, i) => [
      id('G', i + 1),
      `Open ${i + 1} new wholesale accounts in the north of the county by June 2027`,
    ]),
  });
  await port.addSheet('KPIs');
  await port.upsertTable({
    name: 'RudderKPIs',
    sheet: 'KPIs',
    topLeft: 'A1',
    columns: rudderColumns('kpis'),
    rows: Array.from({ length: 500 }, (_, i) => [
      id('K', i + 1),
      `Wholesale accounts opened in area ${i + 1}`,
      i % 3 === 0 ? id('G', 900 + i) : id('G', i + 1),
      'higher',
      null,
      0,
      i + 1,
      i % 2,
    ]),
  });
  return port;
}

/** Page objects in a PDF: `/Type /Page` but not `/Type /Pages` (the page tree). */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

let browser: Browser;
let page: Page;
let html: string;
const requests: string[] = [];

beforeAll(async () => {
  html = await reportHtml(await structuredSample(), TODAY);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  page.on('request', (req) => {
    if (!req.url().startsWith('data:') && req.url() !== 'about:blank') requests.push(req.url());
  });
  await page.setContent(html, { waitUntil: 'load' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('the printable report in Chromium', () => {
  it.each(['A4', 'Letter'] as const)(
    'still prints to one %s page after the SWOT wizard added its goals, with every goal in the picture',
    async (format) => {
      const port = await structuredSample();
      await finishSwot(port, wizardState());
      const after = await reportHtml(port, TODAY);
      const other = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await other.setContent(after, { waitUntil: 'load' });
      const svgText = await other.locator('svg').first().innerHTML();
      expect(svgText).not.toContain('more: see the Goals table');
      if (format === 'A4') await screenshot(other, 'report-after-wizard');
      const pdf = await other.pdf({ format, printBackground: true });
      await other.close();
      expect(pageCount(pdf)).toBe(1);
    },
  );

  it('shows the score, the KPI table and the strategy picture without fetching anything', async () => {
    expect(requests).toEqual([]);
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/alignment/i);
    expect(text).toContain('KPI');
    await expect(page.locator('svg').count()).resolves.toBeGreaterThanOrEqual(1);
    await screenshot(page, 'report');
  });

  it.each(['A4', 'Letter'] as const)('prints to exactly one %s page', async (format) => {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pageCount(pdf)).toBe(1);
  });

  it.each(['A4', 'Letter'] as const)(
    'prints a workbook of 500 goals on one %s page, saying what it leaves out and where that is listed',
    async (format) => {
      const port = await bigWorkbook();
      // A full SWOT too, with long items: every section of the page at its tallest.
      let swot: SwotWizardState = { ...createWizardState('retail'), step: 'strength' };
      for (const quadrant of ['strength', 'weakness', 'opportunity', 'threat'] as const)
        for (let i = 1; i <= 6; i++)
          swot = addItem(
            swot,
            quadrant,
            `A long ${quadrant} written out in full, number ${i}, as owners often write`,
          ).state;
      await finishSwot(port, goTo(swot, 'goals'));
      const big = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await big.setContent(await reportHtml(port, TODAY), { waitUntil: 'load' });
      const text = (await big.locator('body').innerText()).replace(/\s+/g, ' ');
      expect(text).toMatch(/more: see the Goals table of the workbook/);
      expect(text).toMatch(/… and \d+ more KPIs in the workbook\./);
      expect(text).toMatch(/… and \d+ more findings in the workbook\./);
      if (format === 'A4') await screenshot(big, 'report-500-goals');
      const pdf = await big.pdf({ format, printBackground: true });
      await big.close();
      expect(pageCount(pdf)).toBe(1);
    },
  );
});
