import { KPI_MESSAGES } from './messages';
import { NUMBER_IN_TEXT, readNumberText } from './number-text';
import type { Direction, KpiTarget, Parsed } from './types';

// "90-110", "90 – 110", "90 to 110", "90..110", "between 90 and 110", "-5 to 5", "90%-110%".
const RANGE = new RegExp(
  String.raw`^(?:between\s+)?(${NUMBER_IN_TEXT})\s*(?:-|–|—|\.\.|to|and)\s*(${NUMBER_IN_TEXT})$`,
  'i',
);
// A comparison sign in front of a single target ("≥ 95%", ">= 100", "< 5") says nothing the
// direction does not: it is dropped so people can paste targets as they write them.
const LEADING_SIGN = /^(?:>=|<=|≥|≤|>|<|=)\s*/;

function value(v: number): Parsed<KpiTarget> {
  return Number.isFinite(v)
    ? { ok: true, value: { kind: 'value', value: v } }
    : { ok: false, reason: KPI_MESSAGES.targetNotFinite };
}

function range(a: number, b: number): Parsed<KpiTarget> {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { ok: false, reason: KPI_MESSAGES.targetNotFinite };
  return { ok: true, value: { kind: 'range', low: Math.min(a, b), high: Math.max(a, b) } };
}

function parseText(raw: string): Parsed<KpiTarget> | undefined {
  const text = raw.trim().replace(LEADING_SIGN, '');
  const single = readNumberText(text);
  if (single !== undefined) return value(single);
  const m = RANGE.exec(text);
  if (m === null) return undefined;
  const low = readNumberText(m[1]);
  const high = readNumberText(m[2]);
  return low === undefined || high === undefined ? undefined : range(low, high);
}

/**
 * Reads a target cell. A range ("90-110", "90 to 110", or a 1x2 range of cells) is a range
 * target whatever the direction says, because its shape is unambiguous; a single number with
 * direction `range` is refused, since a band needs two ends.
 */
export function parseTarget(
  input: number | string | readonly [number, number] | null | undefined,
  direction: Direction,
): Parsed<KpiTarget> {
  if (input === null || input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { ok: false, reason: KPI_MESSAGES.targetMissing };
  }
  let parsed: Parsed<KpiTarget>;
  if (typeof input === 'number') parsed = value(input);
  else if (typeof input === 'string')
    parsed = parseText(input) ?? { ok: false, reason: KPI_MESSAGES.targetUnreadable(input.trim()) };
  else parsed = range(input[0], input[1]);
  if (parsed.ok && direction === 'range' && parsed.value.kind === 'value') {
    return { ok: false, reason: KPI_MESSAGES.rangeNeedsTwo };
  }
  return parsed;
}
