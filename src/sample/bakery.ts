/**
 * The playground's sample: a local bakery's own spreadsheets, the way a small business keeps
 * them. Deliberately messy and with a few planted problems, so every flow has something to find:
 * - Goals: title and blank rows above the header, vague goals ("Improve things", "Grow online"),
 *   missing owners and dates, due dates as real dates and as text ("Q3 2027"), an overdue goal
 *   (G-009, due 30 Sep 2026) and a goal nobody measures (G-007, no KPI links to it).
 * - KPIs: lower-is-better measures (waste %, cost per loaf, complaints), pacing dates on some,
 *   and a KPI linked to a goal that does not exist (K-007 → G-012).
 * - SWOT: a 2x2 grid of notes with a high-impact threat no goal answers (the supermarket bakery).
 * Dates are explicit 2026-2027 dates so the sample reads naturally through 2027.
 */
import { addMonths, serialFromYmd } from '../core/dates/serial';
import type { SampleCell, SampleSheet, SampleWorkbook } from './types';

function date(year: number, month: number, day: number): SampleCell {
  return { date: serialFromYmd(year, month, day) };
}

function formula(text: string): SampleCell {
  return { formula: text };
}

const strategy: SampleSheet = {
  name: 'Strategy',
  columnWidths: [12, 90],
  rows: [
    ['Crumb & Co. Bakery: who we are and where we are going'],
    [],
    ['Type', 'Statement'],
    [
      'Mission',
      'Bake honest bread for our neighbourhood every morning, and be the place people like to start their day.',
    ],
    ['Vision', 'By 2030, the bakery the whole town names first, with a second counter and a catering kitchen.'],
    ['Value', 'Real ingredients and long fermentation, no shortcuts.'],
    ['Value', 'Know our regulars by name.'],
    ['Value', 'Waste nothing we can save: give it, compost it or bake it into something else.'],
    ['Value', 'Look after the team: fair shifts, training and a proper lunch break.'],
    ['Pillar', 'Product & craft'],
    ['Pillar', 'Neighbourhood & community'],
    ['Pillar', 'Sound finances'],
  ],
};

/** First goal row on the Goals sheet (1-based), after the title, a note, a blank row and the header. */
const FIRST_GOAL_ROW = 5;

const goalRows: readonly (readonly SampleCell[])[] = [
  ['G-001', 'Improve things', null, null, null, null, null, null],
  ['G-002', 'Grow online', 'Sam', 'Neighbourhood & community', null, null, null, null],
  [
    'G-003',
    'Raise weekday sourdough sales from 120 to 160 loaves a week by 30 June 2027',
    'Maya',
    'Product & craft',
    date(2027, 6, 30),
    120,
    160,
    'loaves/week',
  ],
  ['G-004', 'Cut end-of-day waste from 9% to 5% of what we bake', 'Jon', 'Sound finances', 'Q3 2027', 9, 5, '%'],
  [
    'G-005',
    'Launch a catering menu for the offices near the station',
    null,
    'Neighbourhood & community',
    'Q2 2027',
    null,
    null,
    null,
  ],
  ['G-006', 'Be better at social media', 'Sam', null, null, null, null, null],
  [
    'G-007',
    "Open a counter at the Saturday farmers' market every week from 1 April 2027",
    'Priya',
    'Neighbourhood & community',
    date(2027, 4, 1),
    null,
    null,
    null,
  ],
  ['G-008', 'Lower the cost per loaf from $1.45 to $1.30', 'Jon', 'Sound finances', date(2027, 12, 31), 1.45, 1.3, '$'],
  [
    'G-009',
    'Train two new bakers to run the early shift on their own',
    'Maya',
    'Product & craft',
    date(2026, 9, 30),
    0,
    2,
    'bakers',
  ],
  ['G-010', 'Keep customer complaints under 3 a month', null, 'Product & craft', null, 6, 3, 'per month'],
];

