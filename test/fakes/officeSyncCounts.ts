/**
 * Sync counts of the Office adapter on the Excel fake, for the contract's budget tests and for
 * `npm run bench` (DESIGN §7: at most 3 syncs per operation whatever the row count, plus one
 * per 5 MB band).
 */
import { OfficeWorkbook } from '../../src/host/office/officeWorkbook';
import { readBands, rowPayload, writeBands } from '../../src/host/office/chunks';
import { toOfficeBlock } from '../../src/host/office/cells';
import type { CellInput } from '../../src/host/port';
import { ExcelFake, FakeSettings } from './excelFake';

export interface OperationSyncs {
  /** Syncs the operation made. */
  readonly syncs: number;
  /** 5 MB bands beyond the first (each allowed one extra sync). */
  readonly extraBands: number;
}

export interface SheetSyncCounts {
  readonly rows: number;
  readonly writeBlock: OperationSyncs;
  readonly readSheet: OperationSyncs;
  readonly upsertTable: OperationSyncs;
  readonly readTable: OperationSyncs;
  /** Largest request or response the fake saw, in bytes (must stay under 5 MB). */
  readonly largestPayload: number;
}

const COLUMNS = 4;

function rowsOf(count: number): CellInput[][] {
  return Array.from({ length: count }, (_, i) => [`G-${i + 1}`, `Goal number ${i + 1}`, i * 1.5, i % 2 === 0]);
}

async function counted(excel: ExcelFake, op: () => Promise<unknown>): Promise<number> {
  excel.resetCounts();
  await op();
  return excel.syncCount;
}

/** Runs the table-pane operations on a sheet of `rows` rows and counts their syncs. */
export async function measureSheet(rows: number): Promise<SheetSyncCounts> {
  const excel = new ExcelFake();
  excel.state.addSheet('Data');
  excel.state.addSheet('Goals');
  const port = new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements });
  const data = rowsOf(rows);
  let largest = 0;
  const track = (): void => {
    largest = Math.max(largest, excel.largestRequest, excel.largestResponse);
  };
  const writeBlock = await counted(excel, () => port.writeBlock('Data', 'A1', data));
  track();
  const readSheet = await counted(excel, () => port.readSheet('Data'));
  track();
  const spec = {
    name: 'RudderGoals',
    sheet: 'Goals',
    topLeft: 'A1',
    columns: [
      { header: 'ID' },
      { header: 'Goal' },
      { header: 'Baseline' },
      { header: 'Done' },
      { header: 'SMART', formula: '=RUDDER.SMARTSCORE([@Goal])' },
    ],
    rows: data.map((r) => [...r, null]),
  };
  const upsertTable = await counted(excel, () => port.upsertTable(spec));
  track();
  const readTable = await counted(excel, () => port.readTable('RudderGoals'));
  track();
  // Bands beyond the first, computed from the payload the same way the adapter must split it.
  const writeExtra = (input: readonly (readonly CellInput[])[]): number => {
    const block = toOfficeBlock(input, 'bench');
    return (
      writeBands(
        block.formulas.map((row, r) => rowPayload(row) + (block.needsFormats ? rowPayload(block.numberFormats[r]) : 0)),
      ).length - 1
    );
  };
  const tableBody = spec.rows.map((r) => [
    ...r.slice(0, COLUMNS),
    { formula: spec.columns[COLUMNS].formula as string },
  ]);
  return {
    rows,
    writeBlock: { syncs: writeBlock, extraBands: writeExtra(data) },
    readSheet: { syncs: readSheet, extraBands: readBands(rows, COLUMNS).length - 1 },
    upsertTable: { syncs: upsertTable, extraBands: writeExtra(tableBody) },
    readTable: { syncs: readTable, extraBands: readBands(rows, COLUMNS + 1).length - 1 },
    largestPayload: largest,
  };
}

/** Sync counts for a 10-row and a 100,000-row sheet (for `npm run bench`). */
export async function measureOfficeSyncCounts(): Promise<{
  readonly small: SheetSyncCounts;
  readonly large: SheetSyncCounts;
}> {
  return { small: await measureSheet(10), large: await measureSheet(100_000) };
}
