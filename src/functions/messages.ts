/** Every message a Rudder custom function shows beside an error, in one place so tests compare constants. */
import { ACCEPTED_DATE_FORMS } from '../core/dates/parse';

export const FN_MESSAGES = {
  goalMissing: 'goal is empty: type the goal text, e.g. "Increase repeat customers from 200 to 260 by 30 June 2027".',
  goalNotText: (what: string) => `goal must be text, not ${what}.`,
  notANumber: (arg: string, seen: string) => `${arg} must be a number (e.g. 260, 15% or $1,200); "${seen}" is not one.`,
  notADate: (arg: string, seen: string, reason: string) =>
    `${arg}: "${seen}" cannot be read as a date (${reason}). Use ${ACCEPTED_DATE_FORMS}.`,
  errorValueIn: (arg: string, code: string) => `${arg} holds the error ${code}; fix that cell first.`,
  shapeMismatch: (arg: string, rows: number, cols: number, driver: string, dRows: number, dCols: number) =>
    `${arg} is ${rows}x${cols} cells but ${driver} is ${dRows}x${dCols}: give one value or a range of the same size.`,
  targetMissing: 'target is empty: give the value the KPI should reach (or a range such as "90-110").',
  badTarget: (reason: string) => `target: ${reason}`,
  badDirection: (reason: string) => `direction: ${reason}`,
  badThresholds: (reason: string) => `thresholds: ${reason}`,
  tooManyCells: (cells: number, max: number) =>
    `The range has ${cells} cells; Rudder scores at most ${max} at once. Split it into smaller ranges.`,
} as const;
