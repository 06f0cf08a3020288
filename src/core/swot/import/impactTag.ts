/**
 * Impact written inside an item's text: "(impact: high)", "[H]", "alto impacto", "impact élevé",
 * "Auswirkung: hoch", "(impact 4)". The tag becomes the item's impact and leaves its text, so a
 * threat tagged high reaches the TOWS pairings and the high-impact rule like one rated in a column.
 */
import { foldWords } from './classify';
import { IMPACT_LABELS, IMPACT_WORDS } from './lexicon';

const LEVEL_SCORES: ReadonlyMap<string, number> = new Map(
  Object.entries(IMPACT_WORDS).flatMap(([score, words]) => words.map((w) => [w, Number(score)] as [string, number])),
);
const LABELS: ReadonlySet<string> = new Set(IMPACT_LABELS);
/** Single-letter levels (H, M, L) are read only in square brackets: "(L)" or "(S)" is often a PESTEL letter. */
const LETTER_LEVELS: ReadonlySet<string> = new Set(['h', 'm', 'l']);

export interface ImpactTag {
  /** The text without the tag. */
  readonly text: string;
  readonly impact: number;
}

function scoreOfNumber(raw: string): number | null {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : null;
}

/**
 * The impact a tag's words give: a level word ("high", "alto") with or without a label word around it
 * ("impact", "impacto"), or a number 1-5 after a label ("impact 4", "4/5"). `labelRequired` for tags
 * written without brackets, where "prices are high" must stay text.
 */
function scoreOf(words: readonly string[], labelRequired: boolean, squareBrackets: boolean): number | null {
  const labelled = words.filter((w) => LABELS.has(w));
  const rest = words.filter((w) => !LABELS.has(w));
  if (rest.length === 0) return null;
  if (labelRequired && labelled.length === 0) return null;
  if (rest.length === 2 && rest[1] === '5') return scoreOfNumber(rest[0]);
  if (rest.length === 1 && /^\d$/u.test(rest[0]))
    return labelled.length > 0 || squareBrackets ? scoreOfNumber(rest[0]) : null;
  const phrase = rest.join(' ');
  if (LETTER_LEVELS.has(phrase) && !squareBrackets && labelled.length === 0) return null;
  return LEVEL_SCORES.get(phrase) ?? null;
}

const BRACKETED_END = /^(.*\S)\s*([([])([^()[\]]{1,30})[)\]]$/su;
const BRACKETED_START = /^\[([^[\]]{1,30})\]\s*(\S.*)$/su;
const SEPARATED_END = /^(.*\S)\s*(?:[-–—,;:|]\s*)([^-–—,;:|()[\]]{1,30})$/su;

/** The item's text without its impact tag, and the impact; null when the text holds no tag. */
export function readImpactTag(text: string): ImpactTag | null {
  const end = BRACKETED_END.exec(text);
  if (end) {
    const score = scoreOf(foldWords(end[3]), false, end[2] === '[');
    if (score !== null) return { text: end[1].replace(/[\s\-–—,;:]+$/u, ''), impact: score };
  }
  const start = BRACKETED_START.exec(text);
  if (start) {
    const score = scoreOf(foldWords(start[1]), false, true);
    if (score !== null) return { text: start[2], impact: score };
  }
  const separated = SEPARATED_END.exec(text);
  if (separated) {
    const score = scoreOf(foldWords(separated[2]), true, false);
    if (score !== null) return { text: separated[1], impact: score };
  }
  return null;
}
