/**
 * LibreOffice headless as a second, independent spreadsheet engine: it opens a workbook the CLI
 * wrote, recalculates every formula (a profile forces recalculation on load), and exports each
 * sheet to CSV so tests can read what a user would see.
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { promisify } from 'util';
import { parseCsv } from '../../src/core/grid/csv';

const run = promisify(execFile);

export function libreOfficeBinary(): string {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    'LibreOffice is not installed, so the interop suite cannot run. Install it with `apt-get install libreoffice-calc-nogui` (.ci/run does).',
  );
}

/** A throwaway profile that tells Calc to recalculate OOXML files on load, always. */
function recalculatingProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rudder-lo-profile-'));
  const user = join(dir, 'user');
  mkdirSync(user, { recursive: true });
  writeFileSync(
    join(user, 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

export type SheetCsv = string[][];

/**
 * Opens `xlsxPath` in LibreOffice, recalculates, and returns every sheet as CSV text cells
 * (formatted as Calc shows them), keyed by sheet name.
 */
export async function recalculateToCsv(xlsxPath: string): Promise<Record<string, SheetCsv>> {
  const soffice = libreOfficeBinary();
  const profile = recalculatingProfile();
  const out = mkdtempSync(join(tmpdir(), 'rudder-lo-out-'));
  // Filter options: comma, double quote, UTF-8, start row 1, …, last token -1 = every sheet to its own file.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  await run(
    soffice,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      filter,
      '--outdir',
      out,
      xlsxPath,
    ],
    {
      timeout: 120_000,
    },
  );
  const stem = basename(xlsxPath).replace(/\.xlsx$/i, '');
  const files = readdirSync(out)
    .filter((f) => f.startsWith(stem) && f.endsWith('.csv'))
    .sort();
  if (files.length === 0) throw new Error(`LibreOffice produced no CSV for ${xlsxPath}`);
  const sheets: Record<string, SheetCsv> = {};
  // With several sheets LibreOffice writes `<stem>-<sheet>.csv`; with one, `<stem>.csv`.
  for (const f of files)
    sheets[f === `${stem}.csv` ? '' : f.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, f), 'utf8'));
  return sheets;
}

/**
 * Opens `xlsxPath` in LibreOffice and saves it again as .xlsx, so a test can read back what Calc
 * understood of the file (its notes, for instance) with ExcelJS. Returns the new file's path.
 */
export async function resavedByLibreOffice(xlsxPath: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'rudder-lo-resaved-'));
  await run(
    libreOfficeBinary(),
    [
      `-env:UserInstallation=file://${recalculatingProfile()}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      out,
      xlsxPath,
    ],
    { timeout: 120_000 },
  );
  const saved = join(out, basename(xlsxPath));
  if (!existsSync(saved)) throw new Error(`LibreOffice did not save ${xlsxPath} again as .xlsx`);
  return saved;
}

/** Error values as LibreOffice shows them in cells. */
export const SPREADSHEET_ERROR = /^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#NUM!|#N\/A|#NULL!|Err:\d+|#ERR\d*)$/;
