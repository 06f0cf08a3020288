/** Every sentence of the Share flow, in plain words for owners and their advisers. */
import type { CellAction } from '../../core/share';

export const SHARE_FLOW_TEXT = {
  heading: 'Prepare a copy for advisers',
  intro:
    'Your accountant or adviser may not have Rudder. Rudder can make a copy of this workbook that reads right without it:',
  changes: [
    'Rudder formulas (scores, tips, KPI statuses) become plain Excel formulas that give the same result, where one exists.',
    'Where there is no plain formula, the cell keeps its current value, with a note saying where it came from and when.',
    'A new "Advisor summary" sheet lists the date, your alignment score, KPI statuses, goals with their SMART scores and the open findings.',
    'Nothing else changes, and the workbook you have open stays exactly as it is.',
  ],
  buildCopy: 'Download the copy for advisers',
  building: 'Preparing the copy for advisers…',
  built: (file: string) =>
    `The copy "${file}" was downloaded. Send that file to your adviser; your workbook is unchanged.`,
  excelIntro:
    'Excel does not let an add-in download the whole workbook. Instead, Rudder can add the Advisor summary sheet to this workbook; then use File > Save a Copy and send that copy.',
  addSummary: 'Add the Advisor summary sheet to this workbook',
  confirmAsk: 'This adds one new sheet, "Advisor summary", to the open workbook. No other cell changes. Add it?',
  confirmYes: 'Yes, add the sheet',
  confirmNo: 'Cancel',
  adding: 'Adding the Advisor summary sheet…',
  added: (sheet: string) => `Added the sheet "${sheet}". Use File > Save a Copy to send it to your adviser.`,
  reportHeading: 'One-page report',
  reportIntro:
    'A printable page with your alignment score, the strategy picture, KPI statuses, SWOT and findings. It opens in any browser and prints on one A4 or Letter page.',
  downloadReport: 'Download report',
  reporting: 'Preparing the report…',
  reported: 'The report "rudder-report.html" was downloaded. Open it in a browser to read or print it.',
  countsHeading: 'What the copy contains',
  countLine: (action: CellAction, n: number): string => {
    const cells = `${n} cell${n === 1 ? '' : 's'}`;
    switch (action) {
      case 'native':
        return `${cells} rewritten as plain Excel formulas`;
      case 'partial':
        return `${cells} partly rewritten (the Rudder part replaced, your formula kept)`;
      case 'computed':
        return `${cells} kept as values computed today`;
      case 'cached':
        return `${cells} kept as the values Excel last calculated`;
      case 'missing':
        return `${cells} missing a value (left empty with a note)`;
    }
  },
  noRudderCells: 'The workbook has no Rudder formulas, so the copy only adds the Advisor summary sheet.',
  namesHeading: 'Short formula names',
  addNames: 'Add short formula names to this workbook',
  addingNames: 'Adding the short formula names…',
  replaceNames: (names: readonly string[]) => `Replace my ${names.join(', ')} with Rudder's`,
} as const;

/** The copy's file name: the workbook's own name is not known to the port, so a plain one. */
export const COPY_FILE_NAME = 'workbook-for-advisers.xlsx';
export const REPORT_FILE_NAME = 'rudder-report.html';
