/** Loads a sample into any workbook through the port alone, so every adapter shows the same sample. */
import type { WorkbookPort } from '../host/port';
import type { SampleWorkbook } from './types';

/** Adds each sample sheet (a taken name gets a suffix, as `addSheet` does) and writes its cells from A1. */
export async function loadSample(port: WorkbookPort, sample: SampleWorkbook): Promise<readonly string[]> {
  const names: string[] = [];
  for (const sheet of sample.sheets) {
    const name = await port.addSheet(sheet.name);
    if (sheet.rows.length > 0) await port.writeBlock(name, 'A1', sheet.rows);
    names.push(name);
  }
  return names;
}
