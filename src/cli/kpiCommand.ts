/** `rudder kpi`: the status and progress of one KPI or a JSON Lines batch. */
import { evaluateKpi, parseDirection, parseTarget, type KpiResult } from '../core/kpi';
import { readDate, readNumber } from '../functions/args';
import { isExcelError, type ExcelErrorResult } from '../functions/types';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { JsonObject } from './jsonl';
import { readBatch } from './batch';

type Field = string | number | boolean | null | undefined;

export interface KpiFields {
  readonly actual?: Field;
  readonly target?: Field;
  readonly direction?: Field;
  readonly baseline?: Field;
  readonly start?: Field;
  readonly due?: Field;
  readonly asOf?: Field;
}

export interface KpiOptions extends KpiFields {
  readonly file?: string;
  readonly json?: boolean;
}

const scalar = (v: Field): string | number | boolean | null => (v === undefined ? null : v);

function must<T>(value: T): Exclude<T, ExcelErrorResult> {
  if (isExcelError(value)) throw new CliError(value.message);
  return value as Exclude<T, ExcelErrorResult>;
}

/** Evaluates one KPI from loose fields; throws CliError naming the field at fault. */
export function evaluateKpiFields(fields: KpiFields, today: number): KpiResult {
  const direction = parseDirection(
    fields.direction === undefined || fields.direction === null ? null : String(fields.direction),
  );
  if (!direction.ok) throw new CliError(`direction: ${direction.reason}`);
  if (fields.target === undefined || fields.target === null || fields.target === '')
    throw new CliError('target is missing: give --target, e.g. --target 260 (or "90-110" for a range).');
  const target = parseTarget(
    typeof fields.target === 'boolean' ? String(fields.target) : fields.target,
    direction.value,
  );
  if (!target.ok) throw new CliError(`target: ${target.reason}`);
  const actual = must(readNumber(scalar(fields.actual), 'actual'));
  const baseline = must(readNumber(scalar(fields.baseline), 'baseline'));
  const start = must(readDate(scalar(fields.start), 'start', { edge: 'start' }));
  const due = must(readDate(scalar(fields.due), 'due'));
  const asOf = must(readDate(scalar(fields.asOf), 'as-of')) ?? today;
  return evaluateKpi({ actual, target: target.value, direction: direction.value, baseline, start, due, asOf });
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 10000) / 10000);

export function kpiJson(r: KpiResult): JsonObject {
  return { status: r.status, progress: round(r.progress), expected: round(r.expected) };
}

export function kpiText(r: KpiResult): string {
  const pct = (n: number | null): string => (n === null ? 'n/a' : `${Math.round(n * 100)}%`);
  const expected = r.expected === null ? '' : `, expected by now ${pct(r.expected)}`;
  return `${r.status}  (progress ${pct(r.progress)}${expected})`;
}

export async function runKpi(options: KpiOptions, io: CliIo): Promise<number> {
  const today = io.today();
  if (options.file) return runKpiBatch(options.file, options.json === true, today, io);
  const result = evaluateKpiFields(options, today);
  io.out(options.json ? JSON.stringify(kpiJson(result)) : kpiText(result));
  return EXIT_OK;
}

async function runKpiBatch(file: string, json: boolean, today: number, io: CliIo): Promise<number> {
  const bad = await readBatch(file, io, (v) => {
    const result = evaluateKpiFields(v, today);
    return json ? JSON.stringify(kpiJson(result)) : kpiText(result);
  });
  return bad > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
