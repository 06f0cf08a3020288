/** Rules about what a KPI says: its direction against its goal's words, and a target the engine can judge. */
import { contentToken, fieldCell, normText, type StrategyModel } from '../../model';
import { entityVars, finding } from '../describe';
import { kpiDirection, kpiTarget } from '../engines';
import { DIRECTION_WORD, GENERIC_METRIC_WORDS, GOAL_DIRECTION_STEMS, SELF_FRAMED_KPI_WORDS } from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import { perModel } from '../memo';
import { kpiNameWords } from '../words';
import type { Finding, Rule } from '../types';

type Sense = 'lower' | 'higher';

function senseOfWord(token: string): Sense | null {
  for (const sense of ['lower', 'higher'] as const) {
    for (const stem of GOAL_DIRECTION_STEMS[sense])
      if (token.startsWith(stem) && token.length <= stem.length + 4) return sense;
  }
  return null;
}

/** Goals and KPI names repeat a small vocabulary, so each word's sense is worked out once. */
const SENSE_CACHE = new Map<string, Sense | null>();
const SENSE_CACHE_LIMIT = 50_000;

function senseOf(token: string): Sense | null {
  let sense = SENSE_CACHE.get(token);
  if (sense === undefined) {
    sense = senseOfWord(token);
    if (SENSE_CACHE.size >= SENSE_CACHE_LIMIT) SENSE_CACHE.clear();
    SENSE_CACHE.set(token, sense);
  }
  return sense;
}

interface Clause {
  readonly sense: Sense;
  readonly word: string;
  /** The few content words after the verb: what the goal wants to move. */
  readonly object: readonly string[];
}

/** "Increase margin by reducing waste" → [higher: margin], [lower: waste]. */
export function goalClauses(text: string): Clause[] {
  const words = normText(text).split(' ');
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    const sense = senseOf(words[i]);
    if (!sense) continue;
    const object: string[] = [];
    for (let j = i + 1; j < words.length && object.length < 5; j++) {
      if (senseOf(words[j])) break;
      // Numbers ("from 8% to 5%") are the how-much, not the what.
      const t = contentToken(words[j]);
      if (t !== null && !/\d/.test(t) && !object.includes(t)) object.push(t);
    }
    clauses.push({ sense, word: words[i], object });
  }
  return clauses;
}

/** Single words are looked up among the name's words; phrases ("on time") are searched in the name. */
const SELF_FRAMED_WORDS = new Set(SELF_FRAMED_KPI_WORDS.filter((w) => !w.includes(' ')));
const SELF_FRAMED_PHRASES = SELF_FRAMED_KPI_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' '));

/** The KPI's sense when it clearly has one: higher/lower (maintain above/below count), else null. */
export function kpiSense(model: StrategyModel, k: number): Sense | null {
  const d = kpiDirection(model.kpis[k]);
  if (!d.ok) return null;
  if (d.value === 'higher' || d.value === 'maintainAbove') return 'higher';
  if (d.value === 'lower' || d.value === 'maintainBelow') return 'lower';
  return null;
}

interface Conflict {
  kpi: number;
  goal: number;
  clause: Clause;
  kpiSense: Sense;
  /** The telling words goal and KPI share ("waste"). */
  shared: string[];
}

/**
 * Pairs worth judging: the KPI has a clear direction, is not framed so that either sense fits, and shares a
 * telling word with the object of one of its goal's verbs. Anything vaguer is left alone (no false alarms).
 */
