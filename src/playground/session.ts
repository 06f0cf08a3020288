/**
 * The playground's workbook sessions: the bakery sample, or a workbook the user opened. Each
 * session is a fresh memory workbook with Rudder's functions, so Reset is a clean start.
 */
import { RUDDER_FUNCTIONS } from '../functions/registry';
import { fromSampleWorkbook, fromXlsxBytes, MemoryWorkbook } from '../host/memory';
import { BAKERY_SAMPLE } from '../sample/bakery';
import type { SampleWorkbook } from '../sample/types';
import { WriteTrackingWorkbook } from './writeTracking';

export interface PlaygroundSession {
  /** Changes with every session, so the grid and the task pane remount on a new workbook. */
  readonly id: number;
  /** Names the download: "Crumb & Co. Bakery.xlsx". */
  readonly title: string;
  readonly workbook: MemoryWorkbook;
  /** The same workbook for the grid and the task pane: it remembers whether it was written to. */
  readonly port: WriteTrackingWorkbook;
  /** The name of the file the user opened, or `null` for the sample. */
  readonly fileName: string | null;
  /** Column widths (characters) for sheets that set none themselves, e.g. the sample's. */
  readonly widthHint: (sheet: string, col: number) => number | null;
}

let nextId = 1;

const noHint = (): null => null;

export async function sampleSession(sample: SampleWorkbook = BAKERY_SAMPLE): Promise<PlaygroundSession> {
  const workbook = await fromSampleWorkbook(sample, {
    functions: RUDDER_FUNCTIONS,
    label: `Playground: the ${sample.title} sample in your browser`,
    locale: navigator.language,
  });
  for (const sheet of sample.sheets) {
    for (const { topLeft, rows, format } of sheet.numberFormats ?? []) {
      workbook.setNumberFormats(
        sheet.name,
        topLeft,
        Array.from({ length: rows }, () => [format]),
      );
    }
  }
  const widths = new Map(sample.sheets.map((s) => [s.name, s.columnWidths ?? []]));
  return {
    id: nextId++,
    title: sample.title,
    workbook,
    port: new WriteTrackingWorkbook(workbook),
    fileName: null,
    widthHint: (sheet, col) => widths.get(sheet)?.[col] ?? null,
  };
}

/** A session on a user's workbook; the bytes must already have passed `checkWorkbookBytes`. */
export async function fileSession(bytes: Uint8Array, fileName: string): Promise<PlaygroundSession> {
  const workbook = await fromXlsxBytes(bytes, {
    functions: RUDDER_FUNCTIONS,
    fileName,
    label: `Playground: ${fileName}, in your browser only`,
    locale: navigator.language,
  });
  return {
    id: nextId++,
    title: fileName.replace(/\.xlsx$/i, ''),
    workbook,
    port: new WriteTrackingWorkbook(workbook),
    fileName,
    widthHint: noHint,
  };
}
