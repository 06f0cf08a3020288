/**
 * Reads one number as people type it into a target or threshold cell:
 * "1200", "1,200", "$1,200", "€ 1.5", "95%", "-3.5", "(250)" is not accepted (ambiguous in text).
 * A percent sign makes a fraction ("95%" is 0.95), as Excel stores a percent cell.
 */
const NUMBER = /^([+-])?\s*[$€£¥]?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(%)?$/;

export function readNumberText(raw: string): number | undefined {
  const text = raw.trim();
  const m = NUMBER.exec(text);
  if (m === null || (m[2] === undefined && m[3] === undefined)) return undefined;
  const digits = `${m[2] ?? '0'}${m[3] ?? ''}`.replace(/,/g, '');
  const magnitude = Number(digits);
  if (!Number.isFinite(magnitude)) return undefined;
  const signed = m[1] === '-' ? -magnitude : magnitude;
  return m[4] === '%' ? signed / 100 : signed;
}

/** The pattern of one number inside a longer text (for ranges such as "90-110" or "-5 to 5"). */
export const NUMBER_IN_TEXT = String.raw`[+-]?\s*[$€£¥]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?\s*%?`;
