import { analyzeGoal } from './analyze';
import type { SmartAnalysis } from './types';

/** What a goal's row holds that its SMART score reads: the Goals table's Goal, Due, Baseline and Target. */
export interface GoalRow {
  readonly text: string;
  /** Excel serial of the due date, or null. */
  readonly due: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
}

/**
 * The SMART analysis of a goal exactly as the SMART column of the Goals table computes it
 * (`=RUDDER.SMARTSCORE([@Goal],[@Due],[@Baseline],[@Target])` with today's date), so every place
 * that shows a goal's score (the structure preview, the SWOT wizard, the alignment check, the
 * advisor copy and the report) shows the same number. No strategy context is passed, because the
 * column has none: how a goal serves the mission is the alignment check's own question.
 */
export function analyzeGoalRow(row: GoalRow, today: number): SmartAnalysis {
  return analyzeGoal({ text: row.text, due: row.due, baseline: row.baseline, target: row.target }, { asOf: today });
}
