/** SMARTSCORE, SMARTTIPS and SMARTPROFILE: Excel arguments in, the SMART engine's answer out. */
import { analyzeGoal, formatTips, SMART_CRITERIA, type SmartAnalysis } from '../core/smart';
import { asMatrix, broadcastShape, cellAt, isBlank, joinText, readDate, readNumber, shapeOf } from './args';
import { FN_MESSAGES } from './messages';
import type {
  ExcelArg,
  ExcelCellResult,
  ExcelErrorResult,
  ExcelResult,
  ExcelScalar,
  RudderFunction,
  RudderFunctionParam,
} from './types';
import { isExcelError } from './types';

export const SMART_PARAMS: readonly RudderFunctionParam[] = [
  { name: 'goal', optional: false },
  { name: 'due', optional: true },
  { name: 'baseline', optional: true },
  { name: 'target', optional: true },
  {
    name: 'context',
    optional: true,
  },
];

type GoalAnswer = SmartAnalysis | ExcelErrorResult;

/** The analysis for one goal cell, or the error for that cell. */
function analyzeCell(
  goal: ExcelScalar,
  due: ExcelScalar,
  baseline: ExcelScalar,
  target: ExcelScalar,
  context: string | null,
  asOf: number,
): GoalAnswer {
  if (goal === null || isBlank(goal)) return { error: '#N/A', message: FN_MESSAGES.goalMissing };
  if (typeof goal === 'boolean') return { error: '#VALUE!', message: FN_MESSAGES.goalNotText('TRUE or FALSE') };
  const dueSerial = readDate(due, 'due');
  if (isExcelError(dueSerial)) return dueSerial;
  const base = readNumber(baseline, 'baseline');
  if (isExcelError(base)) return base;
  const tgt = readNumber(target, 'target');
  if (isExcelError(tgt)) return tgt;
  return analyzeGoal({ text: String(goal), due: dueSerial, baseline: base, target: tgt, context }, { asOf });
}

/**
 * Runs `project` over every goal of the (possibly ranged) arguments, broadcasting single values.
 * `asOf` is today's serial, supplied by the host so the core never reads the clock.
 */
function mapGoals(
  args: readonly ExcelArg[],
  asOf: number,
  width: number,
  project: (a: SmartAnalysis) => readonly ExcelCellResult[],
): ExcelResult {
  const [goal, due, baseline, target] = [0, 1, 2, 3].map((i) => asMatrix(args[i]));
  const context = args[4] === undefined ? null : joinText(asMatrix(args[4]));
  const shape = broadcastShape('goal', goal, [
    ['due', due],
    ['baseline', baseline],
    ['target', target],
  ] as const);
  if ('error' in shape) return shape;
  const out: ExcelCellResult[][] = [];
  for (let r = 0; r < shape.rows; r++) {
    const row: ExcelCellResult[] = [];
    for (let c = 0; c < shape.cols; c++) {
      const answer = analyzeCell(
        cellAt(goal, r, c),
        cellAt(due, r, c),
        cellAt(baseline, r, c),
        cellAt(target, r, c),
        context,
        asOf,
      );
      // An error fills the cells its answer would have taken, so the spill stays rectangular.
      if (isExcelError(answer)) for (let i = 0; i < width; i++) row.push(answer);
      else row.push(...project(answer));
    }
    out.push(row);
  }
  return out;
}

/** A SMARTPROFILE of one goal is a 1x5 row; for a column of goals, one row per goal. */
function profileOf(a: SmartAnalysis): readonly ExcelCellResult[] {
  return SMART_CRITERIA.map((k) => Math.round(a.criteria[k].score * 100) / 100);
}

export function smartFunctions(today: () => number): readonly RudderFunction[] {
  return [
    {
      name: 'SMARTSCORE',
      params: SMART_PARAMS,
      evaluate: (args) => mapGoals(args, today(), 1, (a) => [a.score]),
    },
    {
      name: 'SMARTTIPS',
      params: SMART_PARAMS,
      evaluate: (args) => mapGoals(args, today(), 1, (a) => [formatTips(a)]),
    },
    {
      name: 'SMARTPROFILE',
      params: [
        {
          name: 'goal',
          optional: false,
        },
        ...SMART_PARAMS.slice(1),
      ],
      evaluate: (args) => {
        if (shapeOf(asMatrix(args[0])).cols > 1) {
          return {
            error: '#VALUE!',
            message: 'goal: give one goal or one column of goals; each gets a row of five scores.',
          };
        }
        return mapGoals(args, today(), SMART_CRITERIA.length, profileOf);
      },
    },
  ];
}
