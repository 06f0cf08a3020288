import fc from 'fast-check';
import { columnIndex, columnLetter, parseRangeAddress } from '../grid/a1';
import { cellError, type CellValue, type SheetSnapshot } from '../grid/types';
import { detectTables, DETECT_MESSAGES, toUpright, transposeSnapshot, type DetectedTable } from './index';

/** Header words in several languages, so that a fair share of random sheets do hold tables. */
const WORDS = [
  'ID',
  'Goal',
  'KPI',
  'Owner',
  'Target',
  'Actual',
  'Due date',
  'Status',
  'Baseline',
  'Unit',
  'Frequency',
  'Notes',
  'Objectif',
  'Responsable',
  'Ziel',
  'Strengths',
  'Threats',
  'Total',
  'Note: source',
  'On track',
  'Monthly',
  'Up',
  '%',
  'Ana Lopez',
  'G-001',
  'Q1 2026',
  '2026-03-01',
  '$1,200',
  '45%',
  'n/a',
  '-',
  '',
  '   ',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: fc.constantFrom(...WORDS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: 40_000, max: 50_000 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!').map(cellError), weight: 1 },
);

/** Ragged rows, blank rows, optional formats and formulas, anywhere on the sheet. */
const sheet: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    values: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }),
    origin: fc.record({ row: fc.nat(40), col: fc.nat(30) }),
    format: fc.option(fc.constantFrom('yyyy-mm-dd', '0%', '$#,##0', 'General', '@'), { nil: undefined }),
    formulaEvery: fc.option(fc.integer({ min: 2, max: 7 }), { nil: undefined }),
  })
  .map(({ values, origin, format, formulaEvery }) => ({
    name: 'Random',
    origin,
    values,
    numberFormats: format === undefined ? undefined : values.map((row) => row.map((_, c) => (c % 2 ? format : null))),
    formulas:
      formulaEvery === undefined
        ? undefined
        : values.map((row, r) => row.map((_, c) => ((r + c) % formulaEvery === 0 ? '=A1+1' : null))),
  }));

const REASONS: readonly string[] = Object.values(DETECT_MESSAGES);

function isUnitInterval(x: number): boolean {
  return Number.isFinite(x) && x >= 0 && x <= 1;
}

/** Why a detected table does not fit the sheet it came from, or `undefined` when it does. */
function misfit(found: DetectedTable, sheet: SheetSnapshot): string | undefined {
  // A sideways table must fit the sheet turned upright, as Structure reads it; its fields are named by row number.
  const sideways = found.orientation === 'columns';
  const table = toUpright(found);
  const snapshot = sideways ? transposeSnapshot(sheet) : sheet;
  const width = Math.max(0, ...snapshot.values.map((row) => row.length));
  const firstRow = snapshot.origin.row;
  const lastRow = firstRow + snapshot.values.length - 1;
  const firstCol = snapshot.origin.col;
  const lastCol = firstCol + width - 1;
  const range = parseRangeAddress(table.range);
  if (range.top < firstRow || range.bottom > lastRow || range.left < firstCol || range.right > lastCol)
    return `range ${table.range} outside the sheet`;
  // 1-based rows from here on.
  if (table.headerRow !== range.top + 1) return `header row ${table.headerRow} is not the top of ${table.range}`;
  if (table.headerRows !== 1 && table.headerRows !== 2) return `${table.headerRows} header rows`;
  const headerBottom = table.headerRow + table.headerRows - 1;
  if (!(headerBottom < table.firstDataRow && table.firstDataRow <= table.lastDataRow))
    return `rows out of order: header ${table.headerRow}, data ${table.firstDataRow}-${table.lastDataRow}`;
  if (table.lastDataRow !== range.bottom + 1) return `last data row ${table.lastDataRow} is not the bottom`;
  if (table.skippedRows.some((r) => r <= table.firstDataRow || r >= table.lastDataRow))
    return `skipped rows ${table.skippedRows.join(',')} outside the data`;
  if (!isUnitInterval(table.kindConfidence)) return `kind confidence ${table.kindConfidence}`;
  if (table.columns.length === 0) return 'no columns';
  for (const col of table.columns) {
    if (col.index < range.left || col.index > range.right) return `column ${col.column} outside ${table.range}`;
    if (
      sideways
        ? col.column !== String(col.index + 1)
        : columnLetter(col.index) !== col.column || columnIndex(col.column) !== col.index
    )
      return `column letter ${col.column} does not match index ${col.index}`;
    if (!isUnitInterval(col.confidence)) return `confidence ${col.confidence} for ${col.column}`;
    if (col.alternatives.some((a) => !isUnitInterval(a.confidence))) return `alternative confidence in ${col.column}`;
  }
  return undefined;
}

describe('detectTables on arbitrary sheets', () => {
  const numRuns = process.env.CI ? 10_000 : 1_000;

  it('never throws, and either names a plain reason or finds tables that lie inside the sheet', () => {
    fc.assert(
      fc.property(sheet, fc.option(fc.integer({ min: -5, max: 400 }), { nil: undefined }), (snapshot, maxRows) => {
        const result = detectTables(snapshot, maxRows === undefined ? {} : { maxRows });
        if (!result.ok) {
          expect(result.reason.trim()).not.toBe('');
          expect(REASONS).toContain(result.reason);
          return;
        }
        expect(result.tables.length).toBeGreaterThan(0);
        for (const table of result.tables) {
          expect(table.sheet).toBe(snapshot.name);
          expect(misfit(table, snapshot)).toBeUndefined();
        }
      }),
      { numRuns },
    );
  });
});
