/**
 * The playground's workbook sessions: the bakery sample, or a workbook the user opened. Each
 * session is a fresh memory workbook with Rudder's functions, so Reset is a clean start.
 */
import { RUDDER_FUNCTIONS } from '../functions/registry';
import { MemoryWorkbook } from '../host/memory/memoryWorkbook';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import type { SampleWorkbook } from '../sample/types';
import type { PlaygroundWorkbook } from './gridSource';

export interface PlaygroundSession {
  /** Changes with every session, so the task pane remounts on a new workbook. */
  readonly id: number;
  readonly title: string;
  readonly workbook: PlaygroundWorkbook;
}

let nextId = 1;

/** Sample column widths as a fallback for the grid; the workbook's own widths win. */
function withSampleWidths(workbook: MemoryWorkbook, sample: SampleWorkbook): PlaygroundWorkbook {
  const widths = new Map(sample.sheets.map((s) => [s.name, s.columnWidths ?? []]));
  return Object.assign(workbook, {
    getColumnWidth(sheet: string, col: number): number | null {
      return MemoryWorkbook.prototype.getColumnWidth.call(workbook, sheet, col) ?? widths.get(sheet)?.[col] ?? null;
    },
  });
}

export async function sampleSession(sample: SampleWorkbook = BAKERY_SAMPLE): Promise<PlaygroundSession> {
  const workbook = new MemoryWorkbook({
    functions: RUDDER_FUNCTIONS,
    label: `Playground: the ${sample.title} sample in your browser`,
  });
  await loadSample(workbook, sample);
  return { id: nextId++, title: sample.title, workbook: withSampleWidths(workbook, sample) };
}
