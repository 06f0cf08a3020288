/** `rudder sample -o FILE.xlsx`: the playground's bakery workbook as a file, to try every command on. */
import type { Command } from 'commander';
import { writeAtomically } from '../host/shareXlsx';
import { createXlsxPort } from '../host/xlsx';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';

export const SAMPLE_CLI_TEXT = {
  needOut: 'Give the sample a file name with -o, e.g. rudder sample -o bakery.xlsx',
  done: (out: string, sheets: readonly string[]) =>
    `Wrote ${out}: the ${BAKERY_SAMPLE.title} sample (${sheets.join(', ')}). Try: rudder structure ${out} -o structured.xlsx`,
} as const;

/** A scratch sheet to start the workbook with; the sample's own sheets replace it. */
const SCRATCH = 'Rudder sample scratch';

export async function runSample(
  options: { readonly out?: string; readonly json?: boolean },
  io: CliIo,
): Promise<number> {
  if (!options.out) throw new CliError(SAMPLE_CLI_TEXT.needOut);
  const port = createXlsxPort(SCRATCH);
  const sheets = await loadSample(port, BAKERY_SAMPLE);
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
