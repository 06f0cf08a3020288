/** `rudder report BOOK.xlsx -o REPORT.html`: the one-page printable report, self-contained HTML. */
import { basename } from 'path';
import type { Command } from 'commander';
import { reportOf } from '../host/shareReport';
import { writeAtomically } from '../host/shareXlsx';
import { openXlsxPort } from '../host/xlsx';
import { checkOutputPath } from '../host/xlsx/safeWrite';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { localeOption, maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

export const REPORT_CLI_TEXT = {
  needOut: 'Give the report a name with -o, e.g. rudder report plan.xlsx -o report.html',
  done: (out: string) => `Wrote ${out}: open it in a browser and print it (one page, A4 or Letter).`,
} as const;

export async function runReport(
  book: string,
  options: { readonly out?: string; readonly json?: boolean } & WorkbookReadOptions,
  io: CliIo,
): Promise<number> {
  if (!options.out) throw new CliError(REPORT_CLI_TEXT.needOut);
  await checkOutputPath(options.out, book);
  const { html, notes } = await reportOf(
    await openXlsxPort(book, openOptionsOf(options)),
    io.today(),
    basename(book).replace(/\.xlsx$/i, ''),
  );
  await writeAtomically(options.out, html, book);
  io.out(
    options.json
      ? JSON.stringify({ output: options.out, bytes: Buffer.byteLength(html), ...(notes.length ? { notes } : {}) })
      : REPORT_CLI_TEXT.done(options.out),
  );
  if (!options.json) for (const note of notes) io.err(note);
  return EXIT_OK;
}

export function registerReportCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('report')
    .description(
      'Write a one-page printable report (HTML, no external files): alignment score, strategy picture, KPI table, SWOT, findings with fixes.',
    )
    .argument('<book>', 'the .xlsx workbook (never modified)')
    .option('-o, --out <report.html>', 'where to write the report')
    .option('--json', 'machine-readable output')
    .addOption(maxRowsOption())
    .addOption(localeOption())
    .addHelpText('after', '\nExample:\n  rudder report plan.xlsx -o report.html\n')
    .action((book: string, options: { out?: string; json?: boolean } & WorkbookReadOptions) =>
      runner(() => runReport(book, options, io)),
    );
}
