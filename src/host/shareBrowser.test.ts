import { serialFromYmd } from '../core/dates/serial';
import { SHARE_TEXT } from '../core/share';
import { createRudderFunctions } from '../functions/registry';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { addAdvisorSummarySheet, buildAdvisorCopy } from './shareBrowser';
import { applyStructure, planProposal, proposeStructure } from './structureApply';
import { openXlsxBytes } from './xlsx';

// The first copy loads ExcelJS and every rule; on a shared 2-core machine that alone can pass the 5 s default.
jest.setTimeout(30_000);

const TODAY = serialFromYmd(2026, 3, 1);

async function structuredBakery(): Promise<MemoryWorkbook> {
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

async function everyCell(port: MemoryWorkbook): Promise<unknown> {
  const sheets = await port.listSheets();
  return Promise.all(sheets.map(async (s) => ({ name: s.name, snap: await port.readSheet(s.name) })));
}

describe('the advisor copy built from an open workbook', () => {
  it('is an .xlsx with no RUDDER formula left, the summary sheet added, and the open workbook unchanged', async () => {
    const port = await structuredBakery();
    const before = await everyCell(port);
    const copy = await buildAdvisorCopy(port, TODAY);
    expect(await everyCell(port)).toEqual(before);
    expect(copy.counts.native).toBeGreaterThan(0);
    expect(copy.counts.missing).toBe(0);

    const opened = await openXlsxBytes(copy.bytes);
    const names = (await opened.listSheets()).map((s) => s.name);
    expect(names).toEqual([...(await port.listSheets()).map((s) => s.name), SHARE_TEXT.summarySheet]);
    expect((await opened.listTables()).map((t) => t.name).sort()).toEqual(['RudderGoals', 'RudderKPIs']);
    for (const name of names) {
      const formulas = (await opened.readSheet(name)).formulas ?? [];
      expect(formulas.flat().filter((f) => f !== null && /RUDDER\./i.test(f))).toEqual([]);
    }
  });

  it('keeps a plain cell of the user exactly as it was', async () => {
    const port = await structuredBakery();
    const original = await port.readRange('Strategy', 'A1:B4');
    const opened = await openXlsxBytes((await buildAdvisorCopy(port, TODAY)).bytes);
    expect((await opened.readRange('Strategy', 'A1:B4')).values).toEqual(original.values);
  });
});

describe('the Advisor summary written into the open workbook (Excel)', () => {
  it('adds one new sheet and leaves every other sheet as it was', async () => {
    const port = await structuredBakery();
    const before = await everyCell(port);
    const sheet = await addAdvisorSummarySheet(port, TODAY);
    expect(sheet).toBe(SHARE_TEXT.summarySheet);
    const after = (await everyCell(port)) as { name: string }[];
    expect(after.filter((s) => s.name !== sheet)).toEqual(before);
    const summary = await port.readSheet(sheet);
    expect(summary.values.flat()).toContain('G-001');
  });

  it('picks a fresh name when an Advisor summary sheet already exists', async () => {
    const port = await structuredBakery();
    await addAdvisorSummarySheet(port, TODAY);
    await expect(addAdvisorSummarySheet(port, TODAY)).resolves.not.toBe(SHARE_TEXT.summarySheet);
  });
});
