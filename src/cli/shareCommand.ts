/**
 * `rudder share BOOK.xlsx -o COPY.xlsx [--formulas let|inline|values] [--short-names] [--json]`:
 * a copy for advisors that reads right without the add-in (see src/host/shareXlsx.ts), with the
 * short LAMBDA names SMARTSCORE, SMARTTIPS, KPI_STATUS and KPI_PROGRESS if asked. The input is
 * never modified; the copy is written whole or not at all.
 */
import { basename } from 'path';
import type { Command } from 'commander';
import type { NativeForm } from '../core/share';
import { shortFormulaNames, shortNamesReport, type NamesResult } from '../core/share/shortNames';
import {
  advisorCopyFileBytes,
  DEFAULT_SHARE_FORM,
  prepareShareCopy,
  writeAtomically,
  writeShareCopy,
  type ShareOptions,
  type ShareOutcome,
} from '../host/shareXlsx';
import { openXlsxPort, type OpenOptions } from '../host/xlsx';
import { checkOutputPath } from '../host/xlsx/safeWrite';
import { CliError, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { localeOption, maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

const FORMS: readonly NativeForm[] = ['let', 'inline', 'values'];

export const SHARE_CLI_TEXT = {
  needOut: 'Give the copy a name with -o, e.g. rudder share plan.xlsx -o plan-for-advisors.xlsx',
  badForm: (f: string) => `--formulas "${f}" is not one of let, inline, values.`,
  done: (out: string, o: ShareOutcome) =>
    `Wrote ${out}: ${o.plans.length} Rudder formula${o.plans.length === 1 ? '' : 's'} replaced ` +
    `(${o.counts.native} as plain Excel formulas, ${o.counts.partial} partly rewritten, ${o.counts.computed} computed values, ` +
    `${o.counts.cached} saved values, ${o.counts.missing} missing), and a "${o.summarySheet}" sheet (alignment score ${o.facts.alignment.score}/100).`,
} as const;

export interface ShareCliOptions extends WorkbookReadOptions {
  readonly out?: string;
  readonly formulas?: string;
  readonly shortNames?: boolean;
  readonly json?: boolean;
}

/** The copy with the short names added before it is written (one pass, still whole or nothing). */
async function writeCopyWithShortNames(
  book: string,
  out: string,
  options: ShareOptions,
  open: OpenOptions,
): Promise<{ readonly outcome: ShareOutcome; readonly names: NamesResult }> {
  await checkOutputPath(out, book);
  const port = await openXlsxPort(book, open);
  const outcome = await prepareShareCopy(port, options);
  const names = await port.addNames(shortFormulaNames());
  await writeAtomically(out, await advisorCopyFileBytes(port, outcome), book);
  return { outcome, names };
}

export async function runShare(book: string, options: ShareCliOptions, io: CliIo): Promise<number> {
  if (!options.out) throw new CliError(SHARE_CLI_TEXT.needOut);
  const form = (options.formulas ?? DEFAULT_SHARE_FORM) as NativeForm;
  if (!FORMS.includes(form)) throw new CliError(SHARE_CLI_TEXT.badForm(options.formulas ?? ''));
  const title = basename(book).replace(/\.xlsx$/i, '');
  const shareOptions: ShareOptions = { form, today: io.today(), title };
  const { outcome, names } = options.shortNames
    ? await writeCopyWithShortNames(book, options.out, shareOptions, openOptionsOf(options))
    : { outcome: await writeShareCopy(book, options.out, shareOptions, openOptionsOf(options)), names: null };
  if (options.json) {
    io.out(
      JSON.stringify({
        output: options.out,
        summarySheet: outcome.summarySheet,
        score: outcome.facts.alignment.score,
        counts: outcome.counts,
        cells: outcome.plans.map((p) => ({
          sheet: p.sheet,
          cell: p.address,
          action: p.action,
          functions: p.functions,
          ...(p.reason ? { reason: p.reason } : {}),
        })),
        warnings: outcome.warnings,
        ...(names
          ? {
              shortNames: {
                added: names.added,
                replaced: names.replaced,
                unchanged: names.unchanged,
                conflicts: names.conflicts,
              },
            }
          : {}),
      }),
    );
  } else {
    io.out(SHARE_CLI_TEXT.done(options.out, outcome));
    for (const w of outcome.warnings) io.err(w);
    // A user's own name kept is news, not an error: the copy is complete either way.
    if (names) for (const line of shortNamesReport(names).lines) io.out(line);
  }
  return EXIT_OK;
}

export function registerShareCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('share')
    .description(
      'Write a copy for advisors that reads right without the Rudder add-in: KPI formulas as plain Excel formulas, other Rudder results as values with a note, plus an Advisor summary sheet.',
    )
    .argument('<book>', 'the .xlsx workbook (never modified)')
    .option('-o, --out <copy.xlsx>', 'where to write the copy')
    .option(
      '--formulas <form>',
      'inline (default: Excel 2016 and later, LibreOffice, Google Sheets), let (shorter, Microsoft 365 and Excel 2021 only), values (no formulas)',
    )
    .option(
      '--short-names',
      'also add the names SMARTSCORE, SMARTTIPS, KPI_STATUS and KPI_PROGRESS (LAMBDA, Microsoft 365 / Excel 2024), so =KPI_STATUS(B2, C2) works; a name of yours with another formula is kept and reported',
    )
    .option('--json', 'machine-readable output')
    .addOption(maxRowsOption())
    .addOption(localeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  rudder share plan.xlsx -o plan-for-advisors.xlsx\n  rudder share plan.xlsx -o plan-365.xlsx --formulas let\n  rudder share plan.xlsx -o plan-named.xlsx --short-names\n',
    )
    .action((book: string, options: ShareCliOptions) => runner(() => runShare(book, options, io)));
}
