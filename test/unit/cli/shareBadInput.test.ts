/**
 * `rudder share` on the bad input issue 7 names: external links, protected sheets, array formulas
 * spilling over Rudder cells, RUDDER.* nested in other formulas, formulas without a saved value.
 * Each is handled (and the note says how) or reported plainly, and the copy is whole or absent.
 */
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHarness';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-share-bad-'));

interface ShareJson {
  readonly counts: Record<string, number>;
  readonly warnings: readonly string[];
  readonly cells: readonly { sheet: string; cell: string; action: string }[];
}

async function bookWith(name: string, build: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await build(wb);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A KPI sheet by hand: actual, target, direction in B:D, a Rudder formula in E. */
function kpiSheet(wb: ExcelJS.Workbook, name = 'KPIs'): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.addRows([
    ['KPI', 'Actual', 'Target', 'Direction', 'Status'],
    ['Loaves a week', 150, 160, 'higher'],
    ['Waste %', 4, 5, 'lower'],
  ]);
  return ws;
}

/** An array formula over `range`, as Excel saves one (ExcelJS takes the share type; its typings leave it out). */
function fillArray(ws: ExcelJS.Worksheet, range: string, formula: string, results: number[]): void {
  const fill = ws.fillFormula as unknown as (r: string, f: string, v: number[], shareType: 'array') => void;
  fill.call(ws, range, formula, results, 'array');
}

async function share(
  book: string,
  out: string,
  ...extra: string[]
): Promise<{ code: number; json: ShareJson; stderr: string }> {
  const run = await runCli(['share', book, '-o', out, '--json', ...extra]);
  return { code: run.code, json: (run.code === 0 ? JSON.parse(run.stdout) : {}) as ShareJson, stderr: run.stderr };
}

