/**
 * `rudder structure -o` output opened and recalculated by LibreOffice: every cell Rudder wrote a
 * value to reads without an error, user text stays text, and the input file is byte-identical.
 * RUDDER.* formula cells are left out: LibreOffice recalculates on load and does not know them.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { utcDateFromSerial } from '../../src/core/dates/serial';
import { BAKERY_SAMPLE } from '../../src/sample/bakery';
import { runCli } from '../unit/cli/cliHarness';
import { recalculateToCsv, SPREADSHEET_ERROR } from './libreoffice';

jest.setTimeout(240_000);

/** The playground's bakery as a file, values only (as a user's own workbook would hold them). */
async function bakeryFile(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of BAKERY_SAMPLE.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === undefined || (typeof cell === 'object' && 'formula' in cell)) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && 'date' in cell) {
          target.value = utcDateFromSerial(cell.date);
          target.numFmt = 'yyyy-mm-dd';
        } else target.value = cell;
      }),
    );
    // The monthly numbers' headers are months ("Dec-25"), as a person formats them; a month reads as its last day.
    for (const { topLeft, rows, format } of sheet.numberFormats ?? []) {
      const first = ws.getCell(topLeft);
      for (let r = 0; r < rows; r++) ws.getCell(Number(first.row) + r, Number(first.col)).numFmt = format;
    }
  }
  await wb.xlsx.writeFile(path);
}

describe('rudder structure -o in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-structure-interop-'));
  const input = join(dir, 'bakery.xlsx');
  const output = join(dir, 'bakery-structured.xlsx');
  let before: Buffer;
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    await bakeryFile(input);
    before = readFileSync(input);
    const run = await runCli(['structure', input, '-o', output]);
    if (run.code !== 0) throw new Error(`rudder structure failed: ${run.stderr}`);
    sheets = await recalculateToCsv(output);
  });

  it('keeps the input file byte for byte', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps every sheet of the input and adds the Rudder sheets', () => {
    expect(Object.keys(sheets)).toEqual(
      expect.arrayContaining([
        'Strategy',
        'Goals',
        'KPIs',
        'SWOT',
        'Strategy (Rudder)',
        'Goals (Rudder)',
        'KPIs (Rudder)',
        'History (Rudder)',
      ]),
    );
  });

  it('shows no error value in any cell Rudder wrote a value to', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const offenders: string[] = [];
    let checked = 0;
    for (const name of ['Strategy (Rudder)', 'Goals (Rudder)', 'KPIs (Rudder)', 'History (Rudder)']) {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const isFormula = typeof cell.value === 'object' && cell.value !== null && 'formula' in cell.value;
          if (isFormula) return;
          checked++;
          const shown = sheets[name][r - 1]?.[c - 1] ?? '';
          if (SPREADSHEET_ERROR.test(shown)) offenders.push(`${name}!${cell.address}: ${shown}`);
        }),
      );
    }
    expect(offenders).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('shows the goals, owners and dates as a person wrote them', () => {
    const goals = sheets['Goals (Rudder)'];
    expect(goals[0].slice(0, 10)).toEqual([
      'ID',
      'Goal',
      'Pillar',
      'Source',
      'Owner',
      'Start',
      'Due',
      'Baseline',
      'Target',
      'Unit',
    ]);
    expect(goals[1][0]).toBe('G-001');
    expect(goals[1][1]).toBe('Improve things');
    // G-004's due date was text ("Q3 2027") and is now the quarter's last day.
    const g4 = goals.find((r) => r[0] === 'G-004');
    expect(g4?.[6]).toBe('2027-09-30');
    const kpis = sheets['KPIs (Rudder)'];
    expect(kpis[1].slice(0, 3)).toEqual(['K-001', 'Weekday sourdough loaves sold per week', expect.any(String)]);
    // K-001 has a year of monthly numbers: its As of is the last month's end, read from the history by formula.
    expect(kpis[1][8]).toBe('2026-11-30');
    // K-007 has no monthly numbers: its As of is the date the KPIs sheet gives.
    expect(kpis.find((r) => r[0] === 'K-007')?.[8]).toBe('2026-11-20');
  });

  it('computes each KPI’s Actual and As of from the history in LibreOffice as Rudder saved them', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('KPIs (Rudder)');
    if (!ws) throw new Error('no KPIs sheet');
    const kpis = sheets['KPIs (Rudder)'];
    const compared: string[] = [];
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const actual = row.getCell(8).value as ExcelJS.CellFormulaValue | number | null;
      if (actual === null || typeof actual !== 'object' || !('formula' in actual)) return;
      compared.push(String(kpis[r - 1][0]));
      expect(Number(kpis[r - 1][7])).toBeCloseTo(Number(actual.result), 9);
      const asOf = (row.getCell(9).value as ExcelJS.CellFormulaValue).result;
      expect(kpis[r - 1][8]).toBe(
        (asOf instanceof Date ? asOf : utcDateFromSerial(Number(asOf))).toISOString().slice(0, 10),
      );
    });
    expect(compared).toEqual(['K-001', 'K-002', 'K-003', 'K-004', 'K-005', 'K-008']);
    expect(sheets['History (Rudder)']).toHaveLength(73);
  });

  it('shows the mission, values and pillars with their types and IDs', () => {
    const strategy = sheets['Strategy (Rudder)'];
    expect(strategy[0]).toEqual(['Type', 'ID', 'Statement']);
    expect(strategy.slice(1).map((r) => `${r[0]} ${r[1]}`)).toEqual([
      'Mission M-1',
      'Vision VI-1',
      'Value V-1',
      'Value V-2',
      'Value V-3',
      'Value V-4',
      'Pillar P-1',
      'Pillar P-2',
      'Pillar P-3',
    ]);
    expect(strategy[7][2]).toBe('Product & craft');
  });
});
