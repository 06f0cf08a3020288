/** The Check-in flow's words. */
import { formatSerialIso } from '../../core/dates';
import type { CheckinPeriod } from '../../core/checkin';

const PERIOD_WORD: Readonly<Record<CheckinPeriod, string>> = {
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};

export const CHECKIN_TEXT = {
  heading: 'Check-in',
  intro:
    'Type this period’s numbers and a note if something explains them. Save adds them under the KPI’s history on the History sheet; to correct an earlier period, pick it: Rudder asks before it replaces a value.',
  reading: 'Reading your KPIs and their history…',
  saving: 'Saving the check-in…',
  undoing: 'Taking back the last check-in…',
  noKpis: 'No KPIs yet: run Structure on the sheet where you keep your KPIs (or their monthly numbers) first.',
  dueHeading: (n: number) =>
    n === 0 ? 'Nothing is due: every KPI is up to date.' : `${n} ${n === 1 ? 'KPI is' : 'KPIs are'} due for an update`,
  laterHeading: 'Up to date',
  forPeriod: (period: CheckinPeriod, end: number) =>
    `Value for the ${PERIOD_WORD[period]} ending ${formatSerialIso(end)}`,
  latest: (value: number | null, period: number | null, unit: string) =>
    value === null || period === null
      ? 'No value recorded yet'
      : `Latest: ${Math.round(value * 100) / 100}${unit ? ` ${unit}` : ''} (${formatSerialIso(period)})`,
  trend: (trend: string) => `Trend: ${trend}`,
  outlook: (outlook: string, chance: number | null) =>
    chance === null
      ? `Outlook: ${outlook}`
      : `Outlook: ${outlook} (${Math.round(chance * 100)}% chance of meeting the target)`,
  noOutlook: 'Outlook: give the KPI a target to see one',
  note: 'Note',
  period: 'Period',
  nextPeriod: (end: number) => `Next: ending ${formatSerialIso(end)}`,
  earlierPeriod: (end: number, value: number | null) =>
    `Correct: ending ${formatSerialIso(end)}${value === null ? '' : ` (now ${Math.round(value * 100) / 100})`}`,
  replaceTitle: (n: number) => (n === 1 ? 'Replace an earlier value?' : `Replace ${n} earlier values?`),
  replaceIntro:
    'The history already holds a value for these periods. Replacing changes them on the History sheet; Undo puts them back.',
  replaceConfirm: 'Replace and save',
  replaceCancel: 'Cancel',
  replaceCancelled: 'Nothing was saved: the earlier values are as they were. Your typing is still in the form.',
  save: 'Save check-in',
  undo: 'Undo last check-in',
  nothingSaved: 'Nothing was saved: see below.',
  sparkline: (name: string, n: number) => `${name}: the last ${n} values`,
} as const;
