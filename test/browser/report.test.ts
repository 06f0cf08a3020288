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
import { launchChromium, screenshot } from './harness';

jest.setTimeout(180_000);

const TODAY = serialFromYmd(2026, 3, 1);

/** The sample as a user leaves it after Structure has accepted Rudder's proposals for Goals and KPIs. */
async function structuredSample(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await loadSample(port, BAKERY_SAMPLE);
  for (const sheet of ['Goals', 'KPIs']) {
    const proposed = await proposeStructure(port, { sheet });
    if (!proposed.ok) throw new Error(proposed.reason);
    const planned = planProposal(proposed.proposal, 0, proposed.proposal.corrections[0], TODAY);
    if (!planned.ok) throw new Error(planned.reason);
    await applyStructure(port, planned.plan, TODAY);
  }
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
});
