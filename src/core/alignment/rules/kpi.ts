/** Rules about what a KPI says: its direction against its goal's words, and a target the engine can judge. */
import { atField, type StrategyModel } from '../../model';
import { entityVarsWith, finding, idOf } from '../describe';
import { kpiReadings, type KpiReading } from '../engines';
import {
  DIRECTION_WORD,
  GENERIC_METRIC_WORDS,
  IRREGULAR_PARTICIPLES,
  NEGATION_WORDS,
  PHRASE_END_WORDS,
  SELF_FRAMED_KPI_WORDS,
  SUBSET_WORDS,
} from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import { isNumberLike, planWording, type ReadText, type Sense, type Word } from '../words';
import type { Finding, Rule, RuleContext } from '../types';

/** The KPI's sense when it clearly has one: higher/lower (maintain above/below count), else null. */
export function kpiSense({ direction: d }: KpiReading): Sense | null {
  if (!d.ok) return null;
  if (d.value === 'higher' || d.value === 'maintainAbove') return 'higher';
  if (d.value === 'lower' || d.value === 'maintainBelow') return 'lower';
  return null;
}

/** Single words are looked up among the name's words; phrases ("on time") are searched in the name. */
const SELF_FRAMED_WORDS: ReadonlySet<string> = new Set(SELF_FRAMED_KPI_WORDS.filter((w) => !w.includes(' ')));
const SELF_FRAMED_PHRASES = SELF_FRAMED_KPI_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' '));

/** Does the word belong to the list, numbers aside? */
const among = (words: ReadonlySet<string>, word: string): boolean => !isNumberLike(word) && words.has(word);

/** "received", "sold"; not "speed" or "feed", which end the same way. */
function isParticiple(word: string): boolean {
  if (isNumberLike(word)) return false;
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed');
}

/** A stem that tells what is measured: not a stop word, not a generic measure word ("rate"). */
const telling = (stem: string | null): stem is string => stem !== null && !GENERIC_METRIC_WORDS.has(stem);

/** One verb of a goal and what it acts on: "reduce waste and cost" wants lower for [waste, cost]. */
interface Clause {
  readonly sense: Sense;
  readonly verb: string;
  /** The stems of the few content words after the verb, without repeats. */
  readonly objects: readonly string[];
}

/** "Increase margin by reducing waste" → [higher: margin], [lower: waste]. */
function goalClauses(words: readonly Word[]): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    const sense = words[i].sense;
    // "Do not cut prices", "no fewer than 20 clients": a negated verb says nothing about which way to go.
    if (!sense || (i > 0 && among(NEGATION_WORDS, words[i - 1].text))) continue;
    const objects: string[] = [];
    for (let j = i + 1; j < words.length && objects.length < 5; j++) {
      if (words[j].sense) break;
      // Numbers ("from 8% to 5%") are the how-much, not the what.
      const stem = words[j].stem;
      if (stem === null || /\d/.test(stem)) continue;
      if (!objects.includes(stem)) objects.push(stem);
    }
    clauses.push({ sense, verb: words[i].text, objects });
  }
  return clauses;
}

/**
 * What a KPI counts: the stem of the last telling word of its name's first phrase, or null when it has none or
 * counts only a part of its thing ("Tickets issued that are dismissed"). "Jail cells unavailable (short-term
 * repair)" and "Hybrid fuel vehicles in the fleet" name other things on the way ("repair", "fuel"): a goal
 * about fuel use is not measured the wrong way round by a count of vehicles. A phrase of measure words only
 * ("Days to invoice", "Number of complaints") hands over to the next; "Complaints received" counts complaints.
 */
function kpiHead({ words, afterBreak }: ReadText): string | null {
  if (words.some((w) => among(SUBSET_WORDS, w.text))) return null;
  let head: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i].text;
    if (head !== null && afterBreak[i]) break;
    if (among(PHRASE_END_WORDS, word) || among(SUBSET_WORDS, word)) {
      if (head !== null) break;
      continue;
    }
    if (head !== null && isParticiple(word)) continue;
    const stem = words[i].stem;
    if (telling(stem) && !/\d/.test(stem)) head = stem;
  }
  return head;
}

