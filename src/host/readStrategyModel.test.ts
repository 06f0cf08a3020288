import ExcelJS from 'exceljs';
import { runAlignment } from '../core/alignment';
import { serialFromYmd } from '../core/dates/serial';
import { NO_RUDDER_TABLES } from '../core/model';
import type { StructureCorrections } from '../core/structure';
import { createRudderFunctions } from '../functions/registry';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { ExcelFake, FakeSettings } from '../../test/fakes/excelFake';
import { cleanTables, plantedTables, writeTables } from '../../test/unit/cli/auditBooks';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { OfficeWorkbook } from './office/officeWorkbook';
import type { WorkbookPort } from './port';
import { readStrategyModel, readStrategyWorkbook, ROWS_PER_PART, structureSettingKey } from './readStrategyModel';
import { XlsxFilePort } from './xlsx';
import { applyStructure, planProposal, proposeStructure } from './structureApply';

const TODAY = serialFromYmd(2027, 1, 15);

function memory(): MemoryWorkbook {
  return new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
}

/** Counts the port calls a reader makes, by method name. */
function counting(port: WorkbookPort): { port: WorkbookPort; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(port, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: proxy, calls };
}

async function structure(
  port: WorkbookPort,
  sheet: string,
  fix: (c: StructureCorrections) => StructureCorrections,
): Promise<void> {
  const proposal = await proposeStructure(port, { sheet });
  if (!proposal.ok) throw new Error(proposal.reason);
  const planned = planProposal(proposal.proposal, 0, fix(proposal.proposal.corrections[0]), TODAY);
  if (!planned.ok) throw new Error(planned.reason);
  await applyStructure(port, planned.plan, TODAY);
}

