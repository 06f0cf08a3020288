/**
 * The one reader of deadlines in goal text. SMART's Time-bound reads the same facts (`findTime`), and the
 * alignment rules (missing-deadline, deadline-passed, kpi-due-after-goal) ask this function, so a goal the
 * one calls time-bound the other does not call undated.
 */
import { lexiconFor } from './analyze';
import { findConfidence, findResources } from './confidence';
import type { Scan } from './scan';
import { goalText, tokenise } from './text';
import { type DeadlineKind, findTime } from './time';
import type { SmartLexicon } from './lexicon/types';

export interface GoalDeadline {
  /**
   * 'date': a written date or period ("31 March 2027", "Q3 2027", "fin juin 2027"); 'relative': a span or a
   * period counted from the reference day ("within 6 months", "next quarter", "dentro de 6 meses").
   */
  readonly kind: Extract<DeadlineKind, 'date' | 'relative'>;
  /** The last day, as a serial; null for a relative deadline without a reference day, or a day and month without a year. */
  readonly serial: number | null;
  /** The words that state it, as read. */
  readonly text: string;
}

/**
 * The deadline a goal's words set, or null. `from` is the day relative deadlines count from: the goal's start
 * when it has one, else the day of the audit ("within 6 months" of starting; of today when no start is known).
 * Events ("by the next board meeting"), windows on each occurrence ("within 24 hours"), frequencies
 * ("monthly visitors", "every week") and vague words ("soon") set no deadline.
 */
export function readDeadline(text: string, from?: number, lexicon?: SmartLexicon): GoalDeadline | null {
  if (typeof text !== 'string' || text.trim() === '') return null;
  const goal = goalText(text);
  const lex = lexiconFor(goal, lexicon);
  const prepared = tokenise(goal, lex);
  const scan: Scan = { lex, tokens: prepared.tokens, used: prepared.tokens.map(() => false) };
  // As in the SMART engine: confidence and resources claim their numbers before dates do.
  findConfidence(scan);
  findResources(scan);
  const time = findTime(scan, from);
  if (time.kind !== 'date' && time.kind !== 'relative') return null;
  return { kind: time.kind, serial: time.dueSerial, text: time.deadlines[0]?.text ?? '' };
}
