/**
 * Formula injection and silent conversion: a plain string must stay the text the user typed.
 * Hosts that parse what they are given (Excel's `range.values`, HyperFormula) need such strings
 * marked as text first.
 */

/** Starts like a formula or a DDE payload (`=cmd|' /C calc'!A0`, `+1`, `-2`, `@SUM`). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** Text that Excel would turn into a number, a boolean, a date or an error if typed in. */
export function wouldBeConverted(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  if (/^[-+]?(\d[\d,]*)?(\.\d+)?([eE][-+]?\d+)?%?$/.test(t) && /\d/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/i.test(t)) return true;
  if (/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(t)) return true;
  if (/^\d{1,2}[-/ ][A-Za-z]{3,9}([-/ ]\d{2,4})?$/.test(t)) return true;
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s?[AaPp][Mm])?$/.test(t)) return true;
  return /^[$€£¥]\s?[-+]?[\d,.]+$/.test(t);
}

/** Whether a string cell needs the text number format `@` before it is written to Excel. */
export function needsTextFormat(text: string): boolean {
  return looksLikeFormula(text) || wouldBeConverted(text);
}

/** The text number format. */
export const TEXT_FORMAT = '@';
