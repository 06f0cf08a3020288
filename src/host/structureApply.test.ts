import { serialFromYmd } from '../core/dates/serial';
import { type CellValue, type SheetSnapshot } from '../core/grid/types';
import { STRUCTURE_MESSAGES, type StructureCorrections, type StructurePlan } from '../core/structure';
import { createRudderFunctions } from '../functions/registry';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { ExcelFake, FakeSettings } from '../../test/fakes/excelFake';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { OfficeWorkbook } from './office/officeWorkbook';
import { XlsxWorkbook } from './xlsx/xlsxWorkbook';
import ExcelJS from 'exceljs';
import { EXCEL_FORMULA_LIMIT } from '../core/share/nativeColumns';
import type { WorkbookPort } from './port';
import {
  applyStructure,
  planProposal,
  proposeStructure,
  StructureApplyError,
  type StructureProposal,
} from './structureApply';

const TODAY = serialFromYmd(2027, 1, 15);
const STATUSES = ['Achieved', 'On track', 'At risk', 'Off track', 'Missed', 'Not started', 'No data'];

async function bakery(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await loadSample(port, BAKERY_SAMPLE);
  return port;
}

async function propose(port: WorkbookPort, sheet: string): Promise<StructureProposal> {
  const result = await proposeStructure(port, { sheet });
  if (!result.ok) throw new Error(result.reason);
  return result.proposal;
}

/** The sample's Goals sheet as a person would correct it: Area is the pillar, Now the baseline, Aim the target. */
function fixGoals(c: StructureCorrections): StructureCorrections {
  return { ...c, roles: { ...c.roles, D: 'link', F: 'baseline', G: 'target' } };
}

/** The KPIs sheet: column C holds the goal each KPI measures. */
function fixKpis(c: StructureCorrections): StructureCorrections {
  return { ...c, roles: { ...c.roles, C: 'link' } };
}

/** The KPIs sheet with "KPI status as plain Excel formulas" ticked. */
function fixKpisNative(c: StructureCorrections): StructureCorrections {
  return { ...fixKpis(c), nativeKpiFormulas: true };
}

