/**
 * What a goal drafted in the SWOT wizard says about its own fields: the deadline ("by 31 March
 * 2027", "fin juin 2027"), and a change from a baseline to a target ("from 40 to 60"), read with
 * the one deadline reader and the SMART engine's number reading, in the goal's own language. The
 * wizard fills Due, Baseline and Target with them, so the goal's row is complete without retyping.
 */
import { analyzeGoalRow, readDeadline, type SmartAnalysis } from '../smart';
import { lexiconFor } from '../smart/analyze';
import { readFacts } from '../smart/facts';
import { goalText } from '../smart/text';

export interface GoalFieldsFromText {
  /** The deadline's last day as an Excel serial, or null when the text sets none (or only relative to an unknown day). */
  readonly due: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
}

/** `asOf` is the day relative deadlines ("within 6 months") count from; without it only dates in the text count. */
export function goalFieldsFromText(text: string, asOf?: number): GoalFieldsFromText {
  const deadline = readDeadline(text, asOf);
  const goal = goalText(text);
  const facts = readFacts(
    goal,
    { due: null, baseline: null, target: null, context: '', asOf },
    lexiconFor(goal, undefined),
  );
  const change = facts.quantity.change;
  return { due: deadline?.serial ?? null, baseline: change?.baseline ?? null, target: change?.target ?? null };
}

/**
 * A drafted goal's SMART analysis as its row in the Goals table will score it: with the Due,
 * Baseline and Target the wizard writes (read from the text as above) and today's date, so the
 * wizard and the table show the same score for the same goal.
 */
export function analyzeDraftGoal(text: string, today: number): SmartAnalysis {
  return analyzeGoalRow({ text, ...goalFieldsFromText(text, today) }, today);
}
