/** `rudder swot import BOOK.xlsx`: the SWOT items found in a workbook, whatever its layout. */
import type { Command } from 'commander';
import { QUADRANT_TITLE, SWOT_QUADRANTS, importSwot, toSwotImportJson, type SwotImportResult } from '../core/swot';
import { openXlsxPort } from '../host/xlsx';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

interface SwotImportOptions extends WorkbookReadOptions {
  readonly json?: boolean;
  readonly sheet?: string;
}

/** One block per quadrant, items with the cell they came from, so an owner can check them in Excel. */
export function swotImportText(file: string, result: SwotImportResult): string {
  const lines = [`${file}: ${result.items.length} SWOT item${result.items.length === 1 ? '' : 's'} found`];
  for (const quadrant of SWOT_QUADRANTS) {
    const items = result.items.filter((i) => i.quadrant === quadrant);
    lines.push('', `${QUADRANT_TITLE[quadrant]} (${items.length})`);
    if (items.length === 0) lines.push('  (none)');
    for (const item of items) {
      const about = item.entity !== undefined ? ` [${item.entity}]` : '';
      const impact = item.impact !== undefined ? ` (impact ${item.impact})` : '';
      lines.push(`  - ${item.text}${impact}${about}  ${item.sheet}!${item.cell}`);
    }
  }
  // Countermeasures and TOWS cross-strategies found beside the items: listed, never counted as items.
  if (result.strategies.length > 0) lines.push('', `Strategies written beside the items (${result.strategies.length})`);
  for (const s of result.strategies) {
    const type = s.type !== null ? `${s.type}: ` : '';
    const answers = s.from.length > 0 ? ` (answers ${s.from.join(', ')})` : '';
    lines.push(`  - ${type}${s.text}  ${s.sheet}!${s.cell}${answers}`);
  }
  return lines.join('\n');
}

async function runSwotImport(file: string, options: SwotImportOptions, io: CliIo): Promise<number> {
  const port = await openXlsxPort(file, openOptionsOf(options));
  const sheets = (await port.listSheets()).filter((s) => s.usedRange !== null);
  let names = sheets.map((s) => s.name);
  if (options.sheet !== undefined) {
    const wanted = names.find((n) => n.toLowerCase() === options.sheet?.toLowerCase());
    if (wanted === undefined) {
      throw new CliError(
        `${file} has no sheet named "${options.sheet}" with anything on it; its sheets are: ${names.join(', ') || 'none'}.`,
      );
    }
    names = [wanted];
  }
  if (port.readNote !== null) io.err(`note: ${port.readNote}`);
  const snapshots = [];
  for (const name of names) snapshots.push(await port.readSheet(name));
  const result = importSwot(snapshots);
  // Warnings go to stderr so `--json` output stays one clean document on stdout.
  for (const warning of result.warnings) io.err(`warning: ${warning}`);
  io.out(options.json ? JSON.stringify(toSwotImportJson(result)) : swotImportText(file, result));
  return EXIT_OK;
}

export function registerSwotCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  const swot = program.command('swot').description('Work with SWOT analyses kept in workbooks.');
  swot
    .command('import')
    .description(
      'Find the SWOT items in a workbook: a 2x2 grid, a column per quadrant, or one item per row with a category.',
    )
    .argument('<book.xlsx>', 'the workbook to read (it is never changed)')
    .option('--sheet <name>', 'read only this sheet (default: every sheet)')
    .addOption(maxRowsOption())
    .option(
      '--json',
      'machine-readable output: {"items": [{"quadrant", "text", "sheet", "cell"}], "strategies": [{"type", "text", "sheet", "cell", "from"}]}',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  rudder swot import plan.xlsx\n  rudder swot import plan.xlsx --sheet SWOT --json\n',
    )
    .action((file: string, options: SwotImportOptions) => runner(() => runSwotImport(file, options, io)));
}
