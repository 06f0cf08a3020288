/**
 * `rudder share` output (its default form, without LET) opened and recalculated by LibreOffice
 * (which has neither the add-in nor LET): no #NAME?, no _xldudf_, no error value in any cell that
 * held a Rudder formula, every other cell of the input unchanged, cell by cell, and every formula's
 * saved value what LibreOffice computes for it.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { serialFromYmd } from '../../src/core/dates/serial';
import { runCli } from '../unit/cli/cliHarness';
import { structuredBakery } from '../unit/cli/shareReport.fixture';
import { recalculateToCsv, resavedByLibreOffice, SPREADSHEET_ERROR, type SheetCsv } from './libreoffice';

jest.setTimeout(300_000);

interface Replaced {
  sheet: string;
  cell: string;
}

function cellOf(csv: SheetCsv, address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return csv[Number(m[2]) - 1]?.[col] ?? '';
}

describe('the advisor copy in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-share-interop-'));
  let input: string;
  const output = join(dir, 'copy.xlsx');
  let replaced: Replaced[];
  let before: Record<string, SheetCsv>;
  let after: Record<string, SheetCsv>;

  beforeAll(async () => {
    input = (await structuredBakery(dir)).structured;
    // Shared on the real day: LibreOffice recalculates TODAY() as it opens the copy.
    const now = new Date();
    const today = serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
    const run = await runCli(['share', input, '-o', output, '--json'], {}, today);
    if (run.code !== 0) throw new Error(run.stderr);
    replaced = (JSON.parse(run.stdout) as { cells: Replaced[] }).cells;
    before = await recalculateToCsv(input);
    after = await recalculateToCsv(output);
  });

  it('replaced Rudder formulas on the structured sheets', () => {
    expect(replaced.length).toBeGreaterThan(20);
  });

  it('shows no error value, #NAME? or _xldudf_ where a Rudder formula was', () => {
    const bad = replaced
      .map((r) => ({ ...r, shown: cellOf(after[r.sheet], r.cell) }))
      .filter((r) => SPREADSHEET_ERROR.test(r.shown) || /_xldudf_|#NAME/i.test(r.shown));
    expect(bad).toEqual([]);
  });

  it('keeps every other cell of every sheet as it was', () => {
    const changed: string[] = [];
    for (const [sheet, rows] of Object.entries(before)) {
      const isRudder = new Set(replaced.filter((r) => r.sheet === sheet).map((r) => r.cell));
      // A goal's Status rolls up the KPI statuses: in the input LibreOffice cannot compute those (no add-in), in the copy it can.
      if (sheet.startsWith('Goals (')) rows.forEach((_, r) => isRudder.add(`M${r + 1}`));
      rows.forEach((row, r) =>
        row.forEach((text, c) => {
          const address = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (c < 26 && isRudder.has(address)) return;
          if ((after[sheet]?.[r]?.[c] ?? '') !== text)
            changed.push(`${sheet}!${address}: "${text}" became "${after[sheet]?.[r]?.[c]}"`);
        }),
      );
    }
    expect(changed).toEqual([]);
  });

  it("computes the value saved with each KPI and goal Status and Progress formula, goals' live rollup included", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const mismatches: string[] = [];
    let compared = 0;
    for (const ws of wb.worksheets.filter((w) => / \(Rudder\)$/.test(w.name))) {
      const headers = ws.getRow(1).values as unknown[];
      ws.eachRow((row, r) => {
        if (r === 1) return;
        for (const header of ['Status', 'Progress']) {
          const at = headers.indexOf(header);
          if (at < 0) continue;
          const cell = row.getCell(at);
          // A cell of a shared formula holds only a pointer to its group's top cell: `formula` reads either.
          if (cell.type !== ExcelJS.ValueType.Formula || !cell.formula) continue;
          compared++;
          const saved = cell.result as unknown;
          const shown = cellOf(after[ws.name], cell.address);
          const number = shown.endsWith('%') ? Number(shown.slice(0, -1)) / 100 : Number(shown);
          const savedText =
            typeof saved === 'string' ? saved : saved && typeof saved === 'object' ? JSON.stringify(saved) : '';
          const same = typeof saved === 'number' ? Math.abs(number - saved) < 0.01 : savedText === shown;
          if (!same)
            mismatches.push(
              `${ws.name}!${cell.address}: saved "${savedText || String(saved)}", LibreOffice "${shown}"`,
            );
        }
      });
    }
    expect(compared).toBeGreaterThanOrEqual(30);
    expect(mismatches).toEqual([]);
  });

  it('shows the note on every cell whose Rudder formula was replaced', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await resavedByLibreOffice(output));
    const without = replaced.filter((r) => {
      const note: unknown = wb.getWorksheet(r.sheet)?.getCell(r.cell).note;
      const text = typeof note === 'string' ? note : JSON.stringify(note ?? '');
      return !text.includes('Rudder:');
    });
    expect(without).toEqual([]);
  });

  it('adds the Advisor summary sheet with the alignment score', async () => {
    expect(Object.keys(after)).toContain('Advisor summary');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(typeof wb.getWorksheet('Advisor summary')?.getCell('B3').value).toBe('number');
  });
});
