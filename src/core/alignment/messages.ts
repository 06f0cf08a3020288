/**
 * Every sentence the alignment check says, in one module: rule titles and descriptions, finding messages
 * and fixes as templates. `{name}` placeholders are filled by `fill`; tests build expectations from these.
 */
import type { RuleId } from './types';

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fill(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in vars ? String(vars[key]) : placeholder));
}

export const ALIGNMENT_METHOD =
  'The alignment score is the share of checks your workbook passes, out of 100. Every rule checks every ' +
  'item it applies to (each goal, each KPI, each link cell, each SWOT threat or weakness with impact 4 or 5, ' +
  'each owner …), and each such check counts once. Checks are weighted by how serious a failure would be: ' +
  'errors 3, warnings 2, suggestions 1. The score is 100 × the weight of the checks passed ÷ the weight of ' +
  'all checks, rounded to a whole number. A workbook with nothing to check scores 100, and the report says ' +
  'there was nothing to check.';

export const NOTHING_TO_CHECK = 'There is nothing to check yet: add goals or KPIs to the Rudder tables.';

interface RuleText {
  readonly title: string;
  readonly description: string;
  /** The general fix shown in rule lists; each finding fills in its own. */
  readonly fix: string;
}

export const RULE_TEXT: Readonly<Record<RuleId, RuleText>> = {
  'kpi-without-goal': {
    title: 'KPI without a goal',
    description: 'A KPI that no goal column points to measures nothing the business has decided to pursue.',
    fix: 'Put a goal ID such as {example} in the Goal column of {id}.',
  },
  'goal-without-kpi': {
    title: 'Goal without a KPI',
    description: 'A goal no KPI measures cannot show progress.',
    fix: 'Add a KPI to the KPI table with {id} in its Goal column.',
  },
  'goal-without-pillar': {
    title: 'Goal not tied to strategy',
    description: 'A goal linked to no value, pillar, mission or SWOT item may not serve the strategy.',
    fix: 'Put a pillar or value ID such as {example} in the Pillar column of {id}.',
  },
  'broken-link': {
    title: 'Broken link',
    description:
      'A link cell names an ID or name that matches nothing, matches several things, or points back at its own row.',
    fix: "Replace '{ref}' with the ID of an existing {targetKind}.",
  },
  'duplicate-id': {
    title: 'Duplicate ID',
    description: 'The same ID on two rows of one table makes every link to it ambiguous.',
    fix: 'Give each row its own ID.',
  },
  'missing-owner': {
    title: 'No owner',
    description: 'A goal or KPI nobody owns tends not to move.',
    fix: 'Write who is responsible in the Owner column of {id}.',
  },
  'missing-deadline': {
    title: 'No deadline',
    description: 'A goal or KPI without a due date cannot be on or off track.',
    fix: 'Put a date such as 30 June 2027 in the Due column of {id}.',
  },
  'deadline-passed': {
    title: 'Deadline passed',
    description: 'The due date is past and the goal or KPI is not achieved.',
    fix: 'Mark {id} achieved if it is done, or set a new date in its Due column.',
  },
  'kpi-due-after-goal': {
    title: 'KPI due after its goal',
    description: 'A KPI that ends after its goal cannot tell in time whether the goal was met.',
    fix: 'Bring the Due date of {id} forward to {goalDue} or earlier.',
  },
  'direction-conflict': {
    title: 'Direction contradicts the goal',
    description: 'The goal asks to reduce something its KPI counts as better when higher (or the reverse).',
    fix: "Set the Direction of {kpiId} to '{suggested}'.",
  },
  'conflicting-targets': {
    title: 'Conflicting targets',
    description: 'Two KPIs on the same measure pull in opposite directions or have targets that cannot both be met.',
    fix: "Keep one KPI for '{metric}', or give both the same direction and compatible targets.",
  },
  'weak-smart': {
    title: 'Weak SMART goal',
    description: 'A goal scoring below 60 on SMART is too vague to steer by.',
    fix: 'Rewrite {id} with a number, a deadline and a named object.',
  },
  'stale-kpi': {
    title: 'KPI not updated',
    description: 'The last measurement is older than the KPI frequency allows.',
    fix: 'Enter the latest Actual and As of date for {id}.',
  },
  'owner-overload': {
    title: 'Owner overloaded',
    description: 'One person owning more than 5 open goals rarely moves them all.',
    fix: 'Hand some of {ids} to someone else, or close the ones that are done.',
  },
  'unaddressed-threat': {
    title: 'Threat not addressed',
    description: 'A threat with impact 4 or 5 that no goal or TOWS strategy responds to.',
    fix: 'Put {id} in the Source column of a goal that responds to it, or add a TOWS strategy built on it.',
  },
  'unaddressed-weakness': {
    title: 'Weakness not addressed',
    description: 'A weakness with impact 4 or 5 that no goal or TOWS strategy works on.',
    fix: 'Put {id} in the Source column of a goal that works on it, or add a TOWS strategy built on it.',
  },
  'value-not-reflected': {
    title: 'Value or pillar without goals',
    description: 'A value or pillar no goal links to is a statement without action.',
    fix: 'Put {id} in the Pillar column of the goals that serve it, or add a goal for it.',
  },
  'target-not-numeric': {
    title: 'Target not a number',
    description: 'A KPI target that is blank or not a number (or not a range, for range KPIs) cannot be judged.',
    fix: 'Put a number such as 5 in the Target column of {id}.',
  },
  'projected-miss': {
    title: 'Projected to miss',
    description:
      'At the pace its history shows, a KPI is likely to miss its target by its due date, and so are the goals it measures: there is still time to act.',
    fix: 'Decide what will change the pace of {id} (or, if the target no longer fits, change it and say why).',
  },
  'direction-unreadable': {
    title: 'Direction not understood',
    description:
      "A KPI whose Direction is not a word Rudder knows is judged as 'higher is better', which may be the wrong way round.",
    fix: 'Write higher, lower, range, maintain above or maintain below in the Direction column of {id}.',
  },
};

