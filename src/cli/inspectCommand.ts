/** `rudder inspect BOOK.xlsx`: the sheets with their used ranges and the tables in them. */
import type { Command } from 'commander';
import { describeWorkbook, type WorkbookDescription } from '../host/inspect';
import { openXlsxPort } from '../host/xlsx';
import { EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

export function inspectText(file: string, d: WorkbookDescription): string {
  const lines = [`${file}: ${d.sheets.length} sheet${d.sheets.length === 1 ? '' : 's'}`];
  for (const sheet of d.sheets) {
    lines.push(`  ${sheet.name}  ${sheet.usedRange ?? '(empty)'}`);
    for (const t of sheet.tables) lines.push(`    table ${t.name} ${t.range}: ${t.headers.join(', ')}`);
  }
  return lines.join('\n');
}

export function registerInspectCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('inspect')
    .description('List the sheets of a workbook with their used ranges and the tables in them.')
    .argument('<book.xlsx>', 'the workbook to read (it is never changed)')
    .option('--json', 'machine-readable output')
    .addOption(maxRowsOption())
    .addHelpText('after', '\nExamples:\n  rudder inspect plan.xlsx\n  rudder inspect plan.xlsx --json\n')
    .action((file: string, options: { json?: boolean } & WorkbookReadOptions) =>
      runner(async () => {
        const description = await describeWorkbook(await openXlsxPort(file, openOptionsOf(options)));
        io.out(options.json ? JSON.stringify(description) : inspectText(file, description));
        return EXIT_OK;
      }),
    );
}
