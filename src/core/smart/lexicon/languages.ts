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

/** The word lists a language adds to the English ones, which stay (goals mix languages: "KPI", "online"). */
const ADDED_LISTS = [
  'stopWords',
  'vagueVerbs',
  'increaseVerbs',
  'decreaseVerbs',
  'maintainVerbs',
  'milestoneVerbs',
  'actionVerbs',
  'deliverableWords',
  'changeByWords',
  'ordinalWords',
  'abstractWords',
  'aspirationalWords',
  'genericWords',
  'percentWords',
  'metricWords',
  'deadlineWords',
  'spanWords',
  'endWords',
  'everyWords',
  'vagueTimeWords',
  'articles',
  'ofWords',
  'rangeJoinWords',
] as const satisfies readonly (keyof SmartWordClasses & keyof SmartLexicon)[];

/** The word maps a language adds to the English ones. */
const ADDED_MAPS = ['relativeWords', 'periodMonths', 'frequencyAdverbs', 'weekdays'] as const satisfies readonly (
  keyof SmartWordClasses | keyof SmartLexicon
)[];

function lexiconWith(code: LanguageCode, w: SmartWordClasses, suffixes: readonly string[]): SmartLexicon {
  const lists = Object.fromEntries(ADDED_LISTS.map((k) => [k, union(EN[k], w[k])]));
  const maps = Object.fromEntries(ADDED_MAPS.map((k) => [k, withRecord<unknown>(EN[k], w[k])]));
  return {
    ...EN,
    ...lists,
    ...maps,
    language: code,
    verbLast: w.verbLast ?? false,
    changeFromWords: union(EN.changeFromWords, w.ofWords),
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
