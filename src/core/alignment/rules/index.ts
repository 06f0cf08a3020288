/** The rule table, in the order findings of equal severity are listed. Add a rule here and it runs. */
import type { Rule } from '../types';
import { conflictingTargets } from './conflicts';
import { directionConflict, directionUnreadable, targetNotNumeric } from './kpi';
import { brokenLink, duplicateId, goalWithoutKpi, goalWithoutPillar, kpiWithoutGoal } from './links';
import { projectedMiss } from './outlook';
import { missingOwner, ownerOverload } from './people';
import { unaddressedThreat, unaddressedWeakness, valueNotReflected, weakSmart } from './strategy';
import { deadlinePassed, kpiDueAfterGoal, missingDeadline, staleKpi } from './time';

export const RULES: readonly Rule[] = [
  duplicateId,
  brokenLink,
  kpiWithoutGoal,
  goalWithoutKpi,
  goalWithoutPillar,
  targetNotNumeric,
  directionUnreadable,
  directionConflict,
  conflictingTargets,
  missingOwner,
  missingDeadline,
  deadlinePassed,
  kpiDueAfterGoal,
  staleKpi,
  projectedMiss,
  weakSmart,
  ownerOverload,
  unaddressedThreat,
  unaddressedWeakness,
  valueNotReflected,
];
