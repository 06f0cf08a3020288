/** Every sentence the sharing flow, the CLI and the advisor copy show, in one place. */
import { formatSerialLong } from '../dates';

export const SHARE_TEXT = {
  summarySheet: 'Advisor summary',
  noteNative: (fn: string, date: number) =>
    `Rudder: this cell used RUDDER.${fn}. On ${formatSerialLong(date)} it was rewritten as a plain Excel formula that computes the same result, so it keeps working without the Rudder add-in.`,
  noteComputed: (fns: string, date: number) =>
    `Rudder: this cell used ${fns}. The value was computed by Rudder on ${formatSerialLong(date)} and saved as a plain value; it will not update by itself.`,
  noteCached: (fns: string, date: number) =>
    `Rudder: this cell used ${fns}. It holds the value Excel last calculated, copied on ${formatSerialLong(date)}; it will not update by itself.`,
  noteMissing: (fns: string, date: number) =>
    `Rudder: this cell used ${fns}, but the file held no calculated value for it and Rudder could not compute one on ${formatSerialLong(date)}. Open the original in Excel with Rudder, save it, and share again.`,
  notePartial: (fns: string, date: number) =>
    `Rudder: the Rudder part of this formula (${fns}) was replaced on ${formatSerialLong(date)}: plain Excel formulas where one exists, the value otherwise. The rest of the formula is as you wrote it.`,
  whyNotNative: {
    range: 'an argument is a range (the result spills), so the value was kept',
    thresholds: 'the thresholds argument is not a plain "0.9,0.7" text, so the value was kept',
    textInput: (what: string, value: string) =>
      `the ${what} cell holds text ("${value}"), which only the add-in reads, so the value was kept`,
    values: 'you asked for values only',
    forecastMethod:
      'only the straight-line forecast ("linear") has a plain Excel formula (FORECAST); other methods keep their value',
    expression: 'an argument is a formula Rudder cannot rewrite safely, so the value was kept',
  },
  missingValue: (sheet: string, cell: string) =>
    `${sheet}!${cell}: no calculated value was saved for this Rudder formula and Rudder could not compute it, so the copy leaves the cell empty with a note.`,
  spilled: (sheet: string, cell: string) =>
    `${sheet}!${cell}: this Rudder formula spilled over several cells; the copy keeps the spilled values as plain values.`,
  externalLinks: (count: number) =>
    `The workbook links to ${count} other file${count === 1 ? '' : 's'}. The copy keeps those links as they are; your advisor will need the same files to refresh them.`,
  protectedSheet: (sheet: string) =>
    `The sheet "${sheet}" is protected. Rudder changed only cells that held Rudder formulas on it and kept its protection.`,
  getAddin:
    'To see live scores and statuses again, install the free Rudder add-in in Excel (Home > Add-ins, search for "Rudder"), then open the original workbook.',
  methodIntro: 'How the alignment score is worked out',
  nothingToReport: 'This workbook has no Rudder tables yet, so the summary has little to show. Run Structure first.',
  noLambda:
    'This version of Excel cannot define short formula names (it needs LAMBDA, available in Microsoft 365 and Excel 2024). Nothing was added; keep using RUDDER.KPI_STATUS, RUDDER.SMARTSCORE and the other RUDDER names.',
  shortNames: {
    what: 'Adds four short names to this workbook, so you can type =KPI_STATUS(B2, C2) or =SMARTSCORE(A2) instead of =RUDDER.KPI_STATUS(B2, C2) or =RUDDER.SMARTSCORE(A2).',
    written: (names: readonly string[]) =>
      `Added ${names.join(', ')} to this workbook. Type them like any Excel function, e.g. =KPI_STATUS(B2, C2).`,
    alreadyThere: (names: readonly string[]) =>
      `${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} already in this workbook with the same formula${names.length === 1 ? '' : 's'}; nothing changed for ${names.length === 1 ? 'it' : 'them'}.`,
    replaced: (names: readonly string[]) => `Updated ${names.join(', ')} to Rudder's current formula.`,
    conflict: (name: string, formula: string) =>
      `This workbook already has its own name ${name} (${formula.length > 60 ? `${formula.slice(0, 57)}…` : formula}). Rudder left it as it is, so ${name} keeps meaning what you defined.`,
    smartNeedsAddin:
      'KPI_STATUS and KPI_PROGRESS are plain Excel formulas and work without Rudder; SMARTSCORE and SMARTTIPS need the Rudder add-in.',
    notCalculatedHere:
      'This place cannot calculate LAMBDA formulas, so it keeps the names without computing them; they work when the workbook is opened in Microsoft 365 or Excel 2024.',
  },
} as const;

/** Human names for the KPI arguments, for "the target cell holds text". */
export const ARGUMENT_WORDS: Readonly<Record<string, string>> = {
  actual: 'actual',
  target: 'target',
  baseline: 'baseline',
  start: 'start date',
  due: 'due date',
  asOf: '"as of" date',
};
