/** The words of KPI names and goal texts, as the rules that compare wording read them. */
import { foldAccents } from '../dates';
import { contentToken, normText, type StrategyModel } from '../model';

/**
 * A text's words as `normText` spells them ("Waste %" → waste, percent), and for each word whether a bracket,
 * colon or bar comes before it ("Waste (kg per week)", "Tickets: dismissed"), where a name's first phrase ends.
 */
export interface Wording {
  readonly words: readonly string[];
  readonly afterBreak: readonly boolean[];
}

/** A word (letters and digits), a percent sign, or one of the characters that end a name's first phrase. */
const WORD_OR_BREAK = /[a-z0-9]+|%|[([:|]/g;
const BREAKS: ReadonlySet<string> = new Set(['(', '[', ':', '|']);

export function wordingOf(text: string): Wording {
  const words: string[] = [];
  const afterBreak: boolean[] = [];
  let broken = false;
  for (const token of foldAccents(text.toLowerCase()).match(WORD_OR_BREAK) ?? []) {
    if (BREAKS.has(token)) {
      broken = true;
      continue;
    }
    words.push(token === '%' ? 'percent' : token);
    afterBreak.push(broken);
    broken = false;
  }
  return { words, afterBreak };
}

/** Each KPI's name as words. */
export function kpiNameWordings(model: StrategyModel): readonly Wording[] {
  return model.kpis.map((kpi) => wordingOf(kpi.name));
}

/**
 * Words' content stems (`contentToken`: null for a stop word), each worked out once: names and goals repeat the
 * same few hundred words thousands of times. One per run (`ctx.once(wordStems)`), so nothing outlives it.
 */
export class WordStems {
  private readonly stems = new Map<string, string | null>();

  stem(word: string): string | null {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = contentToken(word);
      this.stems.set(word, stem);
    }
    return stem;
  }

  /** The distinct content stems of a wording, in order: what `contentTokens` gives for the same text, without repeats. */
  distinct({ words }: Wording): string[] {
    const out: string[] = [];
    for (const word of words) {
      const stem = this.stem(word);
      if (stem !== null && !out.includes(stem)) out.push(stem);
    }
    return out;
  }
}

export const wordStems = (): WordStems => new WordStems();

/** Each goal's text as words. */
export function goalTextWordings(model: StrategyModel): readonly Wording[] {
  return model.goals.map((goal) => wordingOf(goal.text));
}

/** Each KPI's unit as a comparison key ("%" and "Percent" meet); a plan writes the same few units again and again. */
export function kpiUnitKeys(model: StrategyModel): readonly string[] {
  const keys = new Map<string, string>();
  return model.kpis.map((kpi) => {
    let key = keys.get(kpi.unit);
    if (key === undefined) {
      key = normText(kpi.unit);
      keys.set(kpi.unit, key);
    }
    return key;
  });
}
