/** Text folding shared by header matching and cell reading. */
import { foldAccents } from '../text';
import { isCellError, type CellValue } from '../grid/types';

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no accents, punctuation as spaces: "Date d'échéance" becomes "date d echeance". */
export function normalizeText(text: string): string {
  // Plain ASCII has no accents to fold, and Unicode normalisation is the dearest step here.
  const folded = NON_ASCII.test(text) ? foldAccents(text).replace(/ß/g, 'ss') : text.toLowerCase();
  return folded.replace(/[^a-z0-9#%]+/g, ' ').trim();
}

/**
 * A crude singular, applied to both the lexicon and the header, so "KPIs" meets "kpi" and
 * "Goals" meets "goal". It only has to be consistent, not correct.
 */
export function stem(token: string): string {
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}

export function tokens(text: string): string[] {
  const norm = normalizeText(text);
  return norm === '' ? [] : norm.split(' ').map(stem);
}

/** The display form of a header or cell value; an error shows its code (#N/A). */
export function displayText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (isCellError(value)) return value.code;
  return String(value);
}
