/** Rules about what a KPI says: its direction against its goal's words, and a target the engine can judge. */
import { atField, type StrategyModel } from '../../model';
import { entityVarsWith, finding, idOf } from '../describe';
import { kpiDirection, kpiTarget } from '../engines';
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
import { IntList } from '../hashTables';
import { perModel } from '../memo';
import { keepShape } from '../../keepShape';
import { goalTextWords, kpiNameWords, Vocabulary, vocabulary as vocabularyOf, type WordLists } from '../words';
import type { Finding, Rule } from '../types';

type Sense = 'lower' | 'higher';

function senseOfWord(token: string): Sense | null {
  for (const sense of ['lower', 'higher'] as const) {
    for (const stem of GOAL_DIRECTION_STEMS[sense])
      if (token.startsWith(stem) && token.length <= stem.length + 4) return sense;
  }
  return null;
}

/** The KPI's sense when it clearly has one: higher/lower (maintain above/below count), else null. */
export function kpiSense(model: StrategyModel, k: number): Sense | null {
  const d = kpiDirection(model.kpis[k]);
  if (!d.ok) return null;
  if (d.value === 'higher' || d.value === 'maintainAbove') return 'higher';
  if (d.value === 'lower' || d.value === 'maintainBelow') return 'lower';
  return null;
}

/** Single words are looked up among the name's words; phrases ("on time") are searched in the name. */
const SELF_FRAMED_WORDS = new Set(SELF_FRAMED_KPI_WORDS.filter((w) => !w.includes(' ')));
const SELF_FRAMED_PHRASES = SELF_FRAMED_KPI_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' '));

const KNOWN = 1;
const LOWER = 2;
const HIGHER = 4;
const SELF_FRAMED = 8;
const NEGATION = 16;
const PHRASE_END = 32;
const SUBSET = 64;
const PARTICIPLE = 128;
/** For stems: a generic metric word ("rate"), or one holding a digit (the how-much, not the what). */
const GENERIC = 2;
const DIGIT = 4;

/** "received", "sold"; not "speed" or "feed", which end the same way. */
function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  return word.length > 4 && word.endsWith('ed') && !word.endsWith('eed');
}

/**
 * What this rule asks of each word and stem, worked out on first sight of each number. The texts repeat a
 * small vocabulary, so this is a few hundred string tests however long the tables are.
 */
class WordFacts {
  private readonly wordBits: Uint8Array;
  private readonly stemBits: Uint8Array;
  constructor(private readonly vocabulary: Vocabulary) {
    this.wordBits = new Uint8Array(vocabulary.size);
    this.stemBits = new Uint8Array(vocabulary.size);
  }

  private word(id: number): number {
    let bits = this.wordBits[id];
    if (bits === 0) {
      bits = KNOWN;
      // A number ("2027", "15k", "q3") is never a verb or a framing word; names and goals are full of them.
      if (!this.vocabulary.startsWithDigit(id) && !this.vocabulary.endsWithDigit(id)) {
        const word = this.vocabulary.word(id);
        const sense = senseOfWord(word);
        bits |= sense === 'lower' ? LOWER : sense === 'higher' ? HIGHER : 0;
        if (SELF_FRAMED_WORDS.has(word)) bits |= SELF_FRAMED;
        if (NEGATION_WORDS.has(word)) bits |= NEGATION;
        if (PHRASE_END_WORDS.has(word) || SUBSET_WORDS.has(word)) bits |= PHRASE_END;
        if (SUBSET_WORDS.has(word)) bits |= SUBSET;
        if (isParticiple(word)) bits |= PARTICIPLE;
      }
      this.wordBits[id] = bits;
    }
    return bits;
  }

  sense(id: number): Sense | null {
    const bits = this.word(id);
    return bits & LOWER ? 'lower' : bits & HIGHER ? 'higher' : null;
  }

