/**
 * The behaviour every `WorkbookPort` adapter promises. Each adapter's test file calls
 * `describeWorkbookPortContract` with a factory for a fresh workbook holding one sheet, "Sheet1".
 */
import { parseCellAddress } from '../../src/core/grid/a1';
import type { CellValue, SheetSnapshot } from '../../src/core/grid/types';
import { WorkbookError } from '../../src/host/errors';
import type { TableSpec, WorkbookPort } from '../../src/host/port';
import { shortFormulaNames, SHORT_NAME_LIST } from '../../src/core/share/shortNames';

/** A fresh workbook with exactly one empty sheet named "Sheet1". */
export type PortFactory = () => Promise<WorkbookPort>;

/** The value at an A1 address, whatever the snapshot's origin. */
export function valueAt(snapshot: SheetSnapshot, address: string): CellValue {
  const { row, col } = parseCellAddress(address);
  return snapshot.values[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? null;
}

export function formulaAt(snapshot: SheetSnapshot, address: string): string | null {
  const { row, col } = parseCellAddress(address);
  return snapshot.formulas?.[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? null;
}

function formatAt(snapshot: SheetSnapshot, address: string): string | null {
  const { row, col } = parseCellAddress(address);
  return snapshot.numberFormats?.[row - snapshot.origin.row]?.[col - snapshot.origin.col] ?? null;
}

async function expectWorkbookError(promise: Promise<unknown>, code: WorkbookError['code']): Promise<void> {
  await expect(promise).rejects.toBeInstanceOf(WorkbookError);
  await expect(promise).rejects.toMatchObject({ code });
}

const INJECTIONS = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")'];

function goalsSpec(rows: TableSpec['rows']): TableSpec {
  return {
    name: 'RudderGoals',
    sheet: 'Goals',
    topLeft: 'B2',
    columns: [
      { header: 'ID' },
      { header: 'Goal' },
      { header: 'Target', numberFormat: '0' },
      { header: 'Double', formula: '=[@Target]*2' },
    ],
    rows,
  };
}

export interface ContractOptions {
  /**
   * Whether the port computes formulas. The file adapter cannot, and the Excel fake does not
   * (real Excel does); for them the suite checks formula text but not the computed values.
   * @default true for memory, false for file
   */
  readonly calculates?: boolean;
}

export function describeWorkbookPortContract(name: string, makePort: PortFactory, options: ContractOptions = {}): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    let port: WorkbookPort;
    let calculates = false;
    beforeEach(async () => {
      port = await makePort();
      calculates = options.calculates ?? port.hostInfo().kind !== 'file';
    });

    it('describes its host', () => {
      const info = port.hostInfo();
      expect(['excel', 'memory', 'file']).toContain(info.kind);
      expect(info.label.length).toBeGreaterThan(0);
    });

    it('lists the starting sheet with no used range', async () => {
      expect(await port.listSheets()).toEqual([{ name: 'Sheet1', usedRange: null, visible: true }]);
    });

    it('writes a block and reads it back with its used range', async () => {
      await port.writeBlock('Sheet1', 'B2', [
        ['Name', 'Score', 'Done'],
        ['Alpha', 12.5, true],
        ['Beta', -3, false],
      ]);
      const [sheet] = await port.listSheets();
      expect(sheet.usedRange).toBe('B2:D4');
      const snap = await port.readSheet('Sheet1');
      expect(valueAt(snap, 'B2')).toBe('Name');
      expect(valueAt(snap, 'C3')).toBe(12.5);
      expect(valueAt(snap, 'D3')).toBe(true);
      expect(valueAt(snap, 'D4')).toBe(false);
      expect(valueAt(snap, 'A1')).toBeNull();
    });

    it('reads an exact range with its origin, blanks as null', async () => {
      await port.writeBlock('Sheet1', 'A1', [
        [1, 2],
        [3, 4],
      ]);
      const snap = await port.readRange('Sheet1', 'B2:C3');
      expect(snap.origin).toEqual({ row: 1, col: 1 });
      expect(snap.values).toEqual([
        [4, null],
        [null, null],
      ]);
    });

    it('keeps user text as text, never as a formula', async () => {
      await port.writeBlock(
        'Sheet1',
        'A1',
        INJECTIONS.map((t) => [t]),
      );
      await port.writeBlock('Sheet1', 'B1', [['123'], ['TRUE'], ['2027-03-31']]);
      const snap = await port.readSheet('Sheet1');
      INJECTIONS.forEach((text, i) => {
        expect(valueAt(snap, `A${i + 1}`)).toBe(text);
        expect(formulaAt(snap, `A${i + 1}`) ?? text).toBe(text);
      });
      expect(valueAt(snap, 'B1')).toBe('123');
      expect(valueAt(snap, 'B2')).toBe('TRUE');
      expect(valueAt(snap, 'B3')).toBe('2027-03-31');
    });

    it('writes formulas only when asked, and reads formula and value', async () => {
      await port.writeBlock('Sheet1', 'A1', [[2, 3, { formula: '=A1*B1' }]]);
      const snap = await port.readSheet('Sheet1');
      expect(formulaAt(snap, 'C1')).toBe('=A1*B1');
      if (calculates) expect(valueAt(snap, 'C1')).toBe(6);
    });

    it('writes dates as serial numbers with a date format', async () => {
      await port.writeBlock('Sheet1', 'A1', [[{ date: 46477 }]]);
      const snap = await port.readSheet('Sheet1');
      expect(valueAt(snap, 'A1')).toBe(46477);
      expect(formatAt(snap, 'A1')).toMatch(/y/i);
    });

    it('clears cells written as null', async () => {
      await port.writeBlock('Sheet1', 'A1', [['a', 'b']]);
      await port.writeBlock('Sheet1', 'A1', [[null, 'c']]);
      const snap = await port.readRange('Sheet1', 'A1:B1');
      expect(snap.values).toEqual([[null, 'c']]);
    });

    it('refuses unknown sheets and bad addresses with typed errors', async () => {
      await expectWorkbookError(port.readSheet('Nope'), 'no-such-sheet');
      await expectWorkbookError(port.writeBlock('Nope', 'A1', [[1]]), 'no-such-sheet');
      await expectWorkbookError(port.writeBlock('Sheet1', 'not a cell', [[1]]), 'bad-address');
      await expectWorkbookError(port.readRange('Sheet1', 'A1:??'), 'bad-address');
    });

    it('finds sheets ignoring case', async () => {
      await port.writeBlock('sheet1', 'A1', [['x']]);
      const snap = await port.readSheet('SHEET1');
      expect(snap.name).toBe('Sheet1');
      expect(valueAt(snap, 'A1')).toBe('x');
    });

    it('adds sheets with unique names when the name is taken', async () => {
      expect(await port.addSheet('Goals')).toBe('Goals');
      expect(await port.addSheet('goals')).toBe('goals (2)');
      expect(await port.addSheet('Goals')).toBe('Goals (3)');
      expect(await port.addSheet('Sheet1')).toBe('Sheet1 (2)');
      expect((await port.listSheets()).map((s) => s.name)).toEqual([
        'Sheet1',
        'Goals',
        'goals (2)',
        'Goals (3)',
        'Sheet1 (2)',
      ]);
    });

    it('cleans sheet names Excel would refuse', async () => {
      const name = await port.addSheet('Q1/Q2 [draft]: a very long name for a sheet tab');
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    });

    it('deletes a sheet but never the last one', async () => {
      await port.addSheet('Scratch');
      await port.deleteSheet('scratch');
      expect((await port.listSheets()).map((s) => s.name)).toEqual(['Sheet1']);
      await expectWorkbookError(port.deleteSheet('Sheet1'), 'write-failed');
      await expectWorkbookError(port.deleteSheet('Gone'), 'no-such-sheet');
    });

    it('creates a table with headers, rows and a formula column', async () => {
      await port.addSheet('Goals');
      const result = await port.upsertTable(
        goalsSpec([
          ['G-001', 'Grow revenue', 10, null],
          ['G-002', '=not a formula', 4, null],
        ]),
      );
      expect(result).toEqual({ sheet: 'Goals', range: 'B2:E4', created: true });
      expect(await port.listTables()).toEqual([
        { name: 'RudderGoals', sheet: 'Goals', range: 'B2:E4', headers: ['ID', 'Goal', 'Target', 'Double'] },
      ]);
      const table = await port.readTable('RudderGoals');
      expect(table?.headers).toEqual(['ID', 'Goal', 'Target', 'Double']);
      expect(table?.rows.map((r) => r.slice(0, 3))).toEqual([
        ['G-001', 'Grow revenue', 10],
        ['G-002', '=not a formula', 4],
      ]);
      const snap = await port.readSheet('Goals');
      expect(formulaAt(snap, 'E3') ?? '').toMatch(/Target/);
      if (calculates) expect(table?.rows.map((r) => r[3])).toEqual([20, 8]);
    });

    it('updates a table of the same name instead of adding a second one', async () => {
      await port.addSheet('Goals');
      await port.upsertTable(
        goalsSpec([
          ['G-001', 'a', 1, null],
          ['G-002', 'b', 2, null],
          ['G-003', 'c', 3, null],
        ]),
      );
      const again = await port.upsertTable({ ...goalsSpec([['G-009', 'z', 9, null]]), topLeft: 'H20' });
      expect(again).toEqual({ sheet: 'Goals', range: 'B2:E3', created: false });
      const tables = await port.listTables();
      expect(tables).toHaveLength(1);
      const table = await port.readTable('ruddergoals');
      expect(table?.rows.map((r) => r.slice(0, 3))).toEqual([['G-009', 'z', 9]]);
      // The rows the old table had below the new body are cleared.
      const snap = await port.readRange('Goals', 'B4:D5');
      expect(snap.values).toEqual([
        [null, null, null],
        [null, null, null],
      ]);
    });

    it('grows a table by a column when it is updated with one more (a table made before that column existed)', async () => {
      await port.addSheet('Goals');
      await port.upsertTable(goalsSpec([['G-001', 'a', 1, null]]));
      const wider = goalsSpec([['G-001', 'a', 1, null]]);
      const again = await port.upsertTable({
        ...wider,
        columns: [...wider.columns, { header: 'Outlook' }],
        rows: [[...wider.rows[0], 'At risk']],
      });
      expect(again).toEqual({ sheet: 'Goals', range: 'B2:F3', created: false });
      const table = await port.readTable('RudderGoals');
      expect(table?.headers[4]).toBe('Outlook');
      expect(table?.rows[0][4]).toBe('At risk');
      expect(await port.listTables()).toHaveLength(1);
    });

    it('keeps one body row for a table without rows', async () => {
      await port.addSheet('Goals');
      const result = await port.upsertTable(goalsSpec([]));
      expect(result.range).toBe('B2:E3');
    });

    it('reads tables by name ignoring case, and answers null for unknown tables', async () => {
      await port.addSheet('Goals');
      await port.upsertTable(goalsSpec([['G-001', 'a', 1, null]]));
      expect((await port.readTable('RUDDERGOALS'))?.name).toBe('RudderGoals');
      expect(await port.readTable('RudderKPIs')).toBeNull();
    });

    it('hands over a table in parts with the same rows as a whole read, where it can read in parts', async () => {
      if (!port.readTableInParts) return;
      await port.addSheet('Goals');
      const rows = ['a', 'b', 'c', 'd', 'e'].map((text, i) => [`G-00${i + 1}`, text, i + 1, null]);
      await port.upsertTable(goalsSpec(rows));
      const whole = await port.readTable('RudderGoals');
      const parts: { table: string; first: number; rows: unknown[][] }[] = [];
      const info = await port.readTableInParts('ruddergoals', 2, (table, part, first) => {
        parts.push({ table: table.name, first, rows: part.map((r) => [...r]) });
      });
      expect(info).toEqual({ name: 'RudderGoals', sheet: 'Goals', range: 'B2:E7', headers: whole?.headers });
      expect(parts.every((p) => p.table === 'RudderGoals')).toBe(true);
      expect(parts.map((p) => [p.first, p.rows.length])).toEqual([
        [0, 2],
        [2, 2],
        [4, 1],
      ]);
      expect(parts.flatMap((p) => p.rows)).toEqual(whole?.rows.map((r) => [...r]));
      expect(await port.readTableInParts('RudderKPIs', 2, () => undefined)).toBeNull();
    });

    it('hands over no part of a table without body rows, and reads parts of one row when given a bad part size', async () => {
      if (!port.readTableInParts) return;
      await port.addSheet('Goals');
      await port.upsertTable(goalsSpec([]));
      const empty: number[] = [];
      const info = await port.readTableInParts('RudderGoals', 100, (_table, part) => empty.push(part.length));
      expect(info?.name).toBe('RudderGoals');
      // Excel keeps one blank body row in a table without rows: it is handed over, blank, or not at all.
      expect(empty.every((n) => n === 1)).toBe(true);
      await port.upsertTable(
        goalsSpec([
          ['G-001', 'a', 1, null],
          ['G-002', 'b', 2, null],
        ]),
      );
      const sizes: number[] = [];
      await port.readTableInParts('RudderGoals', 0, (_table, part) => sizes.push(part.length));
      expect(sizes).toEqual([1, 1]);
    });

    it('refuses a table on an unknown sheet or with a bad name', async () => {
      await expectWorkbookError(port.upsertTable(goalsSpec([])), 'no-such-sheet');
      await port.addSheet('Goals');
      await expectWorkbookError(port.upsertTable({ ...goalsSpec([]), name: 'A1' }), 'bad-address');
    });

    it('accepts conditional formats and validation lists on a range', async () => {
      await port.writeBlock('Sheet1', 'A1', [['On track'], ['At risk']]);
      await port.setConditionalFormats('Sheet1', 'A1:A10', [
        { kind: 'textEquals', text: 'On track', fill: '#C6EFCE', fontColor: '#006100' },
        { kind: 'numberBetween', min: 0, max: 0.5, fill: '#FFC7CE', fontColor: '#9C0006' },
      ]);
      await port.setConditionalFormats('Sheet1', 'A1:A10', [
        { kind: 'textEquals', text: 'At risk', fill: '#FFEB9C', fontColor: '#9C5700' },
      ]);
      await port.setValidationList('Sheet1', 'B1:B10', ['higher', 'lower', 'range']);
      await expectWorkbookError(port.setConditionalFormats('Nope', 'A1', []), 'no-such-sheet');
      await expectWorkbookError(port.setValidationList('Sheet1', 'B1:', ['a']), 'bad-address');
      const snap = await port.readRange('Sheet1', 'A1:A2');
      expect(snap.values).toEqual([['On track'], ['At risk']]);
    });

    it('freezes rows and refuses a negative count', async () => {
      await port.freezeRows('Sheet1', 1);
      await port.freezeRows('Sheet1', 0);
      await expectWorkbookError(port.freezeRows('Sheet1', -1), 'bad-address');
      await expectWorkbookError(port.freezeRows('Nope', 1), 'no-such-sheet');
    });

    it('selects a range and reports it as the selection', async () => {
      const name = await port.addSheet('Findings');
      await port.select(name, 'B3:C4');
      const selection = await port.getSelection();
      if (selection !== null) expect(selection).toEqual({ sheet: 'Findings', address: 'B3:C4' });
      await expectWorkbookError(port.select('Nope', 'A1'), 'no-such-sheet');
    });

    it('round-trips settings as JSON and answers undefined for unknown keys', async () => {
      const value = {
        mapping: { goals: 'MyGoals' },
        steps: [1, 2, 3],
        done: false,
        note: null,
        text: '=not a formula',
      };
      await port.writeSetting('rudder.swot', value);
      await port.writeSetting('rudder.count', 3);
      await port.writeSetting('rudder.count', 4);
      expect(await port.readSetting('rudder.swot')).toEqual(value);
      expect(await port.readSetting('rudder.count')).toBe(4);
      expect(await port.readSetting('rudder.missing')).toBeUndefined();
    });

    it('keeps settings and tables out of the user-visible sheet list', async () => {
      await port.writeSetting('k', 'v');
      const sheets = await port.listSheets();
      expect(sheets.filter((s) => s.visible).map((s) => s.name)).toEqual(['Sheet1']);
    });

    describe('short formula names', () => {
      const names = shortFormulaNames();
      const formulaOf = async (name: string): Promise<string[]> =>
        ((await port.listNames?.()) ?? []).filter((n) => n.name.toUpperCase() === name).map((n) => n.formula);

      it('adds the four LAMBDA names, and a second run changes nothing and never duplicates', async () => {
        const first = await port.addNames?.(names);
        expect(first).toMatchObject({ outcome: 'written', added: [...SHORT_NAME_LIST], conflicts: [] });
        for (const n of names) expect(await formulaOf(n.name)).toEqual([n.formula]);
        const again = await port.addNames?.(names);
        expect(again).toMatchObject({ added: [], replaced: [], unchanged: [...SHORT_NAME_LIST] });
        expect((await port.listNames?.())?.length).toBe(4);
      });

      it("replaces Rudder's own earlier name, but leaves and reports the user's name of the same spelling", async () => {
        await port.addNames?.([
          { name: 'kpi_status', formula: '=42' },
          { name: 'SMARTSCORE', formula: '=1', comment: 'Rudder: an older version' },
        ]);
        const result = await port.addNames?.(names);
        expect(result?.conflicts).toEqual([{ name: 'KPI_STATUS', existingFormula: '=42' }]);
        expect(result?.replaced).toEqual(['SMARTSCORE']);
        expect(await formulaOf('KPI_STATUS')).toEqual(['=42']);
        expect(await formulaOf('SMARTSCORE')).toEqual([names[0].formula]);
      });

      it('replaces a user name only when asked to', async () => {
        await port.addNames?.([{ name: 'KPI_STATUS', formula: '=42' }]);
        const result = await port.addNames?.(names, { overwrite: ['KPI_STATUS'] });
        expect(result).toMatchObject({ replaced: ['KPI_STATUS'], conflicts: [] });
        expect(await formulaOf('KPI_STATUS')).toEqual([names[2].formula]);
      });
    });
  });
}
