/**
 * Reopening a finished SWOT: the owner may have edited Rudder's tables by hand in between
 * (changed words, deleted or moved rows, typed new rows). Edits in the sheet are taken into the
 * wizard; rows deleted from the sheet do not delete what was typed in the wizard.
 */
import {
  MAX_IMPACT,
  MIN_IMPACT,
  QUADRANT_LABEL,
  QUADRANT_PREFIX,
  SWOT_QUADRANTS,
  cleanText,
  type SwotItem,
  type SwotQuadrant,
  type SwotWizardState,
} from '../../core/swot';
import { isCellError, type CellValue } from '../../core/grid/types';
import { addItem } from './wizardModel';
import { SWOT_UI } from './messages';

/** A table row by header, as `existingTableFrom` gives it. */
export type RowByHeader = Readonly<Record<string, CellValue>>;

export interface WorkbookTables {
  readonly swot: readonly RowByHeader[] | null;
  readonly tows: readonly RowByHeader[] | null;
  readonly goals: readonly RowByHeader[] | null;
}

export interface Reconciled {
  readonly state: SwotWizardState;
  /** Plain sentences about what was taken from the sheet, for the pane to show once. */
  readonly notes: readonly string[];
}

function textOf(value: CellValue | undefined): string | null {
  if (value === null || value === undefined || isCellError(value) || typeof value === 'boolean') return null;
  const text = cleanText(String(value));
  return text === '' ? null : text;
}

function impactOf(value: CellValue | undefined): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(n) ? Math.min(MAX_IMPACT, Math.max(MIN_IMPACT, Math.round(n))) : null;
}

function quadrantOf(row: RowByHeader, id: string): SwotQuadrant | null {
  const label = textOf(row.Quadrant)?.toLowerCase();
  const byLabel = SWOT_QUADRANTS.find((q) => QUADRANT_LABEL[q].toLowerCase() === label || q === label);
  if (byLabel) return byLabel;
  return SWOT_QUADRANTS.find((q) => id.toUpperCase().startsWith(`${QUADRANT_PREFIX[q]}-`)) ?? null;
}

function mergeItems(state: SwotWizardState, rows: readonly RowByHeader[], notes: string[]): SwotWizardState {
  let next = state;
  const seen = new Set<string>();
  let edited = 0;
  let added = 0;
  for (const row of rows) {
    const id = textOf(row.ID)?.toUpperCase() ?? '';
    const text = textOf(row.Item);
    // A second row with an ID already matched is a copy the owner made: a new item, not an edit.
    const current = next.items.find((i) => i.id.toUpperCase() === id && !seen.has(i.id));
    if (current) {
      seen.add(current.id);
      const impact = impactOf(row.Impact) ?? current.impact;
      const sheetEvidence = textOf(row.Evidence) ?? '';
      const evidence = sheetEvidence === cleanText(current.evidence) ? current.evidence : sheetEvidence;
      const sameText = text === null || text === cleanText(current.text);
      const changed: SwotItem = { ...current, text: sameText ? current.text : text, impact, evidence };
      if (changed.text !== current.text || changed.impact !== current.impact || changed.evidence !== current.evidence) {
        edited += 1;
        next = { ...next, items: next.items.map((i) => (i.id === current.id ? changed : i)) };
      }
      continue;
    }
    const quadrant = quadrantOf(row, id);
    if (text === null || quadrant === null) continue;
    const change = addItem(next, quadrant, text, {
      impact: impactOf(row.Impact) ?? undefined,
      evidence: textOf(row.Evidence) ?? '',
    });
    if (change.state !== next) {
      added += 1;
      seen.add(change.state.items[change.state.items.length - 1].id);
      next = change.state;
    }
  }
  const missing = next.items.filter((i) => !seen.has(i.id)).length;
  if (edited > 0) notes.push(SWOT_UI.reconcileEdited(edited));
  if (added > 0) notes.push(SWOT_UI.reconcileAdded(added));
  if (missing > 0) notes.push(SWOT_UI.reconcileMissing(missing));
  return next;
}

/** Takes what the owner changed in Rudder's tables since the last Finish into the wizard state. */
export function reconcileWithWorkbook(state: SwotWizardState, tables: WorkbookTables): Reconciled {
  const notes: string[] = [];
  let next = state;
  if (tables.swot && tables.swot.length > 0) next = mergeItems(next, tables.swot, notes);
  for (const row of tables.tows ?? []) {
    const id = textOf(row.ID)?.toUpperCase();
    const text = textOf(row.Strategy);
    if (!id || text === null) continue;
    next = {
      ...next,
      strategies: next.strategies.map((s) =>
        s.id.toUpperCase() === id && cleanText(s.text) !== text ? { ...s, text } : s,
      ),
    };
  }
  for (const row of tables.goals ?? []) {
    const id = textOf(row.ID)?.toUpperCase();
    const text = textOf(row.Goal);
    if (!id || text === null) continue;
    next = {
      ...next,
      chosenGoals: next.chosenGoals.map((g) =>
        g.goalId?.toUpperCase() === id && cleanText(g.text) !== text ? { ...g, text } : g,
      ),
    };
  }
  return { state: next, notes };
}
