/**
 * The Alignment report sheet as the xlsx adapter writes it, opened and recalculated by LibreOffice:
 * no error values anywhere, the score and findings readable as plain cells.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runAlignment, type AlignmentResult } from '../../src/core/alignment';
import {
  findingCounts,
  REPORT_TEXT,
  SEVERITY_LABEL,
  whereText,
  writeAlignmentReport,
} from '../../src/host/alignmentReport';
import { readStrategyModel } from '../../src/host/readStrategyModel';
import { createXlsxPort } from '../../src/host/xlsx';
import { AS_OF, plantedTables, writeTables } from '../unit/cli/auditBooks';
import { recalculateToCsv, SPREADSHEET_ERROR, type SheetCsv } from './libreoffice';

jest.setTimeout(180_000);

let sheets: Record<string, SheetCsv>;
let result: AlignmentResult;

beforeAll(async () => {
  const port = createXlsxPort('Notes');
  await writeTables(port, plantedTables());
  result = runAlignment(await readStrategyModel(port), { asOf: AS_OF });
  // Written twice, as a user re-running the check would: still one report.
  await writeAlignmentReport(port, result, { asOf: AS_OF });
  await writeAlignmentReport(port, result, { asOf: AS_OF });
  const file = join(mkdtempSync(join(tmpdir(), 'rudder-interop-alignment-')), 'report.xlsx');
  await port.saveAs(file);
  sheets = await recalculateToCsv(file);
});

describe('the Alignment report opened in LibreOffice', () => {
  it('has one Alignment sheet with the score, the date and the finding counts in plain cells', () => {
    expect(Object.keys(sheets).filter((name) => name.startsWith('Alignment'))).toEqual(['Alignment']);
    const a = sheets.Alignment;
    expect(a[0][0]).toBe(REPORT_TEXT.title);
    expect(a[1].slice(0, 2)).toEqual([REPORT_TEXT.scoreLabel, String(result.score)]);
    expect(a[2].slice(0, 2)).toEqual([REPORT_TEXT.checkedLabel, '15 January 2027']);
    expect(a[3][1]).toBe(findingCounts(result.findings));
  });

  it('shows every finding as a row of Severity, Rule, Where, Message and Fix', () => {
    const a = sheets.Alignment;
    expect(a[7].slice(0, 5)).toEqual(['Severity', 'Rule', 'Where', 'Message', 'Fix']);
    const body = a.slice(8, 8 + result.findings.length).map((r) => r.slice(0, 5));
    expect(body).toEqual(
      result.findings.map((f) => [SEVERITY_LABEL[f.severity], f.rule, whereText(f), f.message, f.fix]),
    );
    expect(a.slice(8 + result.findings.length).every((r) => r.every((c) => c === ''))).toBe(true);
  });

  it('has no error values on any sheet after recalculation', () => {
    for (const sheet of Object.values(sheets))
      for (const row of sheet) for (const cell of row) expect(cell).not.toMatch(SPREADSHEET_ERROR);
  });
});
