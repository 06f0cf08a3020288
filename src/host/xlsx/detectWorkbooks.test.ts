/**
 * Structure detection on small workbooks laid out the way real owners lay theirs out, built with ExcelJS,
 * saved and reopened so cells (merged ones too) read as they do from a real .xlsx file.
 */
import ExcelJS from 'exceljs';
import { detectTables, type DetectedTable } from '../../core/detect';
import type { SheetSnapshot } from '../../core/grid/types';
import { snapshotFromWorksheet } from './snapshot';

async function sheetFrom(build: (sheet: ExcelJS.Worksheet) => void): Promise<SheetSnapshot> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Data'));
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return snapshotFromWorksheet(copy.worksheets[0]);
}

function tablesOf(snapshot: SheetSnapshot): readonly DetectedTable[] {
  const result = detectTables(snapshot);
  if (!result.ok) throw new Error(result.reason);
  return result.tables;
}

const roleOf = (table: DetectedTable, column: string): string | undefined =>
  table.columns.find((c) => c.column === column)?.role;

describe('detection on workbooks built like real ones', () => {
  it('reads quadrant boxes stacked in two columns with Czech headings as SWOT, not goals', async () => {
    const snapshot = await sheetFrom((s) => {
      s.getCell('A1').value = 'Silné stránky';
      s.getCell('E1').value = 'Slabé stránky';
      ['Čerstvé pečivo každé ráno', 'Věrní zákazníci z okolí', 'Dobrá poloha u zastávky'].forEach((t, i) => {
        s.getCell(`A${i + 2}`).value = t;
        s.getCell(`E${i + 2}`).value = ['Malá výloha', 'Drahá mouka', 'Jen jedna pec'][i];
      });
      s.getCell('A6').value = 'Příležitosti';
      s.getCell('E6').value = 'Hrozby';
      s.getCell('A7').value = 'Nové sídliště poblíž';
      s.getCell('E7').value = 'Řetězec otevírá pobočku';
    });
    const tables = tablesOf(snapshot);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.kind).toBe('swot');
  });

  it('leaves a household budget of planned against actual amounts as "other", its figures unclaimed', async () => {
    const snapshot = await sheetFrom((s) => {
      s.addRow(['Expense', 'Planned', 'Actual', 'Difference']);
      s.addRow(['Rent', 900, 900, 0]);
      s.addRow(['Groceries', 400, 452.3, -52.3]);
      s.addRow(['Electricity', 80, 71.5, 8.5]);
      s.addRow(['Phone', 30, 30, 0]);
    });
    const [table] = tablesOf(snapshot);
    expect(table.kind).toBe('other');
    expect(['B', 'C'].map((c) => roleOf(table, c))).toEqual(['other', 'other']);
    // The guess stays on offer for a user who does keep a KPI sheet this way.
    expect(table.columns[1].alternatives.map((a) => a.role)).toContain('target');
  });

  it('does not take a blank header cell for a quadrant title written in a script the folding drops', async () => {
    const snapshot = await sheetFrom((s) => {
      s.addRow(['Goal', null, 'Owner', 'Due']);
      s.addRow(['Sell 200 loaves a day by June 2027', 'bakery', 'Ana Lopez', new Date(Date.UTC(2027, 5, 30))]);
      s.addRow(['Open a second shop by March 2028', 'shop', 'Ben Carter', new Date(Date.UTC(2028, 2, 31))]);
    });
    const [table] = tablesOf(snapshot);
    expect(table.kind).toBe('goals');
  });

  it('reads a 5W2H action plan written across (field names down column A, one action per column) as sideways goals', async () => {
    const snapshot = await sheetFrom((s) => {
      s.getCell('A1').value = 'Action plan 2027';
      s.mergeCells('A1:C1');
      const fields: [string, string | Date, string | Date][] = [
        ['What', 'Launch a loyalty card', 'Open on Sundays'],
        ['Why', 'Regulars drift to the chain store', 'Weekend demand is unmet'],
        ['Who', 'Ana Lopez', 'Ben Carter'],
        ['When', new Date(Date.UTC(2027, 5, 30)), new Date(Date.UTC(2027, 8, 1))],
        ['Where', 'Main street shop', 'Both shops'],
        ['How', 'Stamp card, tenth loaf free', 'Two extra bakers on the rota'],
      ];
      fields.forEach((row, i) => (s.getRow(i + 3).values = row));
      s.getCell('A9').value = 'How much';
      s.getCell('B9').value = 500;
      s.getCell('C9').value = 1200;
    });
    const [table] = tablesOf(snapshot);
    expect(table.orientation).toBe('columns');
    expect(table.kind).toBe('goals');
    expect(table.range).toBe('A3:C9');
    expect(['3', '5', '6'].map((field) => roleOf(table, field))).toEqual(['goal', 'owner', 'due']);
  });

  it('keeps an ordinary goals table upright even though its first column is all text', async () => {
    const snapshot = await sheetFrom((s) => {
      s.addRow(['Goal', 'Owner', 'Due', 'Target']);
      s.addRow(['Sell 200 loaves a day', 'Ana Lopez', new Date(Date.UTC(2027, 5, 30)), 200]);
      s.addRow(['Open on Sundays', 'Ben Carter', new Date(Date.UTC(2027, 8, 1)), 1]);
    });
    const [table] = tablesOf(snapshot);
    expect(table.orientation).toBe('rows');
    expect(table.kind).toBe('goals');
  });

  it('reads headings over merged text (vision, mission, values) as a strategy block of sections', async () => {
    const snapshot = await sheetFrom((s) => {
      const section = (row: number, heading: string, text: string): void => {
        s.getCell(`B${row}`).value = heading;
        s.getCell(`B${row + 1}`).value = text;
        s.mergeCells(`B${row + 1}:H${row + 3}`);
      };
      section(3, 'VISIÓN', 'Ser la panadería del barrio que todos recomiendan');
      section(8, 'MISIÓN', 'Hornear pan honesto cada mañana con harina de la región');
      section(13, 'VALORES', '1. Calidad\n2. Cercanía\n3. Puntualidad');
    });
    const tables = tablesOf(snapshot);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'strategy', orientation: 'sections', range: 'B3:B16', headerRow: 3 });
    expect(tables[0].skippedRows).toEqual(expect.arrayContaining([8, 13]));
  });

  it('reads a single column of SWOT notes (a heading per quadrant, items under it) as SWOT', async () => {
    const snapshot = await sheetFrom((s) => {
      const lines = [
        'Notes on the shop, spring review',
        'Our strengths',
        'S1: bread baked on site every morning',
        'S2: regulars know the staff by name',
        null,
        'Our weaknesses',
        'W1: one oven, so no second bake after noon',
        null,
        'Threats',
        'A supermarket bakery opens across the road in May',
      ];
      lines.forEach((line, i) => (s.getCell(`A${i + 1}`).value = line));
    });
    const tables = tablesOf(snapshot);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'swot', orientation: 'sections', range: 'A2:A10' });
  });

  it('does not read a list that only mentions a quadrant word once as sections', async () => {
    const snapshot = await sheetFrom((s) => {
      ['To do', 'Order flour', 'Fix the oven door', 'Threats', 'Call the landlord'].forEach(
        (line, i) => (s.getCell(`A${i + 1}`).value = line),
      );
    });
    expect(detectTables(snapshot).ok).toBe(false);
  });

  it('takes the first block of a repeated OKR template (objective over key results, weekly check-ins) as its header', async () => {
    const week = (n: number): Date => new Date(Date.UTC(2027, 0, 4 + 7 * n));
    const snapshot = await sheetFrom((s) => {
      const block = (top: number, objective: string, dated: boolean): void => {
        s.getCell(`A${top}`).value = objective;
        s.mergeCells(`A${top}:C${top}`);
        for (let w = 0; w < 6; w++) {
          const cell = s.getCell(top, 5 + w);
          // Only the first block carries the check-in dates; the later ones leave the row blank there.
          if (dated) {
            cell.value = week(w);
            cell.numFmt = 'dd/mm/yyyy';
          }
        }
        ['Sell 300 loaves a day', 'Win 40 new wholesale customers'].forEach((kr, i) => {
          const row = top + 1 + i;
          s.getCell(`A${row}`).value = `KR ${i + 1}`;
          s.getCell(`B${row}`).value = kr;
          s.getCell(`C${row}`).value = 'Target';
          s.getCell(`D${row}`).value = i === 0 ? 300 : 40;
          // Check-ins so far: the weeks still to come are empty, as in a template being filled in.
          [0.2, 0.35, 0.4].forEach((v, w) => (s.getCell(row, 5 + w).value = v));
        });
      };
      block(3, 'Objective 1: grow the bakery', true);
      block(7, 'Objective 2: delight regulars', false);
      block(11, 'Objective 3: tidy the books', false);
    });
    const [table] = tablesOf(snapshot);
    expect(table.headerRow).toBe(3);
    expect(table.layout).toBe('wide');
    expect(['E', 'F', 'G', 'H', 'I', 'J'].map((c) => roleOf(table, c))).toEqual(Array(6).fill('period'));
  });
});