/** Finding messages and their concrete fixes. */
export const MSG = {
  kpiWithoutGoal: '{What} is not linked to any goal.',
  kpiWithoutGoalFix: RULE_TEXT['kpi-without-goal'].fix,
  kpiWithoutGoalFixNoGoals:
    'Add the goal {id} measures to the goals table, then put its ID in the Goal column of {id}.',

  goalWithoutKpi: '{What} has no KPI measuring it.',
  goalWithoutKpiFix: RULE_TEXT['goal-without-kpi'].fix,

  goalWithoutPillar: '{What} is not linked to a value, pillar, mission or SWOT item.',
  goalWithoutPillarFix: RULE_TEXT['goal-without-pillar'].fix,
  goalWithoutPillarFixNoStrategy:
    'Run Structure on the sheet where you list your mission, values and pillars (a Type and a Statement column, ' +
    'such as Pillar and Customer loyalty): it makes the table RudderStrategy with an ID for each, such as P-1. ' +
    'Then put one of those IDs, or the pillar as written, in the Pillar column of {id}.',

  linkUnmatched: "{What} links to '{ref}' in its {column} column, but there is no {targetKind} with that ID or name.",
  linkClosest: ' Closest: {candidates}.',
  linkUnmatchedFix: "Replace '{ref}' in the {column} column of {id} with the right ID, such as {closestId}.",
  linkUnmatchedFixNone:
    "Replace '{ref}' in the {column} column of {id} with the ID of an existing {targetKind}, or clear it.",
  linkAmbiguous: "'{ref}' in the {column} column of {id} could mean {candidates}.",
  linkAmbiguousFix: "Write the ID ({ids}) instead of '{ref}' in the {column} column of {id}.",
  linkSelf: '{What} links to itself in its {column} column.',
  linkSelfFix:
    'Remove {id} from its own {column} column; put the goal, pillar or SWOT item it comes from there instead.',

  goalPairCircle: 'Goals {ids} each name the other in their Source column, so neither can come first.',
  goalCircle: 'Goals {ids} name one another in their Source columns in a circle, so none of them can come first.',
  goalCircleFix:
    'Remove {parentId} from the Source column of {id}, and put the pillar or SWOT item {id} serves there instead.',

  duplicateId: 'ID {id} is used {count} times in {table} (rows {rows}).',
  duplicateIdFix: 'Give each row its own ID: for example change the one on row {row} to {suggestion}.',

  missingOwner: '{What} has no owner.',
  ownerPlaceholder: "{What} has no owner yet: its Owner cell says '{raw}'.",
  missingOwnerFix: RULE_TEXT['missing-owner'].fix,
  missingOwnerGoalOwned: '{What} has no owner of its own (its goal {goalId} is owned by {owner}).',
  missingOwnerGoalOwnedFix: 'Write who keeps {id} up to date in its Owner column, for example {owner}.',

  missingDeadline: '{What} has no deadline.',
  unreadableDeadline: "{What} has a deadline Rudder cannot read: '{raw}'.",
  missingDeadlineFix: RULE_TEXT['missing-deadline'].fix,
  deadlineOnlyInWording: '{What} has no date in its Due column; its wording says {due}.',
  deadlineOnlyInWordingFix: 'Put {due} in the Due column of {id}, so that sorting, filters and its status use it.',
  kpiDeadlineFromGoal: '{What} has no due date of its own (its goal {goalId} is due {due}).',
  kpiDeadlineFromGoalFix: 'Put {due} or an earlier date in the Due column of {id}.',

  goalDeadlinePassed: '{What} was due on {due} and is not marked achieved.',
  kpiDeadlinePassed: '{What} was due on {due} and its status is {status}.',
  deadlinePassedFix: RULE_TEXT['deadline-passed'].fix,

  kpiDueAfterGoal: '{What} is due on {kpiDue}, after its goal {goalId} (due {goalDue}).',
  kpiDueAfterGoalFix: 'Bring the Due date of {id} forward to {goalDue} or earlier, or move the deadline of {goalId}.',

  directionConflict:
    "Goal {goalId} wants {object} {wanted} ('{word}'), but its KPI {kpiId} '{kpiName}' counts {actual} as better.",
  directionConflictFix: "Set the Direction of {kpiId} to '{suggested}', or check the wording of {goalId}.",

  conflictingDirections:
    "KPIs {a} and {b} both measure '{metric}', but one counts higher as better and the other lower.",
  conflictingTargets:
    "KPIs {a} and {b} both measure '{metric}' with targets that cannot both be met ({aTarget} and {bTarget}).",
  conflictingTargetsFix: RULE_TEXT['conflicting-targets'].fix,

  weakSmart: '{What} scores {score}/100 on SMART (below 60).',
  weakSmartFix:
    "Rewrite {id} with a number, a deadline and a named object, e.g. 'Raise repeat orders from 200 to 260 a month by 30 June 2027'.",
  weakSmartFixTip: '{tip}',

  staleKpi:
    '{What} was last measured on {measured}, {days} days ago; a {frequency} KPI should be updated at least every {allowed} days.',
  staleKpiNoFrequency:
    '{What} was last measured on {measured}, {days} days ago; without a known frequency Rudder expects an update at least every {allowed} days.',
  staleKpiFix: RULE_TEXT['stale-kpi'].fix,

  ownerOverload: '{name} owns {count} open goals ({ids}); more than 5 is hard to keep moving.',
  ownerOverloadFix: RULE_TEXT['owner-overload'].fix,

  unaddressed: '{What} has impact {impact} and no goal or TOWS strategy addresses it.',
  unaddressedThreatFix: RULE_TEXT['unaddressed-threat'].fix,
  unaddressedWeaknessFix: RULE_TEXT['unaddressed-weakness'].fix,

  projectedMiss:
    '{What} is projected to miss its target of {target} by {due}: at this pace it reaches about {forecast} ({chance}% chance of meeting the target).',
  projectedMissFix: RULE_TEXT['projected-miss'].fix,
  goalProjectedMiss: '{What} is likely to be missed: its KPI {kpis} is projected to miss its target.',
  goalProjectedMissMany: '{What} is likely to be missed: its KPIs {kpis} are projected to miss their targets.',
  goalProjectedMissFix: 'Look at {kpis} first: what would change their pace before {id} is due?',

  valueNotReflected: '{What} is not reflected in any goal.',
  valueNotReflectedFix: RULE_TEXT['value-not-reflected'].fix,

  targetMissing: '{What} has no target.',
  targetUnreadable: "{What} has target '{raw}', which is not a number.",
  targetNotRange: "{What} is a range KPI, but its target '{raw}' is not a range such as 90-110.",
  targetFix: RULE_TEXT['target-not-numeric'].fix,
  targetRangeFix: 'Write the target of {id} as a range such as 90-110.',
  directionUnreadable:
    "{What} has direction '{raw}', which Rudder does not understand, so it is judged as higher is better.",
  directionUnreadableFix: RULE_TEXT['direction-unreadable'].fix,
} as const;