const goals: SampleSheet = {
  name: 'Goals',
  columnWidths: [8, 64, 10, 26, 12, 8, 8, 12, 12],
  rows: [
    ['Goals for 2027 (agreed at the October planning day)'],
    ['Maya keeps this list; add yours at the bottom.'],
    [],
    ['Ref', 'Goal', 'Who', 'Area', 'By when', 'Now', 'Aim', 'Unit', 'SMART score'],
    ...goalRows.map((row, i) => {
      const r = FIRST_GOAL_ROW + i;
      return [...row, formula(`=RUDDER.SMARTSCORE(B${r},E${r},F${r},G${r})`)];
    }),
  ],
};

/** First KPI row on the KPIs sheet (1-based). */
const FIRST_KPI_ROW = 4;

const kpiRows: readonly (readonly SampleCell[])[] = [
  // ID, KPI, Goal, Direction, Unit, Baseline, Target, Actual, As of, Start, Due, Owner
  [
    'K-001',
    'Weekday sourdough loaves sold per week',
    'G-003',
    'higher',
    'loaves',
    120,
    160,
    138,
    date(2026, 11, 20),
    date(2026, 10, 1),
    date(2027, 6, 30),
    'Maya',
  ],
  [
    'K-002',
    'End-of-day waste',
    'G-004',
    'lower',
    '%',
    9,
    5,
    8.1,
    date(2026, 11, 20),
    date(2026, 10, 1),
    date(2027, 9, 30),
    'Jon',
  ],
  [
    'K-003',
    'Cost per loaf',
    'G-008',
    'lower',
    '$',
    1.45,
    1.3,
    1.47,
    date(2026, 11, 20),
    date(2026, 7, 1),
    date(2027, 12, 31),
    'Jon',
  ],
  ['K-004', 'Customer complaints per month', 'G-010', 'lower', 'count', 6, 3, 4, date(2026, 11, 20), null, null, null],
  ['K-005', 'Online orders per week', 'G-002', 'higher', 'orders', 15, 40, 22, date(2026, 11, 20), null, null, 'Sam'],
  [
    'K-006',
    'Catering enquiries per month',
    'G-005',
    'higher',
    'enquiries',
    0,
    10,
    null,
    null,
    date(2027, 1, 1),
    date(2027, 6, 30),
    null,
  ],
  [
    'K-007',
    'Instagram followers',
    'G-012',
    'higher',
    'followers',
    850,
    2000,
    1120,
    date(2026, 11, 20),
    null,
    null,
    'Sam',
  ],
  ['K-008', 'Average basket value', 'G-001', 'higher', '$', 8.4, 10, 8.9, date(2026, 11, 20), null, null, null],
  [
    'K-009',
    'Bakers trained for the early shift',
    'G-009',
    'higher',
    'bakers',
    0,
    2,
    1,
    date(2026, 11, 20),
    date(2026, 3, 1),
    date(2026, 9, 30),
    'Maya',
  ],
  [
    'K-010',
    'Coffee with a pastry (share of orders)',
    'G-003',
    'maintain',
    '%',
    35,
    35,
    37,
    date(2026, 11, 20),
    null,
    null,
    'Priya',
  ],
];

const kpis: SampleSheet = {
  name: 'KPIs',
  columnWidths: [8, 40, 8, 10, 10, 9, 9, 9, 12, 12, 12, 9, 12, 10],
  numberFormats: [{ topLeft: `N${FIRST_KPI_ROW}`, rows: kpiRows.length, format: '0%' }],
  rows: [
    ['KPIs: updated every Friday'],
    [],
    [
      'ID',
      'KPI',
      'Goal',
      'Direction',
      'Unit',
      'Baseline',
      'Target',
      'Actual',
      'As of',
      'Start',
      'Due',
      'Owner',
      'Status',
      'Progress',
    ],
    ...kpiRows.map((row, i) => {
      const r = FIRST_KPI_ROW + i;
      return [
        ...row,
        formula(`=RUDDER.KPI_STATUS(H${r},G${r},D${r},F${r},J${r},K${r},I${r})`),
        formula(`=RUDDER.KPI_PROGRESS(H${r},G${r},D${r},F${r})`),
      ];
    }),
  ],
};

