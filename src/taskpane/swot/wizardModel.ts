/**
 * The SWOT wizard's changes as pure functions of its saved state: the hook calls these and
 * saves the result, so every rule here is tested without React or a workbook.
 */
import {
  DEFAULT_IMPACT,
  QUADRANT_PREFIX,
  SWOT_QUADRANTS,
  addImportedStrategies,
  draftGoalFromStrategy,
  idNumber,
  nextItemId,
  nextStrategyId,
  textKey,
  validateItem,
  type ImportedSwotItem,
  type ImportedSwotStrategy,
  type ItemIssue,
  type SwotItem,
  type SwotQuadrant,
  type SwotWizardState,
  type SwotWizardStep,
  type TowsStrategy,
  type TowsType,
} from '../../core/swot';

export interface Change {
  readonly state: SwotWizardState;
  /** What the owner should know about the change (a duplicate refused, a long text shortened). */
  readonly issues: readonly ItemIssue[];
}

const unchanged = (state: SwotWizardState, issues: readonly ItemIssue[] = []): Change => ({ state, issues });

export function chooseBusinessType(state: SwotWizardState, id: string): SwotWizardState {
  return { ...state, businessType: id, step: state.step === 'business-type' ? 'strength' : state.step };
}

export function goTo(state: SwotWizardState, step: SwotWizardStep): SwotWizardState {
  const next = step === 'goals' ? withDraftGoals(state) : state;
  return { ...next, step };
}

/**
 * The highest number a quadrant has ever used that is still referenced, so a deleted item's ID is
 * not handed out again while a strategy may still point at it.
 */
function idFloor(state: SwotWizardState, quadrant: SwotQuadrant): number {
  const prefix = QUADRANT_PREFIX[quadrant];
  const referenced = state.strategies.flatMap((s) => s.from).filter((id) => id.toUpperCase().startsWith(`${prefix}-`));
  return Math.max(0, ...referenced.map(idNumber));
}

/**
 * Adds an item unless it repeats one already in its quadrant (then the state is unchanged and
 * the issue says which). Text longer than an item should be is shortened, and the full words
 * are kept in Evidence (when Evidence is empty) so nothing the owner wrote is thrown away.
 */
export function addItem(
  state: SwotWizardState,
  quadrant: SwotQuadrant,
  text: string,
  extras: { readonly impact?: number; readonly evidence?: string } = {},
): Change {
  const check = validateItem(
    { quadrant, text, impact: extras.impact ?? DEFAULT_IMPACT, evidence: extras.evidence },
    state.items,
  );
  if (!check.ok) return unchanged(state, check.issues);
  const evidence = check.truncated && check.value.evidence === '' ? text.trim() : check.value.evidence;
  const item: SwotItem = { ...check.value, evidence, id: nextItemId(state.items, quadrant, idFloor(state, quadrant)) };
  return { state: { ...state, items: [...state.items, item] }, issues: check.issues };
}

export interface ItemPatch {
  readonly text?: string;
  readonly impact?: number;
  readonly evidence?: string;
}

/**
 * Edits an item. Blank text is not saved (the field shows it is required and the old words stay);
 * a duplicate is saved with a warning, because refusing a keystroke mid-word would fight the typing.
 */
export function editItem(state: SwotWizardState, id: string, patch: ItemPatch): Change {
  const item = state.items.find((i) => i.id === id);
  if (!item) return unchanged(state);
  const check = validateItem(
    {
      quadrant: item.quadrant,
      text: patch.text ?? item.text,
      impact: patch.impact ?? item.impact,
      evidence: patch.evidence ?? item.evidence,
    },
    state.items,
    { selfId: id },
  );
  const blocking = check.issues.filter((i) => i.code === 'text-required');
  if (blocking.length > 0) return unchanged(state, blocking);
  const text = patch.text !== undefined && !check.truncated ? patch.text : check.value.text;
  const next: SwotItem = { ...item, text, impact: check.value.impact, evidence: patch.evidence ?? item.evidence };
  return {
    state: { ...state, items: state.items.map((i) => (i.id === id ? next : i)) },
    issues: check.issues.map((i) => (i.code === 'duplicate' ? { ...i, severity: 'warning' as const } : i)),
  };
}

/** Moves an item up (-1) or down (+1) among the items of its own quadrant. */
export function moveItem(state: SwotWizardState, id: string, delta: -1 | 1): SwotWizardState {
  const item = state.items.find((i) => i.id === id);
  if (!item) return state;
  const positions = state.items.map((it, index) => ({ it, index })).filter((x) => x.it.quadrant === item.quadrant);
  const at = positions.findIndex((x) => x.it.id === id);
  const other = positions[at + delta];
  if (!other) return state;
  const items = [...state.items];
  items[positions[at].index] = other.it;
  items[other.index] = item;
  return { ...state, items };
}

/** Deletes an item; strategies built on it keep their words and lose only the link. */
export function deleteItem(state: SwotWizardState, id: string): SwotWizardState {
  return {
    ...state,
    items: state.items.filter((i) => i.id !== id),
    strategies: state.strategies.map((s) => (s.from.includes(id) ? { ...s, from: s.from.filter((f) => f !== id) } : s)),
  };
}