/** How entities are named in messages. */
export const NOUN = {
  goal: 'goal',
  kpi: 'KPI',
  strategy: { mission: 'mission', vision: 'vision', value: 'value', pillar: 'pillar', other: 'strategy item' },
  swot: {
    strength: 'strength',
    weakness: 'weakness',
    opportunity: 'opportunity',
    threat: 'threat',
    unknown: 'SWOT item',
  },
  tows: 'TOWS strategy',
  /** What a link column points at, for "there is no {targetKind} with that ID". */
  targetOf: {
    Pillar: 'value or pillar',
    Source: 'SWOT item, strategy, value, pillar or goal',
    Goal: 'goal',
    Goals: 'goal',
    From: 'SWOT item',
  } as Readonly<Record<string, string>>,
  unnamedRow: 'the {noun} on row {row} of {sheet}',
} as const;

/** Many findings of one cause, told once (grouping.ts). */
export const GROUP_TEXT = {
  unmatchedLink:
    "{count} {nouns} name '{ref}' in their {column} column, which is not a {targetKind}: is this a category column rather than a link?",
  unmatchedLinkFix:
    "If the {column} column holds categories, structure it again with that column marked 'other (not copied)'; if it is meant as a link, replace '{ref}' with the ID of a {targetKind}.",
} as const;
