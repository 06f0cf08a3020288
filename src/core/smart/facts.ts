import type { CompiledLexicon } from './compile';
import { type ConfidenceFact, findConfidence, findResources } from './confidence';
import { type FrequencyFacts, findFrequencies } from './frequency';
import { type QuantityFacts, findQuantities } from './numbers';
import type { Evidence, Scan } from './scan';
import { type PreparedText, prepareText } from './text';
import { type TimeFacts, findTime } from './time';

/** Structured fields of a goal, already cleaned: finite numbers or null. */
export interface GoalFields {
  readonly due: number | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly context: string;
  readonly asOf: number | undefined;
}

/** Everything read from one goal, once, for all five criteria. */
export interface GoalFacts {
  readonly prepared: PreparedText;
  readonly scan: Scan;
  readonly fields: GoalFields;
  readonly confidence: ConfidenceFact | null;
  readonly resources: Evidence[];
  readonly time: TimeFacts;
  readonly frequency: FrequencyFacts;
  readonly quantity: QuantityFacts;
  /** The goal's opening words (its action and object), used to write tips in the user's words. */
  readonly core: string;
}

/** The leading words of the goal, up to the first number, date or connecting word. */
function corePhrase(scan: Scan): string {
  const { tokens, lex, used } = scan;
  const words: string[] = [];
  for (let i = 0; i < tokens.length && words.length < 6; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || used[i]) break;
    if (words.length > 0 && (lex.deadline.has(t.text) || lex.span.has(t.text) || lex.from.has(t.text) || t.text === 'by' || t.text === 'to')) break;
    if (lex.every.has(t.text) || lex.frequencyAdverb.has(t.text)) break;
    words.push(t.text);
  }
  return words.join(' ');
}

// Order matters: confidence and dates claim their numbers first, so "80% confident" and "2027"
// are not also read as targets.
export function readFacts(text: string, fields: GoalFields, lex: CompiledLexicon): GoalFacts {
  const prepared = prepareText(text, lex);
  const scan: Scan = { lex, tokens: prepared.tokens, used: new Uint8Array(prepared.tokens.length) };
  const confidence = findConfidence(scan);
  const resources = findResources(scan);
  const time = findTime(scan, fields.asOf);
  const frequency = findFrequencies(scan);
  const quantity = findQuantities(scan);
  return { prepared, scan, fields, confidence, resources, time, frequency, quantity, core: corePhrase(scan) };
}