  /** A word that turns the verb after it around ("not", "no"). */
  negation(id: number): boolean {
    return (this.word(id) & NEGATION) !== 0;
  }

  /** A word that ends a name's first phrase ("to", "per", "in"). */
  phraseEnd(id: number): boolean {
    return (this.word(id) & PHRASE_END) !== 0;
  }

  /** A word after which the name says which part of its thing it counts ("that", "who"). */
  subset(id: number): boolean {
    return (this.word(id) & SUBSET) !== 0;
  }

  /** A word that may say what happened to the thing before it ("received", "sold"). */
  participle(id: number): boolean {
    return (this.word(id) & PARTICIPLE) !== 0;
  }

  /** A word that says which way something moves ("reduction", "growth"). */
  directed(id: number): boolean {
    return (this.word(id) & (LOWER | HIGHER)) !== 0;
  }

  /** A word for something where more is naturally better ("satisfaction", "uptime"). */
  selfFramed(id: number): boolean {
    return (this.word(id) & SELF_FRAMED) !== 0;
  }

  private stem(stem: number): number {
    let bits = this.stemBits[stem];
    if (bits === 0) {
      // A word ending in a digit is its own stem and holds one; no measure word does.
      if (this.vocabulary.endsWithDigit(stem)) bits = KNOWN | DIGIT;
      else {
        const text = this.vocabulary.word(stem);
        bits = KNOWN | (GENERIC_METRIC_WORDS.has(text) ? GENERIC : 0) | (/\d/.test(text) ? DIGIT : 0);
      }
      this.stemBits[stem] = bits;
    }
    return bits;
  }

  generic(stem: number): boolean {
    return (this.stem(stem) & GENERIC) !== 0;
  }

  hasDigit(stem: number): boolean {
    return (this.stem(stem) & DIGIT) !== 0;
  }
}

keepShape(new WordFacts(new Vocabulary()));

/**
 * The clauses of every goal's text, in typed arrays: goal `g`'s clauses are numbers `from[g]` up to `from[g + 1]`,
 * and clause `c` wants `sense[c]` (LOWER or HIGHER) for the stems `objects[objectFrom[c] .. objectFrom[c + 1])`,
 * the few content words after its verb `verb[c]`. An object per clause and an array per object were 50,000 small
 * objects at 100,000 rows, alive while the pairs were judged, and the garbage collector copied them.
 */
interface Clauses {
  readonly from: Int32Array;
  readonly sense: Uint8Array;
  readonly verb: Int32Array;
  readonly objectFrom: Int32Array;
  readonly objects: Int32Array;
}

const senseOfBits = (bits: number): Sense => (bits === LOWER ? 'lower' : 'higher');

/** "Increase margin by reducing waste" → [higher: margin], [lower: waste], for every goal. */
function goalClauses(words: WordLists, goals: number, facts: WordFacts, vocabulary: Vocabulary): Clauses {
  const { ids, start } = words;
  const from = new Int32Array(goals + 1);
  const sense = new IntList(goals);
  const verb = new IntList(goals);
  const objectFrom = new IntList(goals + 1);
  const objects = new IntList(goals * 3);
  for (let g = 0; g < goals; g++) {
    const end = start[g + 1];
    for (let i = start[g]; i < end; i++) {
      const wanted = facts.sense(ids[i]);
      // "Do not cut prices", "no fewer than 20 clients": a negated verb says nothing about which way to go.
      if (!wanted || (i > start[g] && facts.negation(ids[i - 1]))) continue;
      sense.push(wanted === 'lower' ? LOWER : HIGHER);
      verb.push(ids[i]);
      objectFrom.push(objects.length);
      const first = objects.length;
      for (let j = i + 1; j < end && objects.length - first < 5; j++) {
        if (facts.sense(ids[j])) break;
        // Numbers ("from 8% to 5%") are the how-much, not the what.
        const t = vocabulary.stem(ids[j]);
        if (t < 0 || facts.hasDigit(t)) continue;
        if (!objects.includes(t, first)) objects.push(t);
      }
    }
    from[g + 1] = sense.length;
  }
  objectFrom.push(objects.length);
  return {
    from,
    sense: Uint8Array.from(sense.ids.subarray(0, sense.length)),
    verb: verb.ids,
    objectFrom: objectFrom.ids,
    objects: objects.ids,
  };
}