/** Does the name hold the phrase's words next to one another? */
function holdsPhrase(words: readonly Word[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    let k = 0;
    while (k < phrase.length && words[i + k].text === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

/**
 * A name where more is naturally better ("On-time deliveries", "Customer satisfaction"). Such a name fits a
 * goal that cuts the opposite ("Cut late deliveries"), so it is judged only when it counts lower as better:
 * against a goal that wants more of it, that is a conflict whatever the wording.
 */
function selfFramed(words: readonly Word[]): boolean {
  for (const w of words) if (among(SELF_FRAMED_WORDS, w.text)) return true;
  for (const phrase of SELF_FRAMED_PHRASES) if (holdsPhrase(words, phrase)) return true;
  return false;
}

interface Conflict {
  readonly kpi: number;
  readonly goal: number;
  readonly clause: Clause;
  readonly kpiSense: Sense;
  /** The telling stems goal and KPI share ("waste"). */
  readonly shared: readonly string[];
}

/**
 * How many KPI-goal pairs were judged (the rule's checks), and the pairs that pull opposite ways. Pairs worth
 * judging: the KPI has a clear direction, is not framed so that either sense fits, and what it counts (its
 * head) is the object of one of its goal's verbs. Anything vaguer is left alone (no false alarms).
 */
function judgedPairs(model: StrategyModel, ctx: RuleContext): { pairs: number; conflicts: Conflict[] } {
  const readings = ctx.once(kpiReadings);
  const wording = ctx.once(planWording);
  // A goal's clauses are read when a KPI worth judging first asks for them.
  const clausesOfGoal: (Clause[] | undefined)[] = [];
  const clausesOf = (g: number): Clause[] => (clausesOfGoal[g] ??= goalClauses(wording.goals[g].words));
  const conflicts: Conflict[] = [];
  let pairs = 0;
  for (let k = 0; k < model.kpis.length; k++) {
    const goals = model.relations.goalsOfKpi[k];
    const sense = kpiSense(readings[k]);
    if (goals.length === 0 || !sense) continue;
    const name = wording.kpis[k];
    // A name that measures the change itself ("Waste reduction") fits either sense: left alone.
    if (name.words.some((w) => w.sense !== null)) continue;
    if (sense !== 'lower' && selfFramed(name.words)) continue;
    const head = kpiHead(name);
    if (head === null) continue;
    for (const g of goals) {
      const clause = clausesOf(g).find((c) => c.objects.includes(head));
      if (!clause) continue;
      pairs++;
      if (clause.sense === sense) continue;
      const shared = clause.objects.filter((o) => telling(o) && name.stems.includes(o));
      conflicts.push({ kpi: k, goal: g, clause, kpiSense: sense, shared });
    }
  }
  return { pairs, conflicts };
}

export const directionConflict: Rule = {
  id: 'direction-conflict',
  severity: 'error',
  ...RULE_TEXT['direction-conflict'],
  count: (_model, ctx) => ctx.once(judgedPairs).pairs,
  check(model, ctx) {
    const out: Finding[] = [];
    for (const c of ctx.once(judgedPairs).conflicts) {
      const k = model.kpis[c.kpi];
      const kpiId = idOf(model, k.ref);
      const goalId = idOf(model, model.goals[c.goal].ref);
      const vars = {
        goalId,
        kpiId,
        kpiName: k.name,
        word: c.clause.verb,
        object: c.shared.join(' '),
        wanted: c.clause.sense,
        actual: c.kpiSense,
        suggested: DIRECTION_WORD[c.clause.sense],
      };
      out.push(
        finding(
          this.id,
          this.severity,
          atField(k.location, 'Direction'),
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
  check(model, ctx) {
    const out: Finding[] = [];
    const readings = ctx.once(kpiReadings);
    for (let i = 0; i < model.kpis.length; i++) {
      const k = model.kpis[i];
      // The reading judges a target under an unreadable direction word as under the default (higher).
      const { direction: d, target: parsed } = readings[i];
      const direction = d.ok ? d.value : 'higher';
      if (parsed.ok) continue;
      const vars = entityVarsWith(model, k.ref, { raw: rawText(k.target) });
      let message = fill(MSG.targetUnreadable, vars);
      let fix = fill(MSG.targetFix, vars);
      if (vars.raw === '') message = fill(MSG.targetMissing, vars);
      else if (direction === 'range') {
        message = fill(MSG.targetNotRange, vars);
        fix = fill(MSG.targetRangeFix, vars);
      }
      out.push(finding(this.id, this.severity, atField(k.location, 'Target'), message, fix, [vars.id]));
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
  check(model, ctx) {
    const out: Finding[] = [];
    const readings = ctx.once(kpiReadings);
    for (let i = 0; i < model.kpis.length; i++) {
      const k = model.kpis[i];
      if (readings[i].direction.ok) continue;
      const vars = entityVarsWith(model, k.ref, { raw: k.direction });
      out.push(
        finding(
          this.id,
          this.severity,
          atField(k.location, 'Direction'),
          fill(MSG.directionUnreadable, vars),
          fill(MSG.directionUnreadableFix, vars),
          [vars.id],
        ),
      );
    }
    return out;
  },
};
