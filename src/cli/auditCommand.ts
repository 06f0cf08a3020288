/**
 * `rudder audit BOOK.xlsx [--as-of DATE] [--json]`: the alignment check on a workbook file.
 * Exit 1 when any finding is an error, so a script can stop on it; 0 otherwise; 2 on bad input.
 */
import type { Command } from 'commander';
import type { AlignmentResult, Finding } from '../core/alignment';
import { gatherShareFacts } from '../core/share';
import { formatSerialLong } from '../core/dates';
import { readDate } from '../functions/args';
import { isExcelError } from '../functions/types';
import {
  findingCounts,
  REPORT_TEXT,
  scoreMeaning,
  SEVERITIES,
  SEVERITY_LABEL,
  SEVERITY_PLURAL,
  whereText,
} from '../host/alignmentReport';
import { readNotesOf, readStrategyModel } from '../host/readStrategyModel';
import { openXlsxPort } from '../host/xlsx';
import { CliError, EXIT_FINDINGS, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { CommandRunner } from './main';
import { localeOption, maxRowsOption, openOptionsOf, type WorkbookReadOptions } from './limits';

export interface AuditOptions extends WorkbookReadOptions {
  readonly asOf?: string;
  readonly json?: boolean;
}

export const AUDIT_TEXT = {
  noTables: (book: string, reason: string) =>
    `${book}: ${reason} From the command line: rudder structure ${book} -o structured.xlsx`,
  header: (book: string, asOf: number) => `Alignment check of ${book}, as of ${formatSerialLong(asOf)}`,
  score: (score: number) => `Alignment score: ${score}/100.`,
} as const;

/** The JSON document of DESIGN §5: exactly these keys, in this order. */
export function auditJson(result: AlignmentResult): {
  score: number;
  findings: Record<Exclude<keyof Finding, 'subjects' | 'cause' | 'count'>, string>[];
} {
  return {
    score: result.score,
    findings: result.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      fix: f.fix,
    })),
  };
}

/** Readable output: score and its meaning, findings grouped by severity, one line on the method. */
export function auditText(book: string, asOf: number, result: AlignmentResult): string {
  const lines = [
    AUDIT_TEXT.header(book, asOf),
    `${AUDIT_TEXT.score(result.score)} ${scoreMeaning(result)}`,
    findingCounts(result.findings),
  ];
  for (const severity of SEVERITIES) {
    const group = result.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(
      '',
      `${SEVERITY_PLURAL[severity][0].toUpperCase()}${SEVERITY_PLURAL[severity].slice(1)} (${group.length})`,
    );
    // A loop, not Math.max(...list): spreading 200,000 findings overflows the call stack.
    const width = group.reduce((w, f) => Math.max(w, Math.min(24, whereText(f).length)), 0);
    for (const f of group) {
      lines.push(`  ${whereText(f).padEnd(width)}  [${f.rule}] ${f.message}`);
      lines.push(`  ${''.padEnd(width)}  Fix: ${f.fix}`);
    }
  }
  lines.push('', REPORT_TEXT.methodLine);
  return lines.join('\n');
}

/** The date an `--as-of` option names, or `today` without one; a plain error for anything else. */
export function asOfOf(text: string | undefined, today: number): number {
  if (text === undefined) return today;
  const parsed = readDate(text, 'as-of');
  if (isExcelError(parsed)) throw new CliError(parsed.message);
  if (parsed === null) throw new CliError('--as-of is empty: give a date such as 2027-01-15.');
  return parsed;
}

export async function runAudit(book: string, options: AuditOptions, io: CliIo): Promise<number> {
  const asOf = asOfOf(options.asOf, io.today());
  const port = await openXlsxPort(book, openOptionsOf(options));
  const model = await readStrategyModel(port);
  if (model.isEmpty) throw new CliError(AUDIT_TEXT.noTables(book, model.emptyReason ?? ''));
  // The same computation as the pane, the Alignment sheet, the advisor summary and the report.
  const result = gatherShareFacts(model, asOf).alignment;
  const notes = readNotesOf(model, port);
  if (options.json) io.out(JSON.stringify({ ...auditJson(result), ...(notes.length ? { notes } : {}) }));
  else {
    io.out(auditText(book, asOf, result));
    for (const note of notes) io.err(note);
  }
  return result.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
}

export function registerAuditCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('audit')
    .description(
      `Check that mission, values, goals, KPIs and SWOT line up across sheets: findings with fixes and a score out of 100. Exits 1 when any finding is an ${SEVERITY_LABEL.error.toLowerCase()}.`,
    )
    .argument('<book>', 'the .xlsx workbook to check (never modified)')
    .option('--as-of <date>', 'judge deadlines and KPI pacing on this day (default: today)')
    .addOption(maxRowsOption())
    .addOption(localeOption())
    .option('--json', 'machine-readable output: {"score", "findings": [...]}')
    .addHelpText('after', '\nExamples:\n  rudder audit plan.xlsx\n  rudder audit plan.xlsx --as-of 2027-03-31 --json\n')
    .action((book: string, options: AuditOptions) => runner(() => runAudit(book, options, io)));
}
