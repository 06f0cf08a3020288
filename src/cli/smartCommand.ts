/** `rudder smart`: SMART scores for one goal or a JSON Lines batch. */
import { analyzeGoal, SMART_CRITERIA, type SmartAnalysis, type SmartCriterion } from '../core/smart';
import { readDate, readNumber } from '../functions/args';
import { isExcelError } from '../functions/types';
import { CliError, EXIT_BAD_INPUT, EXIT_OK } from './errors';
import type { CliIo } from './io';
import type { JsonObject } from './jsonl';
import { readBatch } from './batch';

export interface SmartOptions {
  readonly due?: string;
  readonly baseline?: string;
  readonly target?: string;
  readonly context?: string;
  readonly file?: string;
  readonly json?: boolean;
}

interface SmartRequest {
  readonly goal: string;
  readonly due: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly context: string | null;
}

const CRITERION_LABEL: Readonly<Record<SmartCriterion, string>> = {
  specific: 'Specific',
  measurable: 'Measurable',
  achievable: 'Achievable',
  relevant: 'Relevant',
  timeBound: 'Time-bound',
};

type Field = string | number | boolean | null | undefined;

/** Reads one request from loose fields (argv strings or JSON values); throws CliError naming the field. */
function toRequest(
  goal: unknown,
  fields: { due?: Field; baseline?: Field; target?: Field; context?: Field },
): SmartRequest {
  if (typeof goal !== 'string' || goal.trim() === '')
    throw new CliError(
      '"goal" must be the goal text, e.g. "Increase repeat customers from 200 to 260 by 30 June 2027".',
    );
  const scalar = (v: Field): string | number | boolean | null => (v === undefined ? null : v);
  const due = readDate(scalar(fields.due), 'due');
  if (isExcelError(due)) throw new CliError(due.message);
  const baseline = readNumber(scalar(fields.baseline), 'baseline');
  if (isExcelError(baseline)) throw new CliError(baseline.message);
  const target = readNumber(scalar(fields.target), 'target');
  if (isExcelError(target)) throw new CliError(target.message);
  const context = fields.context === undefined || fields.context === null ? null : String(fields.context);
  return { goal, due, baseline, target, context };
}

export function smartJson(goal: string, a: SmartAnalysis): JsonObject {
  const criteria: Record<string, number> = {};
  for (const k of SMART_CRITERIA) criteria[k] = Math.round(a.criteria[k].score * 100) / 100;
  return { goal, score: a.score, criteria, tips: [...a.tips] };
}

function bar(score: number): string {
  const filled = Math.round(score * 10);
  return '#'.repeat(filled) + '.'.repeat(10 - filled);
}

export function smartText(goal: string, a: SmartAnalysis): string {
  const lines = [`SMART score ${a.score}/100  "${goal.length > 80 ? `${goal.slice(0, 77)}...` : goal}"`];
  for (const k of SMART_CRITERIA) {
    const c = a.criteria[k];
    lines.push(`  ${CRITERION_LABEL[k].padEnd(11)} ${bar(c.score)} ${c.score.toFixed(2)}  ${c.reason}`);
  }
  if (a.tips.length) {
    lines.push('Tips:');
    for (const tip of a.tips) lines.push(`  - ${tip}`);
  }
  return lines.join('\n');
}

function analyze(request: SmartRequest, asOf: number): SmartAnalysis {
  return analyzeGoal(
    {
      text: request.goal,
      due: request.due,
      baseline: request.baseline,
      target: request.target,
      context: request.context,
    },
    { asOf },
  );
}

export async function runSmart(goal: string | undefined, options: SmartOptions, io: CliIo): Promise<number> {
  const asOf = io.today();
  if (options.file) {
    if (goal) throw new CliError('Give either a goal or --file, not both.');
    return runSmartBatch(options.file, options.json === true, asOf, io);
  }
  if (!goal)
    throw new CliError(
      'Give a goal in quotes, e.g. rudder smart "Increase sales by 15% by Q3 2027", or --file goals.jsonl.',
    );
  const request = toRequest(goal, options);
  const analysis = analyze(request, asOf);
  io.out(options.json ? JSON.stringify(smartJson(request.goal, analysis)) : smartText(request.goal, analysis));
  return EXIT_OK;
}

async function runSmartBatch(file: string, json: boolean, asOf: number, io: CliIo): Promise<number> {
  const bad = await readBatch(file, io, (v) => {
    const request = toRequest(v.goal, { due: v.due, baseline: v.baseline, target: v.target, context: v.context });
    const analysis = analyze(request, asOf);
    return json ? JSON.stringify(smartJson(request.goal, analysis)) : `${smartText(request.goal, analysis)}\n`;
  });
  return bad > 0 ? EXIT_BAD_INPUT : EXIT_OK;
}
