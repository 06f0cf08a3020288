/** Sheet names as Excel accepts them: at most 31 characters, none of : \ / ? * [ ], unique ignoring case. */
import { WorkbookError } from '../errors';

export const MAX_SHEET_NAME = 31;

/** Replaces characters Excel refuses and trims to 31 characters; an empty name becomes "Sheet". */
export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned === '' ? 'Sheet' : cleaned).slice(0, MAX_SHEET_NAME);
}

/** `Goals`, then `Goals (2)`, `Goals (3)`… whichever is free, still within 31 characters. */
export function uniqueSheetName(preferred: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(preferred);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** The sheet's name as the workbook spells it, or a `no-such-sheet` error. */
export function resolveSheetName(wanted: string, existing: readonly string[]): string {
  const found = existing.find((n) => n.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) throw new WorkbookError(`There is no sheet named "${wanted}".`, 'no-such-sheet');
  return found;
}

export function lastSheetError(sheet: string): WorkbookError {
  return new WorkbookError(
    `"${sheet}" is the only sheet left; a workbook must keep at least one sheet.`,
    'write-failed',
  );
}