async function planFor(
  port: WorkbookPort,
  sheet: string,
  fix: (c: StructureCorrections) => StructureCorrections,
): Promise<StructurePlan> {
  const proposal = await propose(port, sheet);
  const result = planProposal(proposal, 0, fix(proposal.corrections[0]), TODAY);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

function columnOf(values: readonly (readonly CellValue[])[], headers: readonly string[], header: string): CellValue[] {
  const i = headers.indexOf(header);
  return values.map((r) => r[i]);
}

async function everything(port: WorkbookPort): Promise<unknown> {
  const sheets = await port.listSheets();
  const snapshots: SheetSnapshot[] = [];
  for (const s of sheets) snapshots.push(await port.readSheet(s.name));
  return {
    sheets,
    tables: await port.listTables(),
    snapshots,
    goals: await port.readSetting('rudder.structure.RudderGoals'),
    kpis: await port.readSetting('rudder.structure.RudderKPIs'),
  };
}

describe('applying Structure to the bakery sample (memory workbook)', () => {
  it('adds a Strategy (Rudder) sheet with the mission, values and pillars, each with an ID and a type list', async () => {
    const port = await bakery();
    const before = await port.readSheet('Strategy');
    const proposal = await propose(port, 'Strategy');
    expect(proposal.corrections[0].kind).toBe('strategy');
    const plan = await planFor(port, 'Strategy', (c) => c);
    const applied = await applyStructure(port, plan, TODAY);
    expect(applied).toMatchObject({ table: 'RudderStrategy', sheet: 'Strategy (Rudder)', range: 'A1:C10' });
    const table = await port.readTable('RudderStrategy');
    if (!table) throw new Error('no table');
    expect(table.headers).toEqual(['Type', 'ID', 'Statement']);
    expect(columnOf(table.rows, table.headers, 'ID')).toEqual([
      'M-1',
      'VI-1',
      'V-1',
      'V-2',
      'V-3',
      'V-4',
      'P-1',
      'P-2',
      'P-3',
    ]);
    expect(columnOf(table.rows, table.headers, 'Statement')[6]).toBe('Product & craft');
    // The Type column offers Rudder's words; no status colours, as a strategy has no status.
    const { validations, conditionalFormats } = port.rulesOf('Strategy (Rudder)');
    expect(validations.map((v) => [v.address, v.values])).toEqual([
      ['A2:A10', ['Mission', 'Vision', 'Value', 'Pillar']],
    ]);
    expect(conditionalFormats).toEqual([]);
    expect(await port.readSheet('Strategy')).toEqual(before);
    expect(await port.readSetting('rudder.structure.RudderStrategy')).toMatchObject({
      table: 'RudderStrategy',
      lastNumbers: { M: 1, VI: 1, V: 4, P: 3, SI: 0 },
    });
    // The Rudder table is not offered for structuring again.
    expect(await proposeStructure(port, { sheet: 'Strategy (Rudder)' })).toEqual({
      ok: false,
      reason: STRUCTURE_MESSAGES.alreadyRudder('Strategy (Rudder)'),
    });
  });

  it("proposes the Goals sheet's Area column as the Pillar link once the strategy table names its pillars", async () => {
    const port = await bakery();
    const before = await propose(port, 'Goals');
    expect(before.corrections[0].roles.D).toBe('other');
    await applyStructure(port, await planFor(port, 'Strategy', (c) => c), TODAY);
    const after = await propose(port, 'Goals');
    expect(after.tables[0].columns.find((c) => c.column === 'D')).toMatchObject({ header: 'Area', role: 'link' });
    expect(after.corrections[0].roles.D).toBe('link');
  });

  it('adds a Goals (Rudder) sheet whose table scores every goal, and leaves the Goals sheet exactly as it was', async () => {
    const port = await bakery();
    const before = await port.readSheet('Goals');
    const plan = await planFor(port, 'Goals', fixGoals);
    expect(plan.summary).toBe(
      "Adds sheet 'Goals (Rudder)' with a table of 10 goals; your sheet 'Goals' is not changed.",
    );
    const applied = await applyStructure(port, plan, TODAY);
    expect(applied).toMatchObject({ table: 'RudderGoals', sheet: 'Goals (Rudder)', range: 'A1:M11', created: true });
    const table = await port.readTable('RudderGoals');
    if (!table) throw new Error('no table');
    const scores = columnOf(table.rows, table.headers, 'SMART');
    for (const s of scores) expect(typeof s).toBe('number');
    // The vague goal scores below the specific, measured, dated one.
    expect(scores[0] as number).toBeLessThan(scores[2] as number);
    expect(columnOf(table.rows, table.headers, 'Pillar')[2]).toBe('Product & craft');
    expect(columnOf(table.rows, table.headers, 'Baseline')[2]).toBe(120);
    expect(typeof columnOf(table.rows, table.headers, 'Tips')[0]).toBe('string');
    expect(await port.readSheet('Goals')).toEqual(before);
    expect(port.getFrozenRows('Goals (Rudder)')).toBe(1);
    expect(port.getCellDisplay('Goals (Rudder)', 1, 10).fill).not.toBeNull();
  });

  it('adds the KPI table with live statuses, and rolls each goal Status up from its KPIs', async () => {
    const port = await bakery();
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    const kpiSheet = await port.readSheet('KPIs');
    await applyStructure(port, await planFor(port, 'KPIs', fixKpis), TODAY);
    const kpis = await port.readTable('RudderKPIs');
    if (!kpis) throw new Error('no KPI table');
    for (const status of columnOf(kpis.rows, kpis.headers, 'Status')) expect(STATUSES).toContain(status);
    expect(columnOf(kpis.rows, kpis.headers, 'Goal')[0]).toBe('G-003');
    expect(typeof columnOf(kpis.rows, kpis.headers, 'Progress')[0]).toBe('number');
    expect(port.getCellDisplay('KPIs (Rudder)', 1, 3).validationList).toEqual(['higher', 'lower', 'range', 'maintain']);
    const goals = await port.readTable('RudderGoals');
    if (!goals) throw new Error('no goal table');
    const statusOf = (id: string): CellValue =>
      goals.rows[columnOf(goals.rows, goals.headers, 'ID').indexOf(id)][goals.headers.indexOf('Status')];
    // G-009's only KPI (K-009) is past its due date short of its target; G-007 has no KPI.
    expect(statusOf('G-009')).toBe('Missed');
    expect(statusOf('G-007')).toBe('No data');
    expect(await port.readSheet('KPIs')).toEqual(kpiSheet);
  });

  it('updates the same table on a second run, keeping IDs and pre-filling the corrections', async () => {
    const port = await bakery();
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    const again = await propose(port, 'Goals');
    expect(again.corrections[0].roles).toMatchObject({ D: 'link', F: 'baseline', G: 'target' });
    const result = planProposal(again, 0, again.corrections[0], TODAY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan.summary).toBe(
      "Updates the table RudderGoals on sheet 'Goals (Rudder)' (10 unchanged); your sheet 'Goals' is not changed.",
    );
    await applyStructure(port, result.plan, TODAY);
    expect((await port.listTables()).filter((t) => t.name === 'RudderGoals')).toHaveLength(1);
    expect((await port.listSheets()).map((s) => s.name)).toEqual([
      'Strategy',
      'Goals',
      'KPIs',
      'SWOT',
      'Monthly numbers',
      'Goals (Rudder)',
    ]);
  });

  it('refuses to structure a Rudder table of its own', async () => {
    const port = await bakery();
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    expect(await proposeStructure(port, { sheet: 'Goals (Rudder)' })).toEqual({
      ok: false,
      reason: STRUCTURE_MESSAGES.alreadyRudder('Goals (Rudder)'),
    });
  });

  it("reads 03/04/2027 by the host's locale (Excel's system culture) and says so in the plan's notes", async () => {
    const sheet = [
      ['Goal', 'Owner', 'Due'],
      ['Open a second counter at the station', 'Ann', '03/04/2027'],
    ];
    const dueIn = async (locale: string | undefined): Promise<{ due: unknown; notes: readonly string[] }> => {
      const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY), locale });
      await port.addSheet('Plan');
      await port.writeBlock('Plan', 'A1', sheet);
      const plan = await planFor(port, 'Plan', (c) => c);
      const dueAt = plan.columns.findIndex((c) => c.header === 'Due');
      return { due: plan.rows[0][dueAt], notes: plan.notes };
    };
    const american = await dueIn('en-US');
    expect(american.due).toEqual({ date: serialFromYmd(2027, 3, 4) });
    expect(american.notes.join(' ')).toContain('as en-US writes dates');
    const excel = new ExcelFake();
    excel.state.culture = 'en-US';
    const office = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
    await office.addSheet('Plan');
    await office.writeBlock('Plan', 'A1', sheet);
    const inExcel = await planFor(office, 'Plan', (c) => c);
    expect(inExcel.rows[0][inExcel.columns.findIndex((c) => c.header === 'Due')]).toEqual({
      date: serialFromYmd(2027, 3, 4),
    });
    const unknown = await dueIn(undefined);
    expect(unknown.due).toEqual({ date: serialFromYmd(2027, 4, 3) });
    expect(unknown.notes.join(' ')).toContain('as most of the world writes them');
  });

  it('says plainly why a sheet has nothing to structure', async () => {
    const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
    await port.addSheet('Notes');
    await port.writeBlock('Notes', 'A1', [['Ideas for next year']]);
    expect(await proposeStructure(port, { sheet: 'Notes' })).toEqual({
      ok: false,
      reason: 'Nothing to structure here, because the sheet only holds a title.',
    });
  });
});

