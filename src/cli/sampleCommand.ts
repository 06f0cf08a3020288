/** `rudder sample -o FILE.xlsx`: the playground's bakery workbook as a file, to try every command on. */
import type { Command } from 'commander';
import type ExcelJS from 'exceljs';
import { parseCellAddress } from '../core/grid/a1';
import { writeAtomically } from '../host/shareXlsx';
import { createXlsxPort } from '../host/xlsx';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import type { SampleWorkbook } from '../sample/types';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';

export const SAMPLE_CLI_TEXT = {
  needOut: 'Give the sample a file name with -o, e.g. rudder sample -o bakery.xlsx',
  done: (out: string, sheets: readonly string[]) =>
    `Wrote ${out}: the ${BAKERY_SAMPLE.title} sample (${sheets.join(', ')}). Try: rudder structure ${out} -o structured.xlsx`,
} as const;

/**
 * The sample's own number formats (percentages, month headers shown as "Dec-25"): the port writes values and
 * dates only, and a month header must read as a month, as it does in the playground.
 */
function applySampleFormats(workbook: ExcelJS.Workbook, sample: SampleWorkbook): void {
  for (const sheet of sample.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const { topLeft, rows, format } of sheet.numberFormats ?? []) {
      const { row, col } = parseCellAddress(topLeft);
      for (let r = 0; r < rows; r++) ws.getCell(row + r + 1, col + 1).numFmt = format;
    }
  }
}

/** A scratch sheet to start the workbook with; the sample's own sheets replace it. */
const SCRATCH = 'Rudder sample scratch';

export async function runSample(
  options: { readonly out?: string; readonly json?: boolean },
  io: CliIo,
): Promise<number> {
  if (!options.out) throw new CliError(SAMPLE_CLI_TEXT.needOut);
  const port = createXlsxPort(SCRATCH);
  const sheets = await loadSample(port, BAKERY_SAMPLE);
  applySampleFormats(port.workbook, BAKERY_SAMPLE);
  await port.deleteSheet(SCRATCH);
  await writeAtomically(options.out, await port.toBytes());
  io.out(options.json ? JSON.stringify({ output: options.out, sheets }) : SAMPLE_CLI_TEXT.done(options.out, sheets));
  return EXIT_OK;
}

export function registerSampleCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('sample')
    .description(
      "Write the playground's sample workbook (a bakery's goals, KPIs, strategy and SWOT, with a few planted problems) to try the other commands on.",
    )
    .option('-o, --out <file.xlsx>', 'where to write the sample')
    .option('--json', 'machine-readable output')
    .addHelpText(
      'after',
      '\nExample:\n  rudder sample -o bakery.xlsx\n  rudder structure bakery.xlsx -o structured.xlsx\n  rudder audit structured.xlsx\n',
    )
    .action((options: { out?: string; json?: boolean }) => runner(() => runSample(options, io)));
}
