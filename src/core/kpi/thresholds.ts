import { KPI_MESSAGES } from './messages';
import { readNumberText } from './number-text';
import type { Parsed, Thresholds } from './types';

export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({ onTrack: 0.95, atRisk: 0.85 });

/** A single threshold keeps the default distance between on track and at risk. */
const DEFAULT_GAP = 0.1;

/**
 * Health levels are fractions (0.95); a plain number above 2 can only be meant as a percent
 * (nobody asks for 90 times the planned pace), so "90,70" reads as 0.9 and 0.7.
 */
function asFraction(text: string): number | undefined {
  const n = readNumberText(text);
  if (n === undefined) return undefined;
  return !text.includes('%') && Math.abs(n) > 2 ? n / 100 : n;
}

/**
 * Reads the thresholds argument: "0.9,0.7", "90%, 70%", "0.9;0.7", "0.9 0.7", or one number
 * for the on-track level (at risk then sits 0.10 below it). Blank gives the defaults.
 */
export function parseThresholds(input: string | number | null | undefined): Parsed<Thresholds> {
  if (input === null || input === undefined) return { ok: true, value: DEFAULT_THRESHOLDS };
  const text = typeof input === 'number' ? String(input) : input.trim();
  if (text === '') return { ok: true, value: DEFAULT_THRESHOLDS };
  if (typeof input === 'number' && !Number.isFinite(input))
    return { ok: false, reason: KPI_MESSAGES.thresholdsUnreadable(text) };
  const parts = text.split(/\s*[;,/|]\s*|\s+/).filter((p) => p !== '');
  const numbers = parts.map(asFraction);
  if (numbers.length < 1 || numbers.length > 2 || numbers.some((n) => n === undefined)) {
    return { ok: false, reason: KPI_MESSAGES.thresholdsUnreadable(text) };
  }
  const onTrack = numbers[0] as number;
  const atRisk = numbers.length === 2 ? (numbers[1] as number) : onTrack - DEFAULT_GAP;
  if (onTrack < atRisk) return { ok: false, reason: KPI_MESSAGES.thresholdsOrder };
  return { ok: true, value: { onTrack, atRisk } };
}