describe('reading the strategy model through the port', () => {
  it('builds the model from the Rudder tables of a workbook, reading each table once', async () => {
    const book = memory();
    await writeTables(book, cleanTables());
    const { port, calls } = counting(book);
    const model = await readStrategyModel(port);
    expect(model.isEmpty).toBe(false);
    expect([
      model.strategy.length,
      model.goals.length,
      model.kpis.length,
      model.swot.length,
      model.tows.length,
    ]).toEqual([4, 2, 2, 3, 1]);
    expect(model.kpis[0].goal.links[0]).toMatchObject({ match: 'id', target: { kind: 'goal', index: 0 } });
    expect(calls.get('listTables')).toBe(1);
    expect(calls.get('readTable')).toBe(5);
    expect(calls.get('readSheet')).toBeUndefined();
  });

  it('leaves tables that are not Rudder tables unread', async () => {
    const book = memory();
    await writeTables(book, cleanTables().slice(1, 3));
    await book.upsertTable({
      name: 'Expenses',
      sheet: 'Goals',
      topLeft: 'T1',
      columns: [{ header: 'Item' }, { header: 'Cost' }],
      rows: [['Flour', 120]],
    });
    const { port, calls } = counting(book);
    const read = await readStrategyWorkbook(port);
    expect(read.tables.map((t) => t.name)).toEqual(['RudderGoals', 'RudderKPIs']);
    expect(calls.get('readTable')).toBe(2);
  });

  it('reads a table longer than one part in parts where the port can, and finds the same as a whole read', async () => {
    const tables = plantedTables().map((t) =>
      t.name !== 'RudderKPIs'
        ? t
        : { ...t, rows: Array.from({ length: ROWS_PER_PART * 2 + 345 }, (_, i) => t.rows[i % t.rows.length]) },
    );
    const inParts = new XlsxFilePort(new ExcelJS.Workbook());
    await inParts.addSheet('Start');
    const whole = memory();
    await writeTables(inParts, tables);
    await writeTables(whole, tables);
    const { port, calls } = counting(inParts);
    const read = await readStrategyWorkbook(port);
    expect(calls.get('readTable')).toBeUndefined();
    const model = read.model;
    const expected = await readStrategyModel(whole);
    expect(model.kpis).toHaveLength(ROWS_PER_PART * 2 + 345);
    expect(model.kpis.map((k) => [k.id, k.location.cell, k.goal.links.map((l) => l.target)])).toEqual(
      expected.kpis.map((k) => [k.id, k.location.cell, k.goal.links.map((l) => l.target)]),
    );
    expect(model.tables).toEqual(expected.tables);
    const rules = (m: typeof model) => runAlignment(m, { asOf: TODAY }).findings.map((f) => [f.rule, f.cell]);
    expect(rules(model)).toEqual(rules(expected));
  });

  it('gives the plain how-to-start message for a workbook with no Rudder tables', async () => {
    const book = memory();
    await loadSample(book, BAKERY_SAMPLE);
    const model = await readStrategyModel(book);
    expect(model.isEmpty).toBe(true);
    expect(model.emptyReason).toBe(NO_RUDDER_TABLES);
  });

  it('reads the bakery sample once Structure has made Rudder tables of it, and the check finds its planted problems', async () => {
    const book = memory();
    await loadSample(book, BAKERY_SAMPLE);
    await structure(book, 'Goals', (c) => ({ ...c, roles: { ...c.roles, D: 'link', F: 'baseline', G: 'target' } }));
    await structure(book, 'KPIs', (c) => ({ ...c, roles: { ...c.roles, C: 'link' } }));
    const model = await readStrategyModel(book);
    expect(model.goals).toHaveLength(10);
    expect(model.kpis).toHaveLength(10);
    const findings = runAlignment(model, { asOf: TODAY }).findings;
    const about = (rule: string, id: string) => findings.some((f) => f.rule === rule && f.message.includes(id));
    expect(about('broken-link', 'G-012')).toBe(true); // K-007 points at a goal that does not exist
    expect(about('goal-without-kpi', 'G-007')).toBe(true); // nobody measures the market counter
    expect(about('deadline-passed', 'G-009')).toBe(true); // due 30 September 2026
  });

  it("ties the sample's goals to its pillars once Structure has made the strategy table of its Strategy sheet", async () => {
    const book = memory();
    await loadSample(book, BAKERY_SAMPLE);
    await structure(book, 'Strategy', (c) => c);
    await structure(book, 'Goals', (c) => ({ ...c, roles: { ...c.roles, D: 'link', F: 'baseline', G: 'target' } }));
    await structure(book, 'KPIs', (c) => ({ ...c, roles: { ...c.roles, C: 'link' } }));
    const model = await readStrategyModel(book);
    expect(model.strategy.map((s) => `${s.id} ${s.type}`)).toEqual([
      'M-1 mission',
      'VI-1 vision',
      'V-1 value',
      'V-2 value',
      'V-3 value',
      'V-4 value',
      'P-1 pillar',
      'P-2 pillar',
      'P-3 pillar',
    ]);
    // G-003's Pillar cell says "Product & craft", as the Goals sheet's Area column did.
    expect(model.goals[2].pillar.links[0]).toMatchObject({ match: 'name', target: { kind: 'strategy', index: 6 } });
    const findings = runAlignment(model, { asOf: TODAY }).findings;
    const subjects = (rule: string): string[] => findings.filter((f) => f.rule === rule).map((f) => f.subjects[0]);
    // Only the two goals with no Area are tied to nothing; every pillar serves a goal, the values none yet.
    expect(subjects('goal-without-pillar')).toEqual(['G-001', 'G-006']);
    expect(subjects('value-not-reflected')).toEqual(['V-1', 'V-2', 'V-3', 'V-4']);
    expect(subjects('broken-link')).toEqual(['K-007']);
  });

  it("finds a table the user renamed after Structure, through Structure's stored mapping and sheet", async () => {
    const book = memory();
    const [, goals] = cleanTables();
    await writeTables(book, [{ ...goals, name: 'OurGoals', sheet: 'Goals (Rudder)' }]);
    await book.writeSetting(structureSettingKey('goals'), {
      version: 1,
      table: 'RudderGoals',
      sheet: 'Goals (Rudder)',
      lastNumber: 2,
      sources: [],
      rows: [],
    });
    const model = await readStrategyModel(book);
    expect(model.goals.map((g) => g.id)).toEqual(['G-001', 'G-002']);
    expect(model.tables[0]).toMatchObject({ name: 'OurGoals', kind: 'goals' });
  });

  it('reads a table stored with a column mapping, so the user keeps their own header words', async () => {
    const book = memory();
    await book.addSheet('Plan');
    await book.upsertTable({
      name: 'Plan2027',
      sheet: 'Plan',
      topLeft: 'A1',
      columns: ['Ref', 'What we want', 'Finish by', 'Who'].map((header) => ({ header })),
      rows: [['G-001', 'Sell 160 loaves a week by 30 June 2027', { date: serialFromYmd(2027, 6, 30) }, 'Maya']],
    });
    await book.writeSetting(structureSettingKey('goals'), {
      table: 'Plan2027',
      kind: 'goals',
      columns: { Goal: 'What we want', Due: 'Finish by' },
    });
    const model = await readStrategyModel(book);
    expect(model.goals[0]).toMatchObject({
      id: 'G-001',
      text: 'Sell 160 loaves a week by 30 June 2027',
      owner: 'Maya',
      due: { serial: serialFromYmd(2027, 6, 30) },
    });
  });

  it('ignores a stored mapping it cannot use rather than failing the check', async () => {
    const book = memory();
    await writeTables(book, cleanTables().slice(1, 2));
    await book.writeSetting(structureSettingKey('kpis'), 'not a mapping');
    await book.writeSetting(structureSettingKey('swot'), { version: 1, table: 'RudderSWOT', sheet: 'Nowhere' });
    const model = await readStrategyModel(book);
    expect(model.goals).toHaveLength(2);
    expect(model.kpis).toHaveLength(0);
  });

  it('reads through the Office adapter with a fixed number of syncs: two to list, three per table', async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    const port = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
    await writeTables(port, cleanTables());
    excel.resetCounts();
    const model = await readStrategyModel(port);
    expect(model.kpis.map((k) => k.id)).toEqual(['K-001', 'K-002']);
    expect(excel.syncCount).toBeLessThanOrEqual(2 + 3 * 5);
    expect(runAlignment(model, { asOf: TODAY }).findings).toEqual([]);
  });
});