/**
 * What a KPI counts: the stem of the last telling word of its name's first phrase, or -1 when it has none or
 * counts only a part of its thing ("Tickets issued that are dismissed"). "Jail cells unavailable (short-term
 * repair)" and "Hybrid fuel vehicles in the fleet" name other things on the way ("repair", "fuel"): a goal
 * about fuel use is not measured the wrong way round by a count of vehicles. A phrase of measure words only
 * ("Days to invoice", "Number of complaints") hands over to the next; "Complaints received" counts complaints.
 */
function kpiHead(names: WordLists, k: number, facts: WordFacts, vocabulary: Vocabulary): number {
  const { ids, start } = names;
  const breaks = names.breaks as Uint8Array;
  for (let i = start[k]; i < start[k + 1]; i++) if (facts.subset(ids[i])) return -1;
  let head = -1;
  for (let i = start[k]; i < start[k + 1]; i++) {
    const id = ids[i];
    if (head >= 0 && breaks[i] === 1) break;
    if (facts.phraseEnd(id)) {
      if (head >= 0) break;
      continue;
    }
    if (head >= 0 && facts.participle(id)) continue;
    const t = vocabulary.stem(id);
    if (t >= 0 && !facts.generic(t) && !facts.hasDigit(t)) head = t;
  }
  return head;
}

/** The first of goal `g`'s clauses whose object holds the stem, or -1. */
function firstHolding(clauses: Clauses, g: number, stem: number): number {
  for (let c = clauses.from[g]; c < clauses.from[g + 1]; c++)
    for (let o = clauses.objectFrom[c]; o < clauses.objectFrom[c + 1]; o++) if (clauses.objects[o] === stem) return c;
  return -1;
}

function sharedStems(clauses: Clauses, c: number, telling: IntList): number[] {
  const shared: number[] = [];
  for (let o = clauses.objectFrom[c]; o < clauses.objectFrom[c + 1]; o++)
    if (telling.includes(clauses.objects[o])) shared.push(clauses.objects[o]);
  return shared;
}

/** Does the name (word numbers `from` up to `to`) hold the phrase as neighbours? */
function holdsPhrase(ids: Int32Array, from: number, to: number, phrase: readonly number[]): boolean {
  for (let i = from; i + phrase.length <= to; i++) {
    let k = 0;
    while (k < phrase.length && ids[i + k] === phrase[k]) k++;
    if (k === phrase.length) return true;
  }
  return false;
}

interface Conflict {
  kpi: number;
  goal: number;
  /** The goal's verb (a word number) and the sense it wants. */
  verb: number;
  wanted: Sense;
  kpiSense: Sense;
  /** The telling stems goal and KPI share ("waste"). */
  shared: number[];
}

/**
 * How many KPI-goal pairs were judged (the rule's checks), and the pairs that pull opposite ways. Pairs worth
 * judging: the KPI has a clear direction, is not framed so that either sense fits, and shares a telling word
 * with the object of one of its goal's verbs. Anything vaguer is left alone (no false alarms).
 */
