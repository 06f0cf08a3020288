import type { CompiledLexicon } from './compile';
import { type GoalCore, goalCore } from './core';
import { type ConfidenceFact, findConfidence, findResources } from './confidence';
import { type FrequencyFacts, findFrequencies } from './frequency';
import { type QuantityFacts, findQuantities } from './numbers';
import type { Evidence, Scan } from './scan';
import { type GoalText, type PreparedText, tokenise } from './text';
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
  /**
   * The goal's opening action and object, for tips in the user's words; read on first use by
   * `coreOf`, since a goal with nothing to fix never needs it.
   */
  core: GoalCore | null;
}

// Order matters: confidence and dates claim their numbers first, so "80% confident" and "2027"
// are not also read as targets.
export function readFacts(text: GoalText, fields: GoalFields, lex: CompiledLexicon): GoalFacts {
  const prepared = tokenise(text, lex);
  const scan: Scan = { lex, tokens: prepared.tokens, used: prepared.tokens.map(() => false) };
  const confidence = findConfidence(scan);
  const resources = findResources(scan);
  const time = findTime(scan, fields.asOf);
  const frequency = findFrequencies(scan);
  const quantity = findQuantities(scan);
  return { prepared, scan, fields, confidence, resources, time, frequency, quantity, core: null };
}

/** The goal's opening words, read once per goal and only when a tip needs them. */
export function coreOf(facts: GoalFacts): GoalCore {
  facts.core ??= goalCore(facts.scan, facts.prepared);
  return facts.core;
}
