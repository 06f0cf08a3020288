/**
 * A SMART lexicon per language: the English structure (numbers, currencies, units, holidays) with the
 * language pack's word classes added. English words stay, as goals mix languages ("KPI", "NPS", "online").
 */
import { LANGUAGES, guessLanguage, type LanguageCode, type SmartWordClasses } from '../../lang';
import { EN } from '../../lang/smart/en';
import { foldAccents } from '../../text/fold';
import type { OutcomeKind, SmartLexicon } from './types';

/** The words as written and without accents: people type "proximo" as often as "próximo". */
function spellings(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const plain = foldAccents(w);
    return plain === w ? [w] : [w, plain];
  });
}

const union = (a: readonly string[], b: readonly string[]): readonly string[] => [...new Set([...a, ...spellings(b)])];

function withRecord<V>(a: Readonly<Record<string, V>>, b: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  const out: Record<string, V> = { ...a };
  for (const [k, v] of Object.entries(b)) for (const s of spellings([k])) out[s] = v;
  return out;
}

function withOutcomes(
  a: SmartLexicon['outcomes'],
  b: SmartWordClasses['outcomes'],
): Readonly<Record<OutcomeKind, readonly string[]>> {
  const out = { ...a };
  for (const [kind, list] of Object.entries(b) as [OutcomeKind, readonly string[]][]) out[kind] = union(a[kind], list);
  return out;
}

function lexiconWith(code: LanguageCode, w: SmartWordClasses, suffixes: readonly string[]): SmartLexicon {
  return {
    ...EN,
    language: code,
    stopWords: union(EN.stopWords, w.stopWords),
    vagueVerbs: union(EN.vagueVerbs, w.vagueVerbs),
    increaseVerbs: union(EN.increaseVerbs, w.increaseVerbs),
    decreaseVerbs: union(EN.decreaseVerbs, w.decreaseVerbs),
    maintainVerbs: union(EN.maintainVerbs, w.maintainVerbs),
    milestoneVerbs: union(EN.milestoneVerbs, w.milestoneVerbs),
    actionVerbs: union(EN.actionVerbs, w.actionVerbs),
    deliverableWords: union(EN.deliverableWords, w.deliverableWords),
    changeByWords: union(EN.changeByWords, w.changeByWords),
    ordinalWords: union(EN.ordinalWords, w.ordinalWords),
    abstractWords: union(EN.abstractWords, w.abstractWords),
    verbLast: w.verbLast ?? false,
    aspirationalWords: union(EN.aspirationalWords, w.aspirationalWords),
    genericWords: union(EN.genericWords, w.genericWords),
    percentWords: union(EN.percentWords, w.percentWords),
    metricWords: union(EN.metricWords, w.metricWords),
    deadlineWords: union(EN.deadlineWords, w.deadlineWords),
    spanWords: union(EN.spanWords, w.spanWords),
    endWords: union(EN.endWords, w.endWords),
    relativeWords: withRecord(EN.relativeWords, w.relativeWords),
    periodMonths: withRecord(EN.periodMonths, w.periodMonths),
    frequencyAdverbs: withRecord(EN.frequencyAdverbs, w.frequencyAdverbs),
    everyWords: union(EN.everyWords, w.everyWords),
    vagueTimeWords: union(EN.vagueTimeWords, w.vagueTimeWords),
    weekdays: withRecord(EN.weekdays, w.weekdays),
    articles: union(EN.articles, w.articles),
    ofWords: union(EN.ofWords, w.ofWords),
    changeFromWords: union(EN.changeFromWords, w.ofWords),
    rangeJoinWords: union(EN.rangeJoinWords, w.rangeJoinWords),
    outcomes: withOutcomes(EN.outcomes, w.outcomes),
    suffixes: union(EN.suffixes, suffixes),
  };
}

function isFullLexicon(smart: SmartWordClasses | SmartLexicon): smart is SmartLexicon {
  return 'language' in smart;
}

const BY_CODE: ReadonlyMap<LanguageCode, SmartLexicon> = new Map(
  LANGUAGES.map((p): [LanguageCode, SmartLexicon] => [
    p.code,
    isFullLexicon(p.smart) ? p.smart : lexiconWith(p.code, p.smart, p.stemSuffixes),
  ]),
);

/** Every shipped language's SMART lexicon. */
export const SHIPPED_LEXICONS: readonly SmartLexicon[] = [...BY_CODE.values()];

/** The SMART lexicon of a language. */
export function smartLexiconOf(code: LanguageCode): SmartLexicon {
  return BY_CODE.get(code) ?? EN;
}

/** The SMART lexicon for a goal's own language, English when its words do not tell. */
export function smartLexiconFor(text: string): SmartLexicon {
  return smartLexiconOf(guessLanguage(text));
}
