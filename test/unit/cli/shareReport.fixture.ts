/** The playground's bakery as .xlsx, structured by `rudder structure` (Rudder tables with RUDDER.* formulas and saved values). */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { fromSampleWorkbook, toXlsxBytes } from '../../../src/host/memory';
import { BAKERY_SAMPLE } from '../../../src/sample/bakery';
import { runCli } from './cliHarness';

export async function structuredBakery(dir: string): Promise<{ raw: string; structured: string }> {
  const raw = join(dir, 'bakery.xlsx');
  writeFileSync(raw, await toXlsxBytes(await fromSampleWorkbook(BAKERY_SAMPLE)));
  const structured = join(dir, 'bakery-structured.xlsx');
  const run = await runCli(['structure', raw, '-o', structured]);
  if (run.code !== 0) throw new Error(`rudder structure failed: ${run.stderr}`);
  return { raw, structured };
}