/** Fails the Nth call of any port method that writes, to test that Apply leaves nothing behind. */
function failingOnWrite(port: WorkbookPort, n: number): WorkbookPort {
  let writes = 0;
  const writing = new Set([
    'writeBlock',
    'addSheet',
    'upsertTable',
    'setConditionalFormats',
    'setValidationList',
    'freezeRows',
    'writeSetting',
  ]);
  return new Proxy(port, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (writing.has(String(prop)) && ++writes === n) return Promise.reject(new Error('the workbook is busy'));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('Apply is all or nothing', () => {
  it.each(['Goals', 'KPIs'])('leaves no trace when any write step fails on %s, first run or re-run', async (sheet) => {
    const port = await bakery();
    // A first run of goals, so the KPI case also covers the goal Status refresh and the re-run path.
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    const fix = sheet === 'Goals' ? fixGoals : fixKpis;
    let failures = 0;
    for (let n = 1; n < 30; n++) {
      const plan = await planFor(port, sheet, fix);
      const before = await everything(port);
      try {
        await applyStructure(failingOnWrite(port, n), plan, TODAY);
      } catch (error) {
        failures++;
        expect(error).toBeInstanceOf(StructureApplyError);
        expect((error as StructureApplyError).undone).toBe(true);
        expect((error as Error).message).toContain(
          `Your sheet '${sheet}' is not changed. What went wrong: The workbook is busy.`,
        );
        expect(await everything(port)).toEqual(before);
        continue;
      }
      break;
    }
    expect(failures).toBeGreaterThan(3);
  });
});

/** One sheet of the sample copied into the Excel fake, values only: the fake does not calculate. */
async function sampleSheetInExcel(sheet: string): Promise<OfficeWorkbook> {
  const source = await (await bakery()).readSheet(sheet);
  const excel = new ExcelFake();
  excel.state.addSheet(sheet);
  const port = new OfficeWorkbook({
    excel,
    settings: new FakeSettings(),
    requirements: excel.requirements,
    label: 'Excel (fake)',
  });
  await port.writeBlock(
    sheet,
    'A1',
    source.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v))),
  );
  return port;
}