export interface ImportOutcome {
  readonly state: SwotWizardState;
  readonly added: number;
  /** Items already in the wizard (same words, same quadrant), left out. */
  readonly skipped: number;
  /** Strategies found beside the items, taken in as TOWS strategies linked to them. */
  readonly strategiesAdded: number;
}

/**
 * Takes imported items into the wizard, in quadrant order, with the impact the sheet gave (or 3), then the
 * strategies written beside them, linked to the items they answer; nothing already there is taken twice.
 */
export function acceptImported(
  state: SwotWizardState,
  imported: readonly ImportedSwotItem[],
  strategies: readonly ImportedSwotStrategy[] = [],
): ImportOutcome {
  let next = state;
  let added = 0;
  let skipped = 0;
  const byCell = new Map<string, SwotItem>();
  for (const quadrant of SWOT_QUADRANTS) {
    for (const item of imported.filter((i) => i.quadrant === quadrant)) {
      const change = addItem(next, quadrant, item.text, {
        impact: item.impact,
        evidence: `From ${item.sheet}!${item.cell}`,
      });
      if (change.state === next) skipped += 1;
      else added += 1;
      next = change.state;
      const key = textKey(item.text);
      const kept = next.items.find((i) => i.quadrant === quadrant && textKey(i.text) === key);
      if (kept) byCell.set(`${item.sheet}!${item.cell}`, kept);
    }
  }
  const tows = addImportedStrategies(next.strategies, strategies, (cell) => byCell.get(cell));
  return {
    state: { ...next, strategies: [...tows.strategies] },
    added,
    skipped,
    strategiesAdded: tows.added,
  };
}

/** The key that ties a strategy to the pairing it answers: its type and the two item IDs. */
export function pairingKey(type: TowsType, from: readonly string[]): string {
  return `${type}:${from.join('+')}`;
}

export function strategyFor(state: SwotWizardState, type: TowsType, from: readonly string[]): TowsStrategy | undefined {
  const key = pairingKey(type, from);
  return state.strategies.find((s) => pairingKey(s.type, s.from) === key);
}

/** Creates or updates the strategy answering a pairing; the text is kept exactly as typed. */
export function writeStrategy(
  state: SwotWizardState,
  type: TowsType,
  from: readonly string[],
  text: string,
): SwotWizardState {
  const existing = strategyFor(state, type, from);
  if (existing) {
    return { ...state, strategies: state.strategies.map((s) => (s.id === existing.id ? { ...s, text } : s)) };
  }
  const strategy: TowsStrategy = {
    id: nextStrategyId(state.strategies, type),
    type,
    text,
    from: [...from],
    goal: null,
  };
  return { ...state, strategies: [...state.strategies, strategy] };
}

/** Drops a strategy the owner no longer wants, with its draft goal unless that goal is already in the workbook. */
export function removeStrategy(state: SwotWizardState, id: string): SwotWizardState {
  const written = state.chosenGoals.some((g) => g.strategyId === id && g.goalId !== null);
  if (written) return state;
  return {
    ...state,
    strategies: state.strategies.filter((s) => s.id !== id),
    chosenGoals: state.chosenGoals.filter((g) => g.strategyId !== id),
  };
}

/** Strategies with words in them: the ones that can become goals. */
export function writtenStrategies(state: SwotWizardState): TowsStrategy[] {
  return state.strategies.filter((s) => s.text.trim() !== '');
}

/**
 * Every written strategy gets a pre-filled draft goal the first time the owner reaches Goals, so
 * the common path is to read and sharpen rather than to type from nothing. A strategy the owner
 * left without a goal keeps an entry with blank text, so it is not drafted again.
 */
export function withDraftGoals(state: SwotWizardState): SwotWizardState {
  const have = new Set(state.chosenGoals.map((g) => g.strategyId));
  const fresh = writtenStrategies(state)
    .filter((s) => !have.has(s.id))
    .map((s) => ({ strategyId: s.id, text: draftGoalFromStrategy(s, state.items).text, goalId: null }));
  return fresh.length === 0 ? state : { ...state, chosenGoals: [...state.chosenGoals, ...fresh] };
}

export function setGoalText(state: SwotWizardState, strategyId: string, text: string): SwotWizardState {
  return { ...state, chosenGoals: state.chosenGoals.map((g) => (g.strategyId === strategyId ? { ...g, text } : g)) };
}

/** Leaves a strategy without a goal; a goal already written to the workbook stays (delete it there). */
export function dropGoal(state: SwotWizardState, strategyId: string): SwotWizardState {
  return {
    ...state,
    chosenGoals: state.chosenGoals.map((g) =>
      g.strategyId === strategyId && g.goalId === null ? { ...g, text: '' } : g,
    ),
  };
}

/** Brings back a fresh draft goal for a strategy the owner had left without one. */
export function restoreGoal(state: SwotWizardState, strategyId: string): SwotWizardState {
  const strategy = state.strategies.find((s) => s.id === strategyId);
  if (!strategy) return state;
  return setGoalText(state, strategyId, draftGoalFromStrategy(strategy, state.items).text);
}

/** Goals that will be written: those with words in them. */
export function goalsToWrite(state: SwotWizardState): SwotWizardState['chosenGoals'] {
  return state.chosenGoals.filter((g) => g.text.trim() !== '');
}

export function itemsOf(state: SwotWizardState, quadrant: SwotQuadrant): SwotItem[] {
  return state.items.filter((i) => i.quadrant === quadrant);
}
