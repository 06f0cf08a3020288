import { readFileSync, mkdtempSync, writeFileSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './cliHarness';

jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'rudder-structure-cli-'));
const BAD = '/work/shared/corpus/bad-input/html-saved-as.xlsx';

/** A small shop's workbook: a goals sheet with a title above the header, a KPI sheet, a sheet of notes. */
async function shopBook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const goals = wb.addWorksheet('Goals');
  goals.addRows([
    ['Our goals for 2027'],
    [],
    ['Goal', 'Owner', 'Deadline', 'Target'],
    ['Grow repeat customers from 200 to 260 a month', 'Ann', 'Q2 2027', 260],
    ['Improve things', null, null, null],
    ["=cmd|' /C calc'!A0", 'Eve', '31/03/2027', '1,200'],
  ]);
  const kpis = wb.addWorksheet('KPIs');
  kpis.addRows([
    ['KPI', 'Direction', 'Baseline', 'Target', 'Actual'],
    ['Repeat customers per month', 'higher', 200, 260, 230],
    ['Returned orders', 'lower', 12, 6, 9],
  ]);
  wb.addWorksheet('Notes').addRows([['Ideas for the summer']]);
  await wb.xlsx.writeFile(path);
}

describe('rudder structure', () => {
  const book = join(dir, 'shop.xlsx');
  beforeAll(() => shopBook(book));

  it('prints the tables it finds as JSON in the shape of DESIGN §5', async () => {
    const run = await runCli(['structure', book, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      tables: {
        sheet: string;
        range: string;
        headerRow: number;
        kind: string;
        layout: string;
        columns: { column: string; header: string; role: string; confidence: number }[];
      }[];
    };
    expect(Object.keys(out)).toEqual(['tables']);
    expect(out.tables.map((t) => [t.sheet, t.range, t.headerRow, t.kind])).toEqual([
      ['Goals', 'A3:D6', 3, 'goals'],
      ['KPIs', 'A1:E3', 1, 'kpis'],
    ]);
    expect(Object.keys(out.tables[0])).toEqual([
      'sheet',
      'range',
      'headerRow',
      'kind',
      'layout',
      'orientation',
      'columns',
    ]);
    expect(out.tables.map((t) => t.layout)).toEqual(['flat', 'flat']);
    expect(out.tables[0].columns[0]).toMatchObject({ column: 'A', header: 'Goal', role: 'goal' });
    expect(typeof out.tables[0].columns[0].confidence).toBe('number');
    expect(out.tables[0].columns.map((c) => c.role)).toEqual(['goal', 'owner', 'due', 'target']);
    // The sheet with only a title is explained on stderr, so stdout stays one JSON document.
    expect(run.stderr).toBe(
      "rudder: sheet 'Notes': Nothing to structure here, because the sheet only holds a title.\n",
    );
  });

  it('prints a readable table of columns, roles and confidence words without --json', async () => {
    const run = await runCli(['structure', book, '--sheet', 'Goals']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sheet 'Goals': a goals table at A3:D6 (header row 3)");
    expect(run.stdout).toMatch(/C\s+Deadline\s+due\s+(sure|likely|guess)/);
  });

  it('writes a structured copy with -o: every sheet kept, Rudder tables added with cached results, the input untouched', async () => {
    const before = readFileSync(book);
    const out = join(dir, 'shop-structured.xlsx');
    const run = await runCli(['structure', book, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Adds sheet 'Goals (Rudder)' with a table of 3 goals; your sheet 'Goals' is not changed.",
    );
    expect(run.stdout).toContain(`Wrote ${out}; ${book} is not changed.`);
    expect(readFileSync(book).equals(before)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const visible = wb.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name);
    expect(visible).toEqual(['Goals', 'KPIs', 'Notes', 'Goals (Rudder)', 'KPIs (Rudder)']);
    const g = wb.getWorksheet('Goals (Rudder)');
    if (!g) throw new Error('no goals sheet');
    expect(g.getRow(1).values).toEqual([
      undefined,
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
      'SMART',
      'Tips',
      'Status',
    ]);
    // User text that looks like a formula is still text.
    expect(g.getCell('B4').value).toBe("=cmd|' /C calc'!A0");
    expect(g.getCell('I4').value).toBe(1200);
    const smart = g.getCell('K2').value as ExcelJS.CellFormulaValue;
    expect(smart.formula).toBe(
      'RUDDER.SMARTSCORE(RudderGoals[[#This Row],[Goal]],RudderGoals[[#This Row],[Due]],RudderGoals[[#This Row],[Baseline]],RudderGoals[[#This Row],[Target]])',
    );
    expect(typeof smart.result).toBe('number');
    const k = wb.getWorksheet('KPIs (Rudder)');
    if (!k) throw new Error('no KPI sheet');
    const status = k.getCell('N2').value as ExcelJS.CellFormulaValue;
    expect(status.formula).toMatch(/^RUDDER\.KPI_STATUS\(/);
    expect(['At risk', 'Off track', 'On track', 'Achieved']).toContain(status.result);
    expect(k.getCell('A2').value).toBe('K-001');
  });

  it('makes the strategy table first, so that a goals column naming its pillars becomes their Pillar link', async () => {
    const planBook = join(dir, 'plan.xlsx');
    const wb = new ExcelJS.Workbook();
    // The goals sheet comes first in the workbook; the strategy is still structured before it.
    wb.addWorksheet('Goals').addRows([
      ['Goal', 'Owner', 'Area', 'Deadline'],
      ['Grow repeat customers from 200 to 260 a month', 'Ann', 'Customer loyalty', 'Q2 2027'],
      ['Cut food waste from 9% to 5% of what we bake', 'Jon', 'Sound finances', 'Q3 2027'],
    ]);
    wb.addWorksheet('Strategy').addRows([
      ['Type', 'Statement'],
      ['Mission', 'Serve fresh local food at fair prices'],
      ['Pillar', 'Customer loyalty'],
      ['Pillar', 'Sound finances'],
    ]);
    await wb.xlsx.writeFile(planBook);
    const out = join(dir, 'plan-structured.xlsx');
    const run = await runCli(['structure', planBook, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf("Adds sheet 'Strategy (Rudder)'")).toBeLessThan(
      run.stdout.indexOf("Adds sheet 'Goals (Rudder)'"),
    );
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    const strategy = written.getWorksheet('Strategy (Rudder)');
    expect([2, 3, 4].map((r) => strategy?.getCell(`B${r}`).value)).toEqual(['M-1', 'P-1', 'P-2']);
    const goals = written.getWorksheet('Goals (Rudder)');
    expect([goals?.getCell('C1').value, goals?.getCell('C2').value, goals?.getCell('C3').value]).toEqual([
      'Pillar',
      'Customer loyalty',
      'Sound finances',
    ]);
  });

  it('refuses to write over the input file', async () => {
    const before = readFileSync(book);
    const run = await runCli(['structure', book, '-o', book]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('Refusing to overwrite');
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it('exits 2 with one line for a file that is not a workbook', async () => {
    const files = [join(dir, 'notes.xlsx'), ...(existsSync(BAD) ? [BAD] : [])];
    writeFileSync(files[0], 'shopping list: flour, yeast');
    expect(files).toHaveLength(2);
    for (const file of files) {
      const run = await runCli(['structure', file, '--json']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^rudder: /);
      expect(run.stderr).not.toMatch(/\bat \w+ \(/);
    }
  });

  it('says plainly when a sheet has nothing to structure, and writes nothing', async () => {
    const out = join(dir, 'notes-structured.xlsx');
    const run = await runCli(['structure', book, '--sheet', 'Notes', '-o', out]);
    expect(run.stdout).toContain("Sheet 'Notes': Nothing to structure here, because the sheet only holds a title.");
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  describe('a table Rudder cannot name', () => {
    const jobsBook = join(dir, 'jobs.xlsx');
    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Goals').addRows([
        ['Goal', 'Owner', 'Deadline', 'Target'],
        ['Grow repeat customers from 200 to 260 a month', 'Ann', 'Q2 2027', 260],
      ]);
      wb.addWorksheet('Jobs').addRows([
        ['Task', 'Done'],
        ['Order flour', 'yes'],
        ['Fix the oven door', 'no'],
      ]);
      await wb.xlsx.writeFile(jobsBook);
    });

    async function sheetsOf(path: string): Promise<string[]> {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      return wb.worksheets.filter((s) => s.state !== 'veryHidden').map((s) => s.name);
    }

    it('says it is not sure and writes nothing for that table, while writing the ones it is sure of', async () => {
      const out = join(dir, 'jobs-structured.xlsx');
      const run = await runCli(['structure', jobsBook, '-o', out]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Sheet 'Jobs': a table at A1:B3 (header row 1)");
      expect(run.stdout).toContain('Rudder is not sure what this table holds');
      expect(run.stdout).toContain(
        "Sheet 'Jobs', table at A1:B3: nothing written for it, because Rudder cannot tell whether it holds goals, KPIs or the strategy. To write it, run again with --sheet 'Jobs' and --kind goals, --kind kpis or --kind strategy.",
      );
      expect(await sheetsOf(out)).toEqual(['Goals', 'Jobs', 'Goals (Rudder)']);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet('Goals (Rudder)')?.rowCount).toBe(2);
    });

    it('writes nothing at all when no table is one it is sure of, and says how to choose', async () => {
      const out = join(dir, 'jobs-only.xlsx');
      const run = await runCli(['structure', jobsBook, '--sheet', 'Jobs', '-o', out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--kind');
      expect(existsSync(out)).toBe(false);
    });

    it('writes it as the kind given with --kind', async () => {
      const out = join(dir, 'jobs-as-goals.xlsx');
      const run = await runCli(['structure', jobsBook, '--sheet', 'Jobs', '--kind', 'goals', '-o', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(
        "Adds sheet 'Goals (Rudder)' with a table of 2 goals; your sheet 'Jobs' is not changed.",
      );
      expect(await sheetsOf(out)).toEqual(['Goals', 'Jobs', 'Goals (Rudder)']);
    });

    it('refuses a kind it does not make, and --kind without -o', async () => {
      const wrong = await runCli(['structure', jobsBook, '--kind', 'budget', '-o', join(dir, 'x.xlsx')]);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toBe("rudder: --kind takes goals, kpis or strategy, not 'budget'.\n");
      const alone = await runCli(['structure', jobsBook, '--kind', 'goals']);
      expect(alone.code).toBe(2);
      expect(alone.stderr).toContain('give -o OUT.xlsx as well');
    });
  });

  it('names a sheet that does not exist', async () => {
    const run = await runCli(['structure', book, '--sheet', 'Budget']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rudder: There is no sheet named "Budget".\n');
  });
  describe('--native-kpi-formulas', () => {
    async function kpiCells(out: string): Promise<ExcelJS.CellFormulaValue[][]> {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const k = wb.getWorksheet('KPIs (Rudder)');
      if (!k) throw new Error('no KPI sheet');
      return [2, 3].map((r) => ['N', 'O'].map((c) => k.getCell(`${c}${r}`).value as ExcelJS.CellFormulaValue));
    }

    it('writes KPI Status and Progress as plain LET formulas, spelled as Excel files hold them, with the same results', async () => {
      const plain = join(dir, 'shop-rudder.xlsx');
      const native = join(dir, 'shop-native.xlsx');
      expect((await runCli(['structure', book, '-o', plain])).code).toBe(0);
      const run = await runCli(['structure', book, '-o', native, '--native-kpi-formulas']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const rudder = await kpiCells(plain);
      const cells = await kpiCells(native);
      cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          expect(cell.formula.startsWith('_xlfn.LET(_xlpm.rdWord,')).toBe(true);
          expect(cell.formula).not.toMatch(/RUDDER\./i);
          expect(cell.formula.length).toBeLessThan(8192);
          // Cached for readers that do not recalculate, with what RUDDER.* gives.
          expect(cell.result).toEqual(rudder[r][c].result);
        }),
      );
      expect(cells[0][0].result).toBe(rudder[0][0].result);
      expect(typeof cells[0][1].result).toBe('number');
    });

    it('is listed in the help, and refused without -o (nothing would be written)', async () => {
      const help = await runCli(['structure', '--help']);
      expect(help.stdout).toContain('--native-kpi-formulas');
      const run = await runCli(['structure', book, '--native-kpi-formulas']);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'rudder: --native-kpi-formulas changes the copy that -o writes: give -o OUT.xlsx as well.\n',
      );
    });
  });
});
