/**
 * The proof that the native KPI formulas compute what RUDDER.KPI_STATUS and RUDDER.KPI_PROGRESS
 * compute, over the whole case grid (11,004 cases: every direction with the words people type,
 * dates before start, at start, mid-way, at and after due, blanks and ties), in two
 * independent spreadsheet engines: HyperFormula and LibreOffice. Both get the inline form
 * (neither has LET). Slow (minutes), so it lives here rather than in `npm test`.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { kpiProgressFormula, kpiStatusFormula } from '../../src/core/kpi/formula';
import { recalculateToCsv, type SheetCsv } from './libreoffice';
import {
  COLUMNS,
  disagreements,
  isHigher,
  kpiCaseGrid,
  refsFor,
  runInHyperFormula,
  type Case,
  type Got,
} from './nativeFormulas.cases';

jest.setTimeout(1_200_000);

const grid = kpiCaseGrid();

interface Variant {
  readonly sheet: string;
  readonly cases: Case[];
  readonly omit: readonly (keyof Case)[];
}

const VARIANTS: readonly Variant[] = [
  { sheet: 'All', cases: grid, omit: [] },
  {
    sheet: 'NoOptional',
    cases: grid.filter((_, i) => i % 5 === 0),
    omit: ['targetHigh', 'onTrack', 'atRisk', 'tolerance'],
  },
  {
    sheet: 'NoDates',
    cases: grid.filter((_, i) => i % 5 === 1),
    omit: ['baseline', 'start', 'due', 'asOf', 'targetHigh', 'onTrack', 'atRisk', 'tolerance'],
  },
  { sheet: 'NoDirection', cases: grid.filter((c) => isHigher(c.direction)), omit: ['direction'] },
];

/**
 * One workbook, one sheet per variant: the inputs as rows, the formulas as one shared formula
 * per column (written once, as Excel does for a filled column), so LibreOffice recalculates
 * every case in a single run.
 */
async function writeGridWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const v of VARIANTS) {
    const ws = wb.addWorksheet(v.sheet);
    v.cases.forEach((c, i) => {
      const row = ws.getRow(i + 1);
      COLUMNS.forEach((col, j) => {
        if (c[col] !== null) row.getCell(j + 1).value = c[col];
      });
    });
    const last = v.cases.length;
    ws.fillFormula(`L1:L${last}`, kpiStatusFormula(refsFor(1, v.omit), { inline: true }).slice(1), () => '');
    ws.fillFormula(`M1:M${last}`, kpiProgressFormula(refsFor(1, v.omit), { inline: true }).slice(1), () => '');
  }
  await wb.xlsx.writeFile(path);
}

function gotFromCsv(rows: SheetCsv, count: number): Got[] {
  return Array.from({ length: count }, (_, i) => ({
    status: rows[i]?.[11] ?? '(missing row)',
    progress: rows[i]?.[12] ?? '(missing row)',
  }));
}

describe('native KPI formulas agree with the custom functions on every case', () => {
  it('covers at least 10,000 cases with all arguments given', () => {
    expect(grid.length).toBeGreaterThanOrEqual(10_000);
  });

  describe('in LibreOffice (one workbook, recalculated on load)', () => {
    let sheets: Record<string, SheetCsv>;
    beforeAll(async () => {
      const path = join(mkdtempSync(join(tmpdir(), 'rudder-native-')), 'kpi-grid.xlsx');
      await writeGridWorkbook(path);
      sheets = await recalculateToCsv(path);
    });

    for (const v of VARIANTS) {
      it(`agrees on all ${v.cases.length} cases of ${v.sheet}`, () => {
        expect(disagreements(v.cases, gotFromCsv(sheets[v.sheet], v.cases.length), v.omit)).toEqual([]);
      });
    }
  });

  describe('in HyperFormula', () => {
    for (const v of VARIANTS) {
      it(`agrees on all ${v.cases.length} cases of ${v.sheet}`, () => {
        expect(disagreements(v.cases, runInHyperFormula(v.cases, v.omit), v.omit)).toEqual([]);
      });
    }
  });
});