const judged = perModel((model: StrategyModel): { pairs: number; conflicts: Conflict[] } => {
  const conflicts: Conflict[] = [];
  let pairs = 0;
  const names = kpiNameWords(model);
  const goalWords = goalTextWords(model);
  const vocabulary = vocabularyOf(model);
  const facts = new WordFacts(vocabulary);
  // A phrase with a word no name uses cannot be in any name.
  const phrases = SELF_FRAMED_PHRASES.map((p) => p.map((w) => vocabulary.idOf(w))).filter(
    (p): p is number[] => !p.includes(undefined),
  );
  const clauses = goalClauses(goalWords, model.goals.length, facts, vocabulary);
  const { ids, start } = names;
  // The telling stems of the KPI being judged, filled on its first conflict: one list serves every KPI.
  const telling = new IntList(16);
  for (let ki = 0; ki < model.kpis.length; ki++) {
    const goals = model.relations.goalsOfKpi[ki];
    if (goals.length === 0) continue;
    const sense = kpiSense(model, ki);
    if (!sense) continue;
    const from = start[ki];
    const to = start[ki + 1];
    // A name that measures the change itself ("Waste reduction") fits either sense: left alone.
    let directed = false;
    let selfFramed = false;
    for (let i = from; i < to && !directed; i++) {
      directed = facts.directed(ids[i]);
      selfFramed ||= facts.selfFramed(ids[i]);
    }
    if (directed) continue;
    for (let p = 0; p < phrases.length && !selfFramed; p++) selfFramed = holdsPhrase(ids, from, to, phrases[p]);
    // A name where more is naturally better ("On-time deliveries", "Customer satisfaction") fits a goal that
    // cuts the opposite ("Cut late deliveries"), so it is judged only when it counts lower as better: against a
    // goal that wants more of it, that is a conflict whatever the wording.
    if (selfFramed && sense !== 'lower') continue;
    // Judged only when the goal's verb acts on what the KPI counts, not on a word it shares in passing.
    const head = kpiHead(names, ki, facts, vocabulary);
    if (head < 0) continue;
    telling.clear();
    for (const g of goals) {
      const c = firstHolding(clauses, g, head);
      if (c < 0) continue;
      pairs++;
      const wanted = senseOfBits(clauses.sense[c]);
      if (wanted === sense) continue;
      // The words a message names, only for a conflict: a name has a few, so a list is cheaper than a Set.
      if (telling.length === 0)
        for (let i = from; i < to; i++) {
          const t = vocabulary.stem(ids[i]);
          if (t >= 0 && !facts.generic(t) && !telling.includes(t)) telling.push(t);
        }
      conflicts.push({
        kpi: ki,
        goal: g,
        verb: clauses.verb[c],
        wanted,
        kpiSense: sense,
        shared: sharedStems(clauses, c, telling),
      });
    }
  }
  return { pairs, conflicts };
});

function wordsOf(ids: readonly number[], vocabulary: Vocabulary): string {
  let text = '';
  for (const id of ids) text = text === '' ? vocabulary.word(id) : `${text} ${vocabulary.word(id)}`;
  return text;
}

export const directionConflict: Rule = {
  id: 'direction-conflict',
  severity: 'error',
  ...RULE_TEXT['direction-conflict'],
  count: (model) => judged(model).pairs,
  check(model) {
    const out: Finding[] = [];
    const vocabulary = vocabularyOf(model);
    for (const c of judged(model).conflicts) {
      const k = model.kpis[c.kpi];
      const kpiId = idOf(model, k.ref);
      const goalId = idOf(model, model.goals[c.goal].ref);
      const vars = {
        goalId,
        kpiId,
        kpiName: k.name,
        word: vocabulary.word(c.verb),
        object: wordsOf(c.shared, vocabulary),
        wanted: c.wanted,
        actual: c.kpiSense,
        suggested: DIRECTION_WORD[c.wanted],
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
  check(model) {
    const out: Finding[] = [];
    for (const k of model.kpis) {
      const d = kpiDirection(k);
      // An unreadable direction word is judged as the default (higher): the target is still worth checking.
      const direction = d.ok ? d.value : 'higher';
      const parsed = kpiTarget(k, direction);
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
  check(model) {
    const out: Finding[] = [];
    for (const k of model.kpis) {
      if (kpiDirection(k).ok) continue;
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
