import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { cellError, type CellValue, type SheetSnapshot } from '../../core/grid/types';
import { cellValueFromExcelJs, snapshotFromWorksheet } from './snapshot';

/** Saved and reopened, so cells look the way they do when the CLI reads a real .xlsx file. */
async function reopened(build: (sheet: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Data'));
  const bytes = await workbook.xlsx.writeBuffer();
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(bytes);
  return copy.worksheets[0];
}

const MARCH_15_2026 = 46096;
const APRIL_1_2026 = 46113;

describe('snapshotFromWorksheet', () => {
  let snapshot: SheetSnapshot;

  beforeAll(async () => {
    const sheet = await reopened((s) => {
      s.addRow(['Name', 'Amount', 'Paid', 'Due', 'Double']);
      s.addRow(['Ana', 12.5, true, new Date(Date.UTC(2026, 2, 15)), null]);
      s.addRow(['Ben', 7, false, new Date(Date.UTC(2026, 3, 1, 12)), null]);
      // E2 is the master of a shared formula that E3 repeats, as Excel saves a filled-down column.
      s.fillFormula('E2:E3', 'B2*2', [25, 14]);
      s.getCell('B2').numFmt = '#,##0.00';
      s.getCell('D2').numFmt = 'yyyy-mm-dd';
      s.getCell('D3').numFmt = 'dd/mm/yyyy hh:mm';
      // Row 4 is left out: an empty row between blocks.
      s.getCell('A5').value = { richText: [{ text: 'Bold ' }, { font: { bold: true }, text: 'claim' }] };
      s.getCell('B5').value = { text: 'Our site', hyperlink: 'https://example.com' };
      s.getCell('C5').value = { error: '#N/A' };
      s.getCell('D5').value = { formula: '1/0', result: { error: '#DIV/0!' }, date1904: false };
      s.getCell('E5').value = { formula: 'TODAY()', date1904: false };
      s.getCell('A6').value = 'Ragged';
      s.getCell('G7').value = 'far right';
    });
    snapshot = snapshotFromWorksheet(sheet);
  });

  it('keeps the sheet name and places the first cell at A1', () => {
    expect(snapshot.name).toBe('Data');
    expect(snapshot.origin).toEqual({ row: 0, col: 0 });
  });

  it('pads every row, empty and ragged ones too, to the widest row', () => {
    expect(snapshot.values).toHaveLength(7);
    for (const grid of [snapshot.values, snapshot.formulas, snapshot.numberFormats]) {
      expect(grid?.map((row) => row.length)).toEqual([7, 7, 7, 7, 7, 7, 7]);
    }
    expect(snapshot.values[3]).toEqual([null, null, null, null, null, null, null]);
    expect(snapshot.values[5]).toEqual(['Ragged', null, null, null, null, null, null]);
    expect(snapshot.values[6]).toEqual([null, null, null, null, null, null, 'far right']);
  });

  it('reads numbers, text and booleans as they are, and dates as 1900-system serials with their time', () => {
    expect(snapshot.values[1].slice(0, 4)).toEqual(['Ana', 12.5, true, MARCH_15_2026]);
    expect(snapshot.values[2].slice(0, 4)).toEqual(['Ben', 7, false, APRIL_1_2026 + 0.5]);
  });

  it('gives the number format of each formatted cell and null elsewhere', () => {
    expect(snapshot.numberFormats?.[1].slice(0, 4)).toEqual([null, '#,##0.00', null, 'yyyy-mm-dd']);
    expect(snapshot.numberFormats?.[2][3]).toBe('dd/mm/yyyy hh:mm');
    expect(snapshot.numberFormats?.[0]).toEqual([null, null, null, null, null, null, null]);
  });

  it('reads a formula as its calculated result, with the formula text after an equals sign', () => {
    expect(snapshot.values[1][4]).toBe(25);
    expect(snapshot.formulas?.[1][4]).toBe('=B2*2');
  });

  it('translates a shared formula to the cell that repeats it', () => {
    expect(snapshot.values[2][4]).toBe(14);
    expect(snapshot.formulas?.[2][4]).toBe('=B3*2');
  });

  it('reads rich text as its plain text and a hyperlink as its shown text', () => {
    expect(snapshot.values[4][0]).toBe('Bold claim');
    expect(snapshot.values[4][1]).toBe('Our site');
  });

  it('reads error cells and formulas that calculate to errors as errors', () => {
    expect(snapshot.values[4][2]).toEqual(cellError('#N/A'));
    expect(snapshot.values[4][3]).toEqual(cellError('#DIV/0!'));
    expect(snapshot.formulas?.[4][3]).toBe('=1/0');
  });

  it('reads a formula that was never calculated as an empty value that keeps its formula', () => {
    expect(snapshot.values[4][4]).toBeNull();
    expect(snapshot.formulas?.[4][4]).toBe('=TODAY()');
  });

  it('has no formulas where cells hold plain values', () => {
    expect(snapshot.formulas?.[1].slice(0, 4)).toEqual([null, null, null, null]);
    expect(snapshot.formulas?.[4].slice(0, 3)).toEqual([null, null, null]);
  });

  it('gives an empty snapshot for an empty sheet', async () => {
    const empty = snapshotFromWorksheet(await reopened(() => undefined));
    expect(empty.values).toEqual([]);
    expect(empty.formulas).toEqual([]);
    expect(empty.numberFormats).toEqual([]);
  });

  it('keeps blank rows above the first filled row so addresses match the sheet', async () => {
    const sheet = await reopened((s) => {
      s.getCell('C3').value = 'Title';
    });
    expect(snapshotFromWorksheet(sheet).values).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, 'Title'],
    ]);
  });

  it('repeats the value of a merged cell across the cells it covers, as ExcelJS reports them', async () => {
    const sheet = await reopened((s) => {
      s.getCell('A1').value = 'Q1';
      s.mergeCells('A1:B1');
      s.getCell('A2').value = 'Target';
      s.getCell('B2').value = 'Actual';
    });
    expect(snapshotFromWorksheet(sheet).values[0]).toEqual(['Q1', 'Q1']);
  });
});