const swot: SampleSheet = {
  name: 'SWOT',
  columnWidths: [56, 4, 56],
  rows: [
    ['SWOT from the team meeting, autumn 2026'],
    [],
    ['Strengths', null, 'Weaknesses'],
    ['Our sourdough has a loyal following', null, 'Most sales happen before 10am'],
    ['Two bakers with 15 years of experience', null, 'No way to order online'],
    ['Corner spot on the high street, near the station', null, 'Maya does the books late at night'],
    ['Regulars bring friends (word of mouth)', null, 'The deck oven is 12 years old'],
    [],
    ['Opportunities', null, 'Threats'],
    [
      'Offices near the station ask for catering',
      null,
      'Supermarket opening an in-store bakery in spring 2027 (impact: high)',
    ],
    ["Free pitch at the Saturday farmers' market", null, 'Flour and energy prices keep rising (impact: high)'],
    ['More people ask for gluten-free bread', null, 'Rent review in 2027'],
    ['Local school wants a baking workshop', null, 'Hard to hire early-shift bakers'],
  ],
};

/**
 * The months from December 2025 to November 2026, each written as its first day and shown as "Dec-25" (the way
 * people type a month into a header cell); a month header reads as the month's last day.
 */
const MONTHS = Array.from({ length: 12 }, (_, i) => addMonths(serialFromYmd(2025, 12, 1), i));

/**
 * A year of monthly numbers, one row per KPI and one column per month (the layout most small businesses keep):
 * sourdough sales climb too slowly for the June target, waste falls, cost per loaf creeps up the wrong way.
 */
const monthlyValues: Readonly<Record<string, readonly number[]>> = {
  'K-001': [118, 121, 119, 124, 126, 125, 129, 131, 130, 134, 136, 138],
  'K-002': [9.2, 9, 9.1, 8.9, 8.8, 8.7, 8.6, 8.5, 8.4, 8.3, 8.2, 8.1],
  'K-003': [1.42, 1.43, 1.43, 1.44, 1.44, 1.45, 1.45, 1.46, 1.46, 1.46, 1.47, 1.47],
  'K-004': [7, 6, 6, 5, 6, 5, 5, 4, 5, 4, 4, 4],
  'K-005': [14, 15, 15, 16, 17, 17, 18, 19, 19, 20, 21, 22],
  'K-008': [8.3, 8.4, 8.4, 8.5, 8.5, 8.6, 8.6, 8.7, 8.7, 8.8, 8.8, 8.9],
};

/** Each KPI keeps the name the KPIs sheet gives it, so structuring both sheets names it once. */
const monthlyRows = kpiRows
  .filter((row) => typeof row[0] === 'string' && row[0] in monthlyValues)
  .map((row) => [row[0], row[1], ...monthlyValues[row[0] as string]]);

const monthly: SampleSheet = {
  name: 'Monthly numbers',
  columnWidths: [8, 40, ...MONTHS.map(() => 9)],
  numberFormats: MONTHS.map((_, i) => ({ topLeft: `${String.fromCharCode(67 + i)}3`, rows: 1, format: 'mmm-yy' })),
  rows: [
    ['Monthly numbers (end of each month)'],
    [],
    ['ID', 'KPI', ...MONTHS.map((m) => ({ date: m }))],
    ...monthlyRows,
  ],
};

/** Crumb & Co. Bakery: the sample the playground opens with. */
export const BAKERY_SAMPLE: SampleWorkbook = {
  title: 'Crumb & Co. Bakery',
  sheets: [strategy, goals, kpis, swot, monthly],
};
