import { ALIGNMENT_METHOD, runAlignment, type AlignmentResult } from '../core/alignment';
import { serialFromYmd } from '../core/dates/serial';
import { createRudderFunctions } from '../functions/registry';
import { ExcelFake, FakeSettings } from '../../test/fakes/excelFake';
import { cleanTables, plantedTables, writeTables } from '../../test/unit/cli/auditBooks';
import {
  findingCounts,
  FINDINGS_TABLE,
  REPORT_TEXT,
  reportTarget,
  scoreMeaning,
  whereText,
  writeAlignmentReport,
} from './alignmentReport';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { OfficeWorkbook } from './office/officeWorkbook';
import type { WorkbookPort } from './port';
import { readStrategyModel } from './readStrategyModel';

const TODAY = serialFromYmd(2027, 1, 15);

async function checked(port: WorkbookPort): Promise<AlignmentResult> {
  return runAlignment(await readStrategyModel(port), { asOf: TODAY });
}

async function plantedBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await writeTables(book, plantedTables());
  return book;
}

describe('the Alignment report sheet', () => {
  it('writes the findings table with the score and the method on a new Alignment sheet', async () => {
    const book = await plantedBook();
    const result = await checked(book);
    expect(await reportTarget(book)).toEqual({ sheet: 'Alignment', exists: false });
    const written = await writeAlignmentReport(book, result, { asOf: TODAY });
    expect(written).toMatchObject({
      sheet: 'Alignment',
      created: true,
      message: REPORT_TEXT.written('Alignment', result.findings.length, true),
    });
    const table = await book.readTable(FINDINGS_TABLE);
    expect(table?.headers).toEqual(['Severity', 'Rule', 'Where', 'Message', 'Fix']);
    expect(table?.rows).toHaveLength(result.findings.length);
    const broken = table?.rows.find((r) => r[1] === 'broken-link');
    expect(broken?.slice(0, 3)).toEqual(['Error', 'broken-link', 'KPIs!C4']);
    const top = await book.readRange('Alignment', 'A1:B6');
    expect(top.values[1]).toEqual([REPORT_TEXT.scoreLabel, result.score]);
    expect(top.values[2]).toEqual([REPORT_TEXT.checkedLabel, '15 January 2027']);
    expect(top.values[3]).toEqual([REPORT_TEXT.findingsLabel, findingCounts(result.findings)]);
    expect(top.values[4][1]).toBe(scoreMeaning(result));
    expect(top.values[5][1]).toBe(ALIGNMENT_METHOD);
  });

  it('refreshes the same table when written twice, never adding a second table or sheet', async () => {
    const book = await plantedBook();
    await writeAlignmentReport(book, await checked(book), { asOf: TODAY });
    // The user fixes the broken link and runs the check again.
    const kpis = await book.readTable('RudderKPIs');
    const row = kpis?.rows.findIndex((r) => r[2] === 'G-012') ?? -1;
    await book.writeBlock('KPIs', `C${row + 2}`, [['G-001']]);
    const second = await checked(book);
    expect(await reportTarget(book)).toEqual({ sheet: 'Alignment', exists: true });
    const written = await writeAlignmentReport(book, second, { asOf: TODAY });
    expect(written.created).toBe(false);
    const tables = (await book.listTables()).filter((t) => t.name === FINDINGS_TABLE);
    expect(tables).toHaveLength(1);
    expect((await book.listSheets()).filter((s) => s.name.startsWith('Alignment')).map((s) => s.name)).toEqual([
      'Alignment',
    ]);
    const table = await book.readTable(FINDINGS_TABLE);
    expect(table?.rows).toHaveLength(second.findings.length);
    expect(table?.rows.some((r) => r[1] === 'broken-link' && typeof r[3] === 'string' && r[3].includes('G-012'))).toBe(
      false,
    );
    // No leftover row from the longer first report below the table.
    const below = await book.readRange(
      'Alignment',
      `A${8 + second.findings.length + 1}:E${8 + second.findings.length + 3}`,
    );
    expect(below.values.flat().every((v) => v === null || v === '')).toBe(true);
  });

  it("never writes over the user's own sheet called Alignment", async () => {
    const book = await plantedBook();
    await book.addSheet('Alignment');
    await book.writeBlock('Alignment', 'A1', [['My notes on alignment']]);
    const written = await writeAlignmentReport(book, await checked(book), { asOf: TODAY });
    expect(written.sheet).toBe('Alignment (2)');
    expect((await book.readRange('Alignment', 'A1')).values).toEqual([['My notes on alignment']]);
  });

  it('writes messages quoting user text as text, never as formulas', async () => {
    const book = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    const [strategy, goals, kpis] = cleanTables();
    await writeTables(book, [
      strategy,
      { ...goals, rows: goals.rows.map((r, i) => (i === 0 ? r.map((v, c) => (c === 4 ? null : v)) : r)) },
      kpis,
    ]);
    await book.upsertTable({
      name: 'RudderGoals',
      sheet: 'Goals',
      topLeft: 'A1',
      columns: goals.headers.map((header) => ({ header })),
      rows: [['G-001', '=1+1 more sales', 'P-1']],
    });
    const result = await checked(book);
    await writeAlignmentReport(book, result, { asOf: TODAY });
    const sheet = await book.readSheet('Alignment');
    const formulas = (sheet.formulas ?? []).flat().filter((f) => f !== null);
    expect(formulas).toEqual([]);
    expect(sheet.values.flat().some((v) => typeof v === 'string' && v.includes('=1+1 more sales'))).toBe(true);
  });

  it('writes an empty findings table and says every check passed for a clean workbook', async () => {
    const book = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await writeTables(book, cleanTables());
    const result = await checked(book);
    expect(result.findings).toEqual([]);
    await writeAlignmentReport(book, result, { asOf: TODAY });
    expect((await book.readRange('Alignment', 'B4')).values).toEqual([[REPORT_TEXT.noFindings]]);
    expect((await book.readRange('Alignment', 'B2')).values).toEqual([[100]]);
  });

  it('writes through the Office adapter with a bounded number of syncs, the second time too', async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    const port = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
    await writeTables(port, plantedTables());
    const result = await checked(port);
    excel.resetCounts();
    await writeAlignmentReport(port, result, { asOf: TODAY });
    const first = excel.syncCount;
    excel.resetCounts();
    await writeAlignmentReport(port, result, { asOf: TODAY });
    // listTables 2, addSheet 2, writeBlock 2, upsertTable 3, conditional formats 2 (twice on a refresh).
    expect(first).toBeLessThanOrEqual(12);
    expect(excel.syncCount).toBeLessThanOrEqual(12);
    expect((await port.listTables()).filter((t) => t.name === FINDINGS_TABLE)).toHaveLength(1);
    expect((await port.readTable(FINDINGS_TABLE))?.rows).toHaveLength(result.findings.length);
  });

  it('names places as Excel references people can type into the Name Box', () => {
    expect(whereText({ sheet: 'KPIs', cell: 'C4' })).toBe('KPIs!C4');
    expect(whereText({ sheet: 'Goals (Rudder)', cell: 'A5' })).toBe("'Goals (Rudder)'!A5");
    expect(whereText({ sheet: "Maya's goals", cell: 'B2' })).toBe("'Maya''s goals'!B2");
  });

  it('does not call a score with errors well aligned, and says where to start', () => {
    const error = {
      rule: 'broken-link',
      severity: 'error',
      sheet: 'KPIs',
      cell: 'C4',
      message: '',
      fix: '',
      subjects: [],
    } as const;
    expect(scoreMeaning({ score: 95, checks: 40, passed: 39, findings: [] })).toBe(
      'Your goals, KPIs and strategy line up well. 39 of 40 checks passed.',
    );
    expect(scoreMeaning({ score: 95, checks: 40, passed: 39, findings: [error] })).toBe(
      'Mostly aligned, with a few gaps to close. 39 of 40 checks passed. Start with the error.',
    );
    expect(findingCounts([error, error])).toBe('2 errors');
  });
});