/** The text of a cell's note (ExcelJS gives a plain note as a string). */
function noteText(cell: ExcelJS.Cell | undefined): string {
  const note: unknown = cell?.note;
  return typeof note === 'string' ? note : '';
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe('rudder share on bad input', () => {
  it('nested RUDDER calls: native where one exists, the value otherwise, and the note says which', async () => {
    const book = await bookWith('nested.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'IF(RUDDER.KPI_STATUS(B2,C2,D2)="Missed","Call Jon","OK")', result: 'OK' };
      ws.getCell('F2').value = { formula: 'IF(RUDDER.SMARTSCORE(A2)<60,"Rewrite","Fine")', result: 'Rewrite' };
    });
    const out = join(dir, 'nested-copy.xlsx');
    const { code, json } = await share(book, out);
    expect(code).toBe(0);
    expect(json.cells.map((c) => [c.cell, c.action])).toEqual([
      ['E2', 'partial'],
      ['F2', 'partial'],
    ]);
    const ws = (await open(out)).getWorksheet('KPIs');
    const e2 = ws?.getCell('E2');
    // The note says the Rudder part became a plain formula where one exists, a value otherwise.
    for (const a of ['E2', 'F2']) expect(noteText(ws?.getCell(a))).toContain('plain Excel formulas where one exists');
    // Without LET (the default form): the status formula for the direction D2 holds, inside the user's IF.
    expect(e2?.formula).toMatch(/^IF\(\(IF\(OR\(SUBSTITUTE\(SUBSTITUTE\(LOWER\(D2\)/);
    expect(e2?.formula).not.toMatch(/LET\(/);
    expect(e2?.formula.endsWith(')="Missed","Call Jon","OK")')).toBe(true);
    expect(ws?.getCell('F2').formula).toMatch(/^IF\(\d+<60,"Rewrite","Fine"\)$/);
  });

  it('a formula without a saved value that Rudder cannot compute: left empty, with a note and a warning', async () => {
    const book = await bookWith('uncached.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'RUDDER.SMARTSCORE(A2&" by June")', result: undefined };
    });
    const out = join(dir, 'uncached-copy.xlsx');
    const { code, json } = await share(book, out);
    expect(code).toBe(0);
    expect(json.counts.missing).toBe(1);
    expect(json.warnings).toContain(
      'KPIs!E2: no calculated value was saved for this Rudder formula and Rudder could not compute it, so the copy leaves the cell empty with a note.',
    );
    const e2 = (await open(out)).getWorksheet('KPIs')?.getCell('E2');
    expect(e2?.value ?? '').toBe('');
    expect(noteText(e2)).toMatch(/^Rudder: this cell used RUDDER\.SMARTSCORE, but the file held no calculated value/);
  });

  it('a saved error value is copied as that error value, not as text', async () => {
    const book = await bookWith('saved-error.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'RUDDER.SMARTSCORE(A2&" by June")', result: { error: '#VALUE!' } };
    });
    const out = join(dir, 'saved-error-copy.xlsx');
    const { code, json } = await share(book, out, '--formulas', 'values');
    expect(code).toBe(0);
    expect(json.counts.cached).toBe(1);
    const e2 = (await open(out)).getWorksheet('KPIs')?.getCell('E2');
    expect(e2?.value).toEqual({ error: '#VALUE!' });
    expect(e2?.type).toBe(ExcelJS.ValueType.Error);
  });

  it('external links: kept as they are, and reported once per linked file', async () => {
    const book = await bookWith('links.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'RUDDER.KPI_STATUS(B2,C2,D2)', result: 'At risk' };
      ws.getCell('G2').value = { formula: "'[budget.xlsx]Plan'!B2*2", result: 10 };
      ws.getCell('G3').value = { formula: "'[budget.xlsx]Plan'!B3*2", result: 12 };
      ws.getCell('G4').value = { formula: "'[suppliers.xlsx]Prices'!C9", result: 3 };
    });
    const out = join(dir, 'links-copy.xlsx');
    const { code, json } = await share(book, out);
    expect(code).toBe(0);
    expect(json.warnings[0]).toBe(
      'The workbook links to 2 other files. The copy keeps those links as they are; your advisor will need the same files to refresh them.',
    );
    const ws = (await open(out)).getWorksheet('KPIs');
    expect(ws?.getCell('G2').formula).toBe("'[budget.xlsx]Plan'!B2*2");
    expect(ws?.getCell('E2').formula).toMatch(/^IF\(OR\(SUBSTITUTE\(SUBSTITUTE\(LOWER\(D2\)/);
  });

  it('protected sheets: the Rudder cells are replaced, the protection is kept, and the user is told', async () => {
    const book = await bookWith('protected.xlsx', async (wb) => {
      const ws = kpiSheet(wb, 'Locked KPIs');
      ws.getCell('E2').value = { formula: 'RUDDER.KPI_STATUS(B2,C2,D2)', result: 'At risk' };
      await ws.protect('', {});
    });
    const out = join(dir, 'protected-copy.xlsx');
    const { code, json } = await share(book, out);
    expect(code).toBe(0);
    expect(json.warnings).toContain(
      'The sheet "Locked KPIs" is protected. Rudder changed only cells that held Rudder formulas on it and kept its protection.',
    );
    const ws = (await open(out)).getWorksheet('Locked KPIs') as unknown as {
      sheetProtection?: { sheet?: boolean };
      getCell(a: string): ExcelJS.Cell;
    };
    expect(ws.sheetProtection?.sheet).toBe(true);
    expect(ws.getCell('E2').formula).not.toMatch(/RUDDER/);
  });

  it('array formulas: a Rudder one that spilled keeps its other cells as values and is reported', async () => {
    const book = await bookWith('spill.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('A5').value = 'Grow repeat customers from 200 to 260 a month by June 2027';
      fillArray(ws, 'B5:F5', 'RUDDER.SMARTPROFILE(A5)', [1, 1, 0.8, 0.6, 1]);
    });
    const out = join(dir, 'spill-copy.xlsx');
    const { code, json } = await share(book, out);
    expect(code).toBe(0);
    expect(json.warnings).toContain(
      'KPIs!B5: this Rudder formula spilled over several cells; the copy keeps the spilled values as plain values.',
    );
    const ws = (await open(out)).getWorksheet('KPIs');
    const row = ['B5', 'C5', 'D5', 'E5', 'F5'].map((a) => ws?.getCell(a));
    for (const c of row) expect(c?.formula ?? '').not.toMatch(/RUDDER/);
    expect(row.map((c) => typeof c?.value)).toEqual(['number', 'number', 'number', 'number', 'number']);
  });

  it('array formulas of the user that spill over Rudder cells are left alone', async () => {
    const book = await bookWith('user-array.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'RUDDER.KPI_STATUS(B2,C2,D2)', result: 'At risk' };
      fillArray(ws, 'H2:H3', 'B2:B3*2', [300, 8]);
    });
    const out = join(dir, 'user-array-copy.xlsx');
    expect((await share(book, out)).code).toBe(0);
    const h2 = (await open(out)).getWorksheet('KPIs')?.getCell('H2');
    expect(h2?.formula).toBe('B2:B3*2');
  });

  it('never leaves a half-written copy: an output it cannot write is refused in one line, with no file left', async () => {
    const book = await bookWith('plain.xlsx', (wb) => {
      const ws = kpiSheet(wb);
      ws.getCell('E2').value = { formula: 'RUDDER.KPI_STATUS(B2,C2,D2)', result: 'At risk' };
    });
    const missingDir = join(dir, 'no-such-folder');
    const { code, stderr } = await share(book, join(missingDir, 'copy.xlsx'));
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rudder: Could not write .*copy\.xlsx/);
    expect(existsSync(missingDir)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
