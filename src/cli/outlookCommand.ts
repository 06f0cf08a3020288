/**
 * `rudder outlook --file history.jsonl`: for each KPI history (one JSON object per line), the
 * outlook, trend, forecast with its 80% interval, and the chance of meeting the target. The
 * fields go through the same readers as RUDDER.KPI_OUTLOOK, so the answers match the workbook's.
 */
import type { Command } from 'commander';
import type { OutlookResult } from '../core/forecast';
import { formatSerialIso } from '../core/dates/serial';
import { outlookFromArgs } from '../functions/forecastFunctions';
import type { ExcelArg, ExcelScalar } from '../functions/types';
import { isExcelError } from '../functions/types';
import { readBatch } from './batch';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { JsonObject } from './jsonl';
import type { CommandRunner } from './main';
import { localeOption, maxRowsOption } from './limits';
import { runOutlookBook, type OutlookBookOptions } from './outlookBook';

export interface OutlookOptions extends OutlookBookOptions {
  readonly file?: string;
  readonly json?: boolean;
}

export const OUTLOOK_LINE_FORM =
  '{"values": [...], "dates": [...], "target", "direction"?, "due"?, "asOf"?, "baseline"?}';

/** A JSON scalar as a spreadsheet cell; objects and lists inside a list are unreadable cells. */
function cellOf(v: unknown): ExcelScalar {
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
}

function listField(line: JsonObject, key: 'values' | 'dates', example: string): ExcelArg {
  const v = line[key];
  if (v === undefined || v === null) throw new CliError(`"${key}" is missing: give a list, e.g. "${key}": ${example}.`);
  if (!Array.isArray(v)) throw new CliError(`"${key}" must be a list, e.g. "${key}": ${example}.`);
  return v.map((x) => [cellOf(x)]);
}

function scalarField(line: JsonObject, key: string): ExcelScalar {
  const v = line[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'object')
    throw new CliError(`"${key}" must be a single value, not ${Array.isArray(v) ? 'a list' : 'an object'}.`);
  return cellOf(v);
}

/** A target is one value, a range in text ("90-110"), or a list of two numbers [90, 110]. */
function targetField(line: JsonObject): ExcelArg {
  const v = line.target;
  if (Array.isArray(v)) {
    if (v.length !== 2) throw new CliError('"target" as a list must hold two numbers, low and high, e.g. [90, 110].');
    return [[cellOf(v[0]), cellOf(v[1])]];
  }
  return scalarField(line, 'target');
}

/** Reads one line and answers it; throws CliError naming the field at fault. */
export function outlookOfLine(line: JsonObject): OutlookResult {
  const args: ExcelArg[] = [
    listField(line, 'values', '[120, 131, 128]'),
    listField(line, 'dates', '["2027-01-31", "2027-02-28", "2027-03-31"]'),
    targetField(line),
    scalarField(line, 'direction'),
    scalarField(line, 'due'),
    scalarField(line, 'asOf'),
    scalarField(line, 'baseline'),
  ];
  const result = outlookFromArgs(args);
  if (isExcelError(result)) throw new CliError(result.message);
  return result;
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 10000) / 10000);

export function outlookJson(r: OutlookResult): JsonObject {
  return {
    outlook: r.outlook,
    trend: r.trend,
    forecast: round(r.forecast),
    low: round(r.low),
    high: round(r.high),
    probability: round(r.probability),
  };
}

export function outlookText(r: OutlookResult): string {
  if (r.probability === null || r.forecast === null || r.at === null) return `${r.outlook}  (trend ${r.trend})`;
  const n = (x: number | null): string => (x === null ? 'n/a' : String(Math.round(x * 100) / 100));
  return `${r.outlook}  (chance ${Math.round(r.probability * 100)}%; expected ${n(r.forecast)} on ${formatSerialIso(r.at)}, 80% between ${n(r.low)} and ${n(r.high)}; trend ${r.trend})`;
}

export async function runOutlook(options: OutlookOptions, io: CliIo, book?: string): Promise<number> {
  if (book !== undefined && options.file) throw new CliError('give a workbook or --file history.jsonl, not both.');
  if (book !== undefined) return runOutlookBook(book, options, io);
  if (!options.file)
    throw new CliError(
      `give a workbook with a RudderHistory table, or --file history.jsonl, one KPI per line: ${OUTLOOK_LINE_FORM}.`,
    );
  const json = options.json === true;
  const bad = await readBatch(
    options.file,
    io,
    (line) => {
      const result = outlookOfLine(line);
      return json ? JSON.stringify(outlookJson(result)) : outlookText(result);
    },
    'own',
  );
  return bad > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}

export function registerOutlookCommand(program: Command, io: CliIo, runner: CommandRunner): void {
  program
    .command('outlook')
    .description(
      'Say whether each KPI will meet its target by the due date at its pace: Achieved, On course, At risk, Projected to miss or Too little data, with the trend, the forecast and the chance.',
    )
    .argument('[book]', 'a .xlsx workbook with RudderKPIs and RudderHistory (never modified)')
    .option('--file <history.jsonl>', `one KPI history per line: ${OUTLOOK_LINE_FORM}`)
    .option('--as-of <date>', 'with a workbook: look ahead from this day (default: today)')
    .addOption(maxRowsOption())
    .addOption(localeOption())
    .option(
      '--json',
      'machine-readable output: one {"outlook", "trend", "forecast", "low", "high", "probability"} per line',
    )
    .addHelpText(
      'after',
      [
        '',
        'Each line of the file is one KPI: its values, the date of each value, and the target.',
        'Dates are dates such as "2027-01-31" or Excel serials; "direction" is higher (default),',
        'lower, range or maintain; without "due" the next period is judged; "asOf" ignores later',
        'values; "low" and "high" bound the forecast with 80% confidence.',
        '',
        'Example line:',
        '  {"values": [120, 131, 128, 142], "dates": ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"], "target": 160, "due": "2027-09-30"}',
        '',
        'Examples:',
        '  rudder outlook --file history.jsonl',
        '  rudder outlook --file history.jsonl --json',
        '  rudder outlook plan.xlsx --as-of 2027-03-31',
        '',
      ].join('\n'),
    )
    .action((book: string | undefined, options: OutlookOptions) => runner(() => runOutlook(options, io, book)));
}
