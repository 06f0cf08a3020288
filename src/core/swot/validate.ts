/** Checks one SWOT item as the owner types it, before it joins the list. */
import { SWOT_MESSAGES } from './messages';
import { cleanText, textKey, truncateText } from './text';
import { DEFAULT_IMPACT, MAX_IMPACT, MIN_IMPACT, type SwotItem, type SwotQuadrant } from './types';

/** Items are one-line statements; longer text belongs in Evidence, and the grid must stay printable. */
export const MAX_ITEM_LENGTH = 200;

export type ItemIssueCode =
  'text-required' | 'impact-invalid' | 'impact-clamped' | 'text-truncated' | 'duplicate' | 'duplicate-other-quadrant';

export interface ItemIssue {
  readonly code: ItemIssueCode;
  /** `error` blocks saving; `warning` is shown but the cleaned value can be saved. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface ItemDraft {
  readonly quadrant: SwotQuadrant;
  readonly text: unknown;
  readonly impact?: unknown;
  readonly evidence?: unknown;
  readonly goals?: unknown;
}

export interface ItemValidation {
  /** True when the cleaned value can be saved (no `error` issue). */
  readonly ok: boolean;
  readonly value: Omit<SwotItem, 'id'>;
  readonly issues: readonly ItemIssue[];
  readonly truncated: boolean;
  /** ID of the item in the same quadrant that says the same thing, if any. */
  readonly duplicateOf: string | null;
}

export interface ValidateOptions {
  /** The item's own ID when editing, so it is not reported as its own duplicate. */
  readonly selfId?: string;
  /** @default MAX_ITEM_LENGTH */
  readonly maxLength?: number;
}

function readImpact(raw: unknown, issues: ItemIssue[]): number {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_IMPACT;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.trim()) : Number.NaN;
  if (!Number.isFinite(n)) {
    issues.push({
      code: 'impact-invalid',
      severity: 'warning',
      message: SWOT_MESSAGES.impactDefaulted(typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? typeof raw)),
    });
    return DEFAULT_IMPACT;
  }
  const used = Math.min(MAX_IMPACT, Math.max(MIN_IMPACT, Math.round(n)));
  if (used !== n)
    issues.push({ code: 'impact-clamped', severity: 'warning', message: SWOT_MESSAGES.impactClamped(n, used) });
  return used;
}

function readGoals(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[,;]/) : [];
  return parts
    .filter((g): g is string => typeof g === 'string')
    .map(cleanText)
    .filter((g) => g !== '');
}

/**
 * Cleans and checks an item: text trimmed and required, impact a whole number 1-5 (clamped,
 * or 3 when unreadable), very long text shortened with a flag, and the same words already in
 * the list (ignoring case, accents and spacing) reported as a duplicate.
 */
export function validateItem(
  draft: ItemDraft,
  existing: readonly SwotItem[] = [],
  options: ValidateOptions = {},
): ItemValidation {
  const issues: ItemIssue[] = [];
  const max = options.maxLength ?? MAX_ITEM_LENGTH;
  const raw = typeof draft.text === 'string' ? draft.text : typeof draft.text === 'number' ? String(draft.text) : '';
  let text = cleanText(raw);
  if (text === '') issues.push({ code: 'text-required', severity: 'error', message: SWOT_MESSAGES.textRequired });
  const truncated = text.length > max;
  if (truncated) {
    text = truncateText(text, max);
    issues.push({ code: 'text-truncated', severity: 'warning', message: SWOT_MESSAGES.textTruncated(max) });
  }
  const impact = readImpact(draft.impact, issues);
  const evidence = typeof draft.evidence === 'string' ? draft.evidence.trim() : '';

  let duplicateOf: string | null = null;
  if (text !== '') {
    const key = textKey(text);
    for (const other of existing) {
      if (other.id === options.selfId || textKey(other.text) !== key) continue;
      if (other.quadrant === draft.quadrant) {
        duplicateOf = other.id;
        issues.push({ code: 'duplicate', severity: 'error', message: SWOT_MESSAGES.duplicate(other.id) });
        break;
      }
      issues.push({
        code: 'duplicate-other-quadrant',
        severity: 'warning',
        message: SWOT_MESSAGES.duplicateOtherQuadrant(other.id),
      });
    }
  }
  return {
    ok: !issues.some((i) => i.severity === 'error'),
    value: { quadrant: draft.quadrant, text, impact, evidence, goals: readGoals(draft.goals) },
    issues,
    truncated,
    duplicateOf,
  };
}
