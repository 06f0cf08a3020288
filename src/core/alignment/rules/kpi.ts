/** Rules about what a KPI says: its direction against its goal's words, and a target the engine can judge. */
import { atField, type StrategyModel } from '../../model';
import { entityVarsWith, finding, idOf } from '../describe';
import { kpiReadings, type KpiReading } from '../engines';
import {
  DIRECTION_WORD,
  GENERIC_METRIC_WORDS,
  GOAL_DIRECTION_STEMS,
  IRREGULAR_PARTICIPLES,
  NEGATION_WORDS,
  PHRASE_END_WORDS,
  SELF_FRAMED_KPI_WORDS,
  SUBSET_WORDS,
} from '../lexicons';
import { fill, MSG, RULE_TEXT } from '../messages';
import { goalTextWordings, kpiNameWordings, wordStems, type Wording, type WordStems } from '../words';
import type { Finding, Rule, RuleContext } from '../types';

type Sense = 'lower' | 'higher';

function senseOfWord(token: string): Sense | null {
  for (const sense of ['lower', 'higher'] as const) {
    for (const stem of GOAL_DIRECTION_STEMS[sense])
      if (token.startsWith(stem) && token.length <= stem.length + 4) return sense;
  }
  return null;
}

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

/** A number ("2027", "15k", "q3") is never a verb or a framing word; names and goals are full of them. */
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';
const isNumberLike = (word: string): boolean => isDigit(word[0]) || isDigit(word[word.length - 1]);

/** The way a goal's word pulls ("reduce" → lower), when it is a verb or noun of direction. */
function senseOf(word: string): Sense | null {
  return isNumberLike(word) ? null : senseOfWord(word);
}

/**
 * A word's sense and content stem, each worked out once per run: goals and KPI names repeat the same few hundred
 * words thousands of times.
 */
class WordReader {
  private readonly senses = new Map<string, Sense | null>();

  constructor(private readonly stems: WordStems) {}

  sense(word: string): Sense | null {
    let sense = this.senses.get(word);
    if (sense === undefined) {
      sense = senseOf(word);
      this.senses.set(word, sense);
    }
    return sense;
  }

  stem(word: string): string | null {
    return this.stems.stem(word);
  }
}

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
function goalClauses(words: readonly string[], reader: WordReader): Clause[] {
  const clauses: Clause[] = [];
  for (let i = 0; i < words.length; i++) {
    const sense = reader.sense(words[i]);
    // "Do not cut prices", "no fewer than 20 clients": a negated verb says nothing about which way to go.
    if (!sense || (i > 0 && among(NEGATION_WORDS, words[i - 1]))) continue;
    const objects: string[] = [];
    for (let j = i + 1; j < words.length && objects.length < 5; j++) {
      if (reader.sense(words[j])) break;
      // Numbers ("from 8% to 5%") are the how-much, not the what.
      const stem = reader.stem(words[j]);
      if (stem === null || /\d/.test(stem)) continue;
      if (!objects.includes(stem)) objects.push(stem);
    }
    clauses.push({ sense, verb: words[i], objects });
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
function kpiHead({ words, afterBreak }: Wording, reader: WordReader): string | null {
  if (words.some((w) => among(SUBSET_WORDS, w))) return null;
  let head: string | null = null;
  for (let i = 0; i < words.length; i++) {
    if (head !== null && afterBreak[i]) break;
    if (among(PHRASE_END_WORDS, words[i]) || among(SUBSET_WORDS, words[i])) {
      if (head !== null) break;
      continue;
    }
    if (head !== null && isParticiple(words[i])) continue;
    const stem = reader.stem(words[i]);
    if (telling(stem) && !/\d/.test(stem)) head = stem;
  }
  return head;
}

/** Does the name hold the phrase's words next to one another? */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) if (phrase.every((w, k) => words[i + k] === w)) return true;
  return false;
}

/**
 * A name where more is naturally better ("On-time deliveries", "Customer satisfaction"). Such a name fits a
 * goal that cuts the opposite ("Cut late deliveries"), so it is judged only when it counts lower as better:
 * against a goal that wants more of it, that is a conflict whatever the wording.
 */
function selfFramed(words: readonly string[]): boolean {
  return words.some((w) => among(SELF_FRAMED_WORDS, w)) || SELF_FRAMED_PHRASES.some((p) => holdsPhrase(words, p));
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
  const reader = new WordReader(ctx.once(wordStems));
  const clausesOfGoal = goalTextWordings(model).map((wording) => goalClauses(wording.words, reader));
  const names = ctx.once(kpiNameWordings);
  const conflicts: Conflict[] = [];
  let pairs = 0;
  for (let k = 0; k < model.kpis.length; k++) {
    const goals = model.relations.goalsOfKpi[k];
    const sense = kpiSense(readings[k]);
    if (goals.length === 0 || !sense) continue;
    const { words } = names[k];
    // A name that measures the change itself ("Waste reduction") fits either sense: left alone.
    if (words.some((w) => reader.sense(w) !== null)) continue;
    if (sense !== 'lower' && selfFramed(words)) continue;
    const head = kpiHead(names[k], reader);
    if (head === null) continue;
    const stems = words.map((w) => reader.stem(w)).filter(telling);
    for (const g of goals) {
      const clause = clausesOfGoal[g].find((c) => c.objects.includes(head));
      if (!clause) continue;
      pairs++;
      if (clause.sense === sense) continue;
      const shared = clause.objects.filter((o) => stems.includes(o));
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
