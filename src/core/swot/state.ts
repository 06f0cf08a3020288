/** The SWOT wizard's progress, saved in the document settings so closing the pane loses nothing. */
import { SWOT_MESSAGES } from './messages';
import { cleanText } from './text';
import {
  DEFAULT_IMPACT,
  MAX_IMPACT,
  MIN_IMPACT,
  isSwotQuadrant,
  isTowsType,
  type SwotItem,
  type TowsStrategy,
} from './types';

/** Bumped when the saved shape changes in a way old readers cannot follow. */
export const SWOT_STATE_VERSION = 1;

export const SWOT_WIZARD_STEPS = [
  'business-type',
  'strength',
  'weakness',
  'opportunity',
  'threat',
  'review',
  'tows',
  'goals',
  'done',
] as const;

export type SwotWizardStep = (typeof SWOT_WIZARD_STEPS)[number];

/** A goal the owner chose to create from a strategy; `goalId` is set once it is written to `RudderGoals`. */
export interface ChosenGoal {
  readonly strategyId: string;
  readonly text: string;
  readonly goalId: string | null;
}

export interface SwotWizardState {
  readonly version: number;
  readonly step: SwotWizardStep;
  /** A template ID from `BUSINESS_TEMPLATES`, or null before the owner picks one. */
  readonly businessType: string | null;
  readonly items: readonly SwotItem[];
  readonly strategies: readonly TowsStrategy[];
  readonly chosenGoals: readonly ChosenGoal[];
}

export interface ParsedWizardState {
  readonly state: SwotWizardState;
  /** Empty when the saved progress was read in full. */
  readonly warnings: readonly string[];
}

export function createWizardState(businessType: string | null = null): SwotWizardState {
  return {
    version: SWOT_STATE_VERSION,
    step: 'business-type',
    businessType,
    items: [],
    strategies: [],
    chosenGoals: [],
  };
}

export function serializeWizardState(state: SwotWizardState): string {
  return JSON.stringify({ ...state, version: SWOT_STATE_VERSION });
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function readItem(raw: unknown): SwotItem | null {
  if (!isObject(raw)) return null;
  const id = str(raw.id);
  const text = str(raw.text);
  if (!id || !text || !isSwotQuadrant(raw.quadrant) || cleanText(text) === '') return null;
  const impactRaw = typeof raw.impact === 'number' && Number.isFinite(raw.impact) ? raw.impact : DEFAULT_IMPACT;
  const impact = Math.min(MAX_IMPACT, Math.max(MIN_IMPACT, Math.round(impactRaw)));
  return { id, quadrant: raw.quadrant, text, impact, evidence: str(raw.evidence) ?? '', goals: strings(raw.goals) };
}

function readStrategy(raw: unknown): TowsStrategy | null {
  if (!isObject(raw)) return null;
  const id = str(raw.id);
  const text = str(raw.text);
  if (!id || text === null || !isTowsType(raw.type)) return null;
  return { id, type: raw.type, text, from: strings(raw.from), goal: str(raw.goal) };
}

function readGoal(raw: unknown): ChosenGoal | null {
  if (!isObject(raw)) return null;
  const strategyId = str(raw.strategyId);
  const text = str(raw.text);
  if (!strategyId || text === null) return null;
  return { strategyId, text, goalId: str(raw.goalId) };
}

/** Reads each entry of a list, keeping the good ones and counting the rest. */
function readList<T>(value: unknown, read: (raw: unknown) => T | null): { list: T[]; dropped: number } {
  if (!Array.isArray(value)) return { list: [], dropped: value === undefined ? 0 : 1 };
  const list: T[] = [];
  let dropped = 0;
  for (const raw of value) {
    const v = read(raw);
    if (v === null) dropped += 1;
    else list.push(v);
  }
  return { list, dropped };
}

/**
 * Reads saved progress without ever throwing: missing, garbled or future-format text gives a
 * fresh state and a warning; damaged entries are left out one by one so the rest survives.
 */
export function parseWizardState(text: string | null | undefined): ParsedWizardState {
  if (text === null || text === undefined || text.trim() === '') {
    return { state: createWizardState(), warnings: [SWOT_MESSAGES.stateEmpty] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { state: createWizardState(), warnings: [SWOT_MESSAGES.stateUnreadable] };
  }
  if (!isObject(raw)) return { state: createWizardState(), warnings: [SWOT_MESSAGES.stateUnreadable] };
  // A missing version is a save from before versioning: read it as the current format.
  const version = typeof raw.version === 'number' ? raw.version : SWOT_STATE_VERSION;
  if (version > SWOT_STATE_VERSION) {
    return { state: createWizardState(), warnings: [SWOT_MESSAGES.stateNewerVersion(version)] };
  }
  const warnings: string[] = [];
  const items = readList(raw.items, readItem);
  const strategies = readList(raw.strategies, readStrategy);
  const goals = readList(raw.chosenGoals, readGoal);
  if (items.dropped > 0) warnings.push(SWOT_MESSAGES.stateDroppedItems(items.dropped));
  if (strategies.dropped > 0) warnings.push(SWOT_MESSAGES.stateDroppedStrategies(strategies.dropped));
  if (goals.dropped > 0) warnings.push(SWOT_MESSAGES.stateDroppedGoals(goals.dropped));
  let step: SwotWizardStep = 'business-type';
  if (typeof raw.step === 'string' && (SWOT_WIZARD_STEPS as readonly string[]).includes(raw.step)) {
    step = raw.step as SwotWizardStep;
  } else if (raw.step !== undefined) {
    warnings.push(SWOT_MESSAGES.stateUnknownStep(typeof raw.step === 'string' ? raw.step : JSON.stringify(raw.step)));
  }
  const state: SwotWizardState = {
    version: SWOT_STATE_VERSION,
    step,
    businessType: str(raw.businessType),
    items: items.list,
    strategies: strategies.list,
    chosenGoals: goals.list,
  };
  return { state, warnings };
}