/**
 * The plain cell-by-cell reading the snapshot started as: every row fetched by number, every
 * present cell asked for its value, formula and format. The fast reading must agree with it.
 */
function referenceSnapshot(sheet: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const rowCount = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const colCount = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = sheet.getRow(r);
    const v = new Array<CellValue>(colCount).fill(null);
    const f = new Array<string | null>(colCount).fill(null);
    const n = new Array<string | null>(colCount).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      v[c - 1] = cellValueFromExcelJs(cell.value);
      f[c - 1] = cell.formula ? `=${cell.formula}` : null;
      n[c - 1] = cell.numFmt ?? null;
    });
    values.push(v);
    formulas.push(f);
    numberFormats.push(n);
  }
  return { name: sheet.name, origin: { row: 0, col: 0 }, values, formulas, numberFormats };
}

type CellInput = ExcelJS.CellValue;

const cellInput: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constant(null),
  fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
  fc.constantFrom(Infinity, -Infinity),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms)),
  fc.constantFrom('#N/A', '#DIV/0!', '#REF!').map((error) => ({ error }) as ExcelJS.CellErrorValue),
  fc.array(fc.string({ maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((parts) => ({
    richText: parts.map((text) => ({ text })),
  })),
  fc.string({ maxLength: 6 }).map((text) => ({ text, hyperlink: 'https://example.com' })),
  fc
    .tuple(fc.constantFrom('A1+1', 'SUM(A1:A3)', 'TODAY()'), fc.option(fc.integer(), { nil: undefined }))
    .map(([formula, result]) => ({ formula, result, date1904: false })),
);

const sheetInput = fc.array(
  fc.record({
    row: fc.integer({ min: 1, max: 12 }),
    col: fc.integer({ min: 1, max: 6 }),
    value: cellInput,
    numFmt: fc.option(fc.constantFrom('0.00', 'yyyy-mm-dd', '0%'), { nil: undefined }),
  }),
  { maxLength: 30 },
);

describe('snapshotFromWorksheet against the cell-by-cell reading', () => {
  it('agrees on any small sheet: values, formulas, formats, shape', () => {
    fc.assert(
      fc.property(sheetInput, fc.boolean(), (cells, withSharedFormula) => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('S');
        for (const { row, col, value, numFmt } of cells) {
          const cell = sheet.getCell(row, col);
          cell.value = value;
          if (numFmt) cell.numFmt = numFmt;
        }
        if (withSharedFormula) sheet.fillFormula('H2:H4', 'A2*2', [2, 4, 6]);
        // The fast reading goes first: the reference fetches rows by number, which adds them to the sheet.
        const fast = snapshotFromWorksheet(sheet);
        expect(fast).toStrictEqual(referenceSnapshot(sheet));
      }),
      { numRuns: 200 },
    );
  });
});
