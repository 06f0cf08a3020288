/** Turning a TOWS strategy into a draft goal the owner then sharpens with live SMART feedback. */
import { SWOT_MESSAGES, TOWS_DEFAULT_TEXT } from './messages';
import { cleanText } from './text';
import { TOWS_QUADRANTS, type SwotItem, type TowsStrategy } from './types';

export interface GoalDraft {
  /** Goal text to put in the Goal column; edited by the owner before it is saved. */
  readonly text: string;
  /** The strategy and SWOT item IDs the goal comes from, for the Source column. */
  readonly links: readonly string[];
  /** Plain-words hints for what the draft still lacks. */
  readonly hints: readonly string[];
}

export interface DraftOptions {
  /** A deadline phrase to use, such as "by 30 June 2027". @default "within 12 months" */
  readonly deadline?: string;
}

// Matches the time phrases the SMART engine recognises, so a deadline is not added twice.
const TIME_PATTERN =
  /\b(by|before|until|within|in the next|next (week|month|quarter|year)|every|each|q[1-4]|fy ?\d{2,4}|\d{4}|weekly|monthly|quarterly|annually)\b/i;

/**
 * A draft goal from a strategy: its text (or, when blank, a sentence built from its items),
 * with a deadline added when none is there, linked to the strategy and its items. A number
 * cannot be invented, so a hint asks for one when the text has none.
 */
export function draftGoalFromStrategy(
  strategy: TowsStrategy,
  items: readonly SwotItem[],
  options: DraftOptions = {},
): GoalDraft {
  const byId = new Map(items.map((i) => [i.id, i]));
  const sources = strategy.from.map((id) => byId.get(id)).filter((i): i is SwotItem => i !== undefined);
  let text = cleanText(strategy.text).replace(/[.;:,]+$/, '');
  if (text === '') text = fallbackText(strategy, sources);
  text = text.charAt(0).toUpperCase() + text.slice(1);
  const hints: string[] = [];
  if (!TIME_PATTERN.test(text)) {
    text = `${text} ${options.deadline ?? 'within 12 months'}`;
    if (options.deadline === undefined) hints.push(SWOT_MESSAGES.goalHintDeadline);
  }
  if (!/\d/.test(text.replace(/within 12 months$/, ''))) hints.push(SWOT_MESSAGES.goalHintMeasure);
  const links = [strategy.id, ...strategy.from.filter((id) => id.trim() !== '')];
  return { text, links: [...new Set(links)], hints };
}

function fallbackText(strategy: TowsStrategy, sources: readonly SwotItem[]): string {
  const [inQ, exQ] = TOWS_QUADRANTS[strategy.type];
  const a = sources.find((i) => i.quadrant === inQ);
  const b = sources.find((i) => i.quadrant === exQ);
  if (a && b) return TOWS_DEFAULT_TEXT[strategy.type](lowerFirst(a.text), lowerFirst(b.text));
  return SWOT_MESSAGES.goalFallback;
}

/** Lower-cases the first letter unless the word looks like a name or acronym ("NPS", "Google"). */
function lowerFirst(text: string): string {
  const first = text.split(' ')[0] ?? '';
  if (first.length > 1 && first === first.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