/** Does the run of words hold the phrase ("on", "time") as neighbours? */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let k = 0;
    while (k < phrase.length && words[i + k] === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/** How many KPI-goal pairs were judged (the rule's checks), and the pairs that pull opposite ways. */
const judged = perModel((model: StrategyModel): { pairs: number; conflicts: Conflict[] } => {
  const conflicts: Conflict[] = [];
  let pairs = 0;
  const clausesOf = new Array<Clause[] | undefined>(model.goals.length);
  const nameWords = kpiNameWords(model);
  model.kpis.forEach((_k, ki) => {
    const goals = model.relations.goalsOfKpi[ki];
    if (goals.length === 0) return;
    const sense = kpiSense(model, ki);
    if (!sense) return;
    const words = nameWords[ki];
    if (words.some((w) => SELF_FRAMED_WORDS.has(w) || senseOf(w) !== null)) return;
    if (SELF_FRAMED_PHRASES.some((phrase) => holdsPhrase(words, phrase))) return;
    // A name has a few words: a list is cheaper than a Set per KPI.
    const telling: string[] = [];
    for (const w of words) {
      const t = contentToken(w);
      if (t !== null && !GENERIC_METRIC_WORDS.has(t) && !telling.includes(t)) telling.push(t);
    }
    if (telling.length === 0) return;
    for (const g of goals) {
      const clauses = (clausesOf[g] ??= goalClauses(model.goals[g].text));
      const clause = clauses.find((c) => c.object.some((t) => telling.includes(t)));
      if (!clause) continue;
      pairs++;
      if (clause.sense !== sense)
        conflicts.push({
          kpi: ki,
          goal: g,
          clause,
          kpiSense: sense,
          shared: clause.object.filter((t) => telling.includes(t)),
        });
    }
  });
  return { pairs, conflicts };
});

export const directionConflict: Rule = {
  id: 'direction-conflict',
  severity: 'error',
  ...RULE_TEXT['direction-conflict'],
  count: (model) => judged(model).pairs,
  check(model) {
    const out: Finding[] = [];
    for (const c of judged(model).conflicts) {
      const k = model.kpis[c.kpi];
      const kpiId = entityVars(model, k.ref).id;
      const goalId = entityVars(model, model.goals[c.goal].ref).id;
      const vars = {
        goalId,
        kpiId,
        kpiName: k.name,
        word: c.clause.word,
        object: c.shared.join(' '),
        wanted: c.clause.sense,
        actual: c.kpiSense,
        suggested: DIRECTION_WORD[c.clause.sense],
      };
      out.push(
        finding(
          this.id,
          this.severity,
          { sheet: k.location.sheet, cell: fieldCell(k.location, 'Direction') },
          fill(MSG.directionConflict, vars),
          fill(MSG.directionConflictFix, vars),
          [goalId, kpiId],
        ),
      );
    }
    return out;
  },
};

export const targetNotNumeric: Rule = {
  id: 'target-not-numeric',
  severity: 'error',
  ...RULE_TEXT['target-not-numeric'],
  count: (model) => model.kpis.length,
  check(model) {
    const out: Finding[] = [];
    for (const k of model.kpis) {
      const d = kpiDirection(k);
      // An unreadable direction word is judged as the default (higher): the target is still worth checking.
      const direction = d.ok ? d.value : 'higher';
      const parsed = kpiTarget(k, direction);
      if (parsed.ok) continue;
      const vars = { ...entityVars(model, k.ref), raw: rawText(k.target) };
      let message = fill(MSG.targetUnreadable, vars);
      let fix = fill(MSG.targetFix, vars);
      if (vars.raw === '') message = fill(MSG.targetMissing, vars);
      else if (direction === 'range') {
        message = fill(MSG.targetNotRange, vars);
        fix = fill(MSG.targetRangeFix, vars);
      }
      out.push(
        finding(
          this.id,
          this.severity,
          { sheet: k.location.sheet, cell: fieldCell(k.location, 'Target') },
          message,
          fix,
          [vars.id],
        ),
      );
    }
    return out;
  },
};

function rawText(value: StrategyModel['kpis'][number]['target']): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.code;
  return String(value).trim();
}

export const directionUnreadable: Rule = {
  id: 'direction-unreadable',
  severity: 'warning',
  ...RULE_TEXT['direction-unreadable'],
  count: (model) => model.kpis.length,
  check(model) {
    const out: Finding[] = [];
    for (const k of model.kpis) {
      if (kpiDirection(k).ok) continue;
      const vars = { ...entityVars(model, k.ref), raw: k.direction };
      out.push(
        finding(
          this.id,
          this.severity,
          { sheet: k.location.sheet, cell: fieldCell(k.location, 'Direction') },
          fill(MSG.directionUnreadable, vars),
          fill(MSG.directionUnreadableFix, vars),
          [vars.id],
        ),
      );
    }
    return out;
  },
};