describe('applying Structure through the Office adapter (Excel fake)', () => {
  it('writes the goal table with its formula columns on a new sheet and leaves the source as it was', async () => {
    const port = await sampleSheetInExcel('Goals');
    const before = await port.readSheet('Goals');
    const plan = await planFor(port, 'Goals', fixGoals);
    const applied = await applyStructure(port, plan, TODAY);
    expect(applied.sheet).toBe('Goals (Rudder)');
    const written = await port.readRange('Goals (Rudder)', 'A1:M2');
    expect(written.values[0]).toEqual(plan.columns.map((c) => c.header));
    expect(written.formulas?.[1][10]).toMatch(/RUDDER\.SMARTSCORE/);
    expect(await port.readSheet('Goals')).toEqual(before);
    expect(await port.readSetting('rudder.structure.RudderGoals')).toMatchObject({
      table: 'RudderGoals',
      sheet: 'Goals (Rudder)',
    });
  });
});

describe('KPI status as plain Excel formulas, through each host', () => {
  async function kpiTable(
    native: boolean,
  ): Promise<{ port: MemoryWorkbook; values: CellValue[][]; headers: string[] }> {
    const port = await bakery();
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    await applyStructure(port, await planFor(port, 'KPIs', native ? fixKpisNative : fixKpis), TODAY);
    const table = await port.readTable('RudderKPIs');
    if (!table) throw new Error('no KPI table');
    return { port, values: table.rows.map((r) => [...r]), headers: [...table.headers] };
  }

  it('computes the same statuses and progress in the playground as RUDDER.KPI_STATUS does, for the sample', async () => {
    const rudder = await kpiTable(false);
    const native = await kpiTable(true);
    const statuses = columnOf(native.values, native.headers, 'Status');
    expect(statuses).toEqual(columnOf(rudder.values, rudder.headers, 'Status'));
    // The sample covers more than one status, so agreement is not agreement on a constant.
    expect(new Set(statuses).size).toBeGreaterThan(2);
    for (const s of statuses) expect(STATUSES).toContain(s);
    const progress = columnOf(native.values, native.headers, 'Progress');
    columnOf(rudder.values, rudder.headers, 'Progress').forEach((p, i) => {
      if (typeof p === 'number') expect(progress[i]).toBeCloseTo(p, 12);
      // With no actual, both leave the cell blank.
      else expect([p, progress[i]]).toEqual(['', '']);
    });
    // The playground's engine has no LET, so it gets the long form; no Rudder call is left.
    const status = native.headers.indexOf('Status');
    const formula = native.port.getCellFormula('KPIs (Rudder)', 1, status) ?? '';
    expect(formula).not.toMatch(/RUDDER\.|LET\(/i);
    expect(formula).toMatch(/^=IF\(/);
  });

  it('writes the LET form through Excel (fake), and the goals roll up from the native statuses', async () => {
    const port = await sampleSheetInExcel('KPIs');
    const plan = await planFor(port, 'KPIs', fixKpisNative);
    await applyStructure(port, plan, TODAY);
    const written = await port.readRange('KPIs (Rudder)', 'A1:O2');
    const at = plan.columns.findIndex((c) => c.header === 'Status');
    const formula = String(written.formulas?.[1][at]);
    expect(formula.startsWith('=LET(')).toBe(true);
    expect(formula).not.toMatch(/RUDDER\./);
    expect(formula.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
  });

  it('writes LET as files store it (_xlfn.LET, _xlpm. names) within 8,192 characters in the file', async () => {
    const memory = await bakery();
    const source = await memory.readSheet('KPIs');
    const port = new XlsxWorkbook(new ExcelJS.Workbook());
    await port.addSheet('KPIs');
    await port.writeBlock(
      'KPIs',
      'A1',
      source.values.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? null : v))),
    );
    const plan = await planFor(port, 'KPIs', fixKpisNative);
    await applyStructure(port, plan, TODAY);
    const ws = port.workbook.getWorksheet('KPIs (Rudder)');
    if (!ws) throw new Error('no KPI sheet');
    for (const header of ['Status', 'Progress']) {
      const col = plan.columns.findIndex((c) => c.header === header) + 1;
      const stored = ws.getCell(2, col).formula;
      expect(stored.startsWith('_xlfn.LET(_xlpm.rdWord,')).toBe(true);
      expect(stored).toContain('RudderKPIs[[#This Row],[Actual]]');
      expect(stored).not.toMatch(/[,(]rdDir[,)=]/);
      expect(stored.length + 1).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
    }
  });

  it('puts the RUDDER.* formulas back when switching to plain formulas fails half way', async () => {
    const port = await bakery();
    await applyStructure(port, await planFor(port, 'Goals', fixGoals), TODAY);
    await applyStructure(port, await planFor(port, 'KPIs', fixKpis), TODAY);
    let failures = 0;
    for (let n = 1; n < 30; n++) {
      const plan = await planFor(port, 'KPIs', fixKpisNative);
      const before = await everything(port);
      try {
        await applyStructure(failingOnWrite(port, n), plan, TODAY);
      } catch (error) {
        failures++;
        expect((error as StructureApplyError).undone).toBe(true);
        expect(await everything(port)).toEqual(before);
        continue;
      }
      break;
    }
    expect(failures).toBeGreaterThan(2);
    const table = await port.readTable('RudderKPIs');
    const status = table?.headers.indexOf('Status') ?? -1;
    expect(port.getCellFormula('KPIs (Rudder)', 1, status)).not.toMatch(/RUDDER\./);
  });
});
