/** How Apply colours statuses and SMART scores: rules as data, the same in every host. */

export interface StatusColour {
  readonly text: string;
  readonly fill: string;
  readonly fontColor: string;
}

const GREEN = { fill: '#C6EFCE', fontColor: '#006100' };
const AMBER = { fill: '#FFEB9C', fontColor: '#9C5700' };
const RED = { fill: '#FFC7CE', fontColor: '#9C0006' };
const DARK_RED = { fill: '#9C0006', fontColor: '#FFFFFF' };
const GREY = { fill: '#E7E6E6', fontColor: '#3A3A3A' };

export const STATUS_RULES: readonly StatusColour[] = [
  { text: 'Achieved', ...GREEN },
  { text: 'On track', ...GREEN },
  { text: 'At risk', ...AMBER },
  { text: 'Off track', ...RED },
  { text: 'Missed', ...DARK_RED },
  { text: 'Not started', ...GREY },
  { text: 'No data', ...GREY },
];

/** SMART score bands: below 60 red, 60-79 amber, 80 and up green (bounds inclusive; scores are whole numbers). */
export const SMART_BANDS: readonly {
  readonly min: number;
  readonly max: number;
  readonly fill: string;
  readonly fontColor: string;
}[] = [
  { min: 0, max: 59.999, ...RED },
  { min: 60, max: 79.999, ...AMBER },
  { min: 80, max: 100, ...GREEN },
];
