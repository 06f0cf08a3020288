import { serialFromYmd } from '../dates';
import { analyzeGoal, formatTips, SMART_CRITERIA, SMART_MESSAGES } from './index';

const ASOF = serialFromYmd(2026, 6, 1);
const score = (text: string, extra: Partial<Parameters<typeof analyzeGoal>[0]> = {}): number =>
  analyzeGoal({ text, ...extra }, { asOf: ASOF }).score;

describe('seed goals', () => {
  it('scores a specific, measured, plausible, dated sales goal at least 90', () => {
    expect(score('Increase sales of our new product line by 15% in the next quarter')).toBeGreaterThanOrEqual(90);
    expect(
      analyzeGoal({ text: 'Increase sales of our new product line by 15% in the next quarter' }).score,
    ).toBeGreaterThanOrEqual(90);
  });

  it('scores a bare "Increase sales" at most 30', () => {
    expect(score('Increase sales')).toBeLessThanOrEqual(30);
    expect(analyzeGoal({ text: 'Increase sales' }).score).toBeLessThanOrEqual(30);
  });

  it('finds a complaints goal with a range and a date measurable and time-bound', () => {
    const a = analyzeGoal({ text: 'Reduce customer complaints from 40 to 10 a month by 30 June 2027' });
    expect(a.criteria.measurable.score).toBeGreaterThanOrEqual(0.8);
    expect(a.criteria.timeBound.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('overall score', () => {
  it('scores a goal without a deadline below 80', () => {
    expect(score('Increase repeat customers of the bakery from 200 to 260')).toBeLessThan(80);
  });

  it('gives vague goals a low score', () => {
    for (const g of ['Improve things', 'Grow', 'Be better', 'Do more marketing'])
      expect(score(g)).toBeLessThanOrEqual(30);
  });

  it('adds 20 points per criterion, rounded to an integer', () => {
    const a = analyzeGoal({ text: 'Cut packaging costs at the Leeds workshop by 10% within 6 months' }, { asOf: ASOF });
    const sum = SMART_CRITERIA.reduce((s, c) => s + a.criteria[c].score, 0);
    expect(a.score).toBe(Math.round(sum * 20));
    expect(Number.isInteger(a.score)).toBe(true);
  });

  it('lists tips weakest criterion first', () => {
    const a = analyzeGoal({ text: 'Post on Instagram' }, { asOf: ASOF });
    const scores = a.tips
      .map((tip) => SMART_CRITERIA.find((c) => a.criteria[c].tip === tip))
      .map((c) => (c === undefined ? -1 : a.criteria[c].score));
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((x, y) => x - y)).toEqual(scores);
  });

  it('uses the structured fields: a target and a due date make a bare goal measurable and time-bound', () => {
    const a = analyzeGoal(
      { text: 'Repeat customers at the café', baseline: 200, target: 230, due: serialFromYmd(2026, 12, 31) },
      { asOf: ASOF },
    );
    expect(a.criteria.measurable.score).toBe(1);
    expect(a.criteria.timeBound.score).toBe(1);
    expect(a.criteria.achievable.score).toBeGreaterThanOrEqual(0.8);
  });
});

describe('robustness', () => {
  const weird = [
    '',
    ' ',
    '\u0000',
    '🚀🚀🚀',
    '=1+1',
    '%%%$$$€€€',
    '1e308 1e309 -1e309',
    '→→→ from to between and',
    '(((((((((',
    '9'.repeat(500),
    'by by by by next next next',
    'Q9 2027 FY99999 31/02/2027',
  ];

  it.each(weird)('never throws and never returns NaN for %j', (text) => {
    const a = analyzeGoal({ text });
    expect(Number.isInteger(a.score)).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(100);
    for (const c of SMART_CRITERIA) expect(Number.isFinite(a.criteria[c].score)).toBe(true);
    expect(typeof formatTips(a)).toBe('string');
  });

  it('scores an empty goal 0 on everything but never crashes on missing fields', () => {
    const a = analyzeGoal({ text: '' });
    expect(a.criteria.specific.score).toBeLessThan(0.2);
    expect(a.criteria.measurable.score).toBe(0);
    expect(a.criteria.timeBound.score).toBe(0);
  });

  it('reads only the start of a 100,000-character goal and says so in evidence', () => {
    const text = 'Increase sales of our sourdough by 10% by 30 June 2027 '.repeat(2000).slice(0, 100_000);
    const a = analyzeGoal({ text });
    expect(a.criteria.specific.evidence.some((e) => e.kind === 'truncated')).toBe(true);
    expect(a.score).toBeGreaterThan(60);
  });

  it('ignores non-finite numbers and out-of-calendar dates in the fields', () => {
    const a = analyzeGoal(
      { text: 'Sell more bread', due: Number.NaN, baseline: Infinity, target: -Infinity },
      { asOf: Number.NaN },
    );
    expect(a.criteria.timeBound.score).toBeLessThan(0.2);
    expect(a.criteria.measurable.score).toBeLessThan(0.5);
  });

  it('treats baseline equal to target as holding the level', () => {
    const a = analyzeGoal(
      { text: 'Keep the on-time delivery rate', baseline: 95, target: 95, due: ASOF + 90 },
      { asOf: ASOF },
    );
    expect(a.criteria.achievable.reason).toBe(SMART_MESSAGES.ACHIEVABLE.hold);
    expect(a.criteria.achievable.score).toBe(0.8);
  });

  it('does not judge a pace across zero or negative values, but still scores them', () => {
    const a = analyzeGoal(
      { text: 'Turn the monthly loss into a profit', baseline: -2000, target: 500, due: ASOF + 180 },
      { asOf: ASOF },
    );
    expect(a.criteria.achievable.reason).toBe(SMART_MESSAGES.ACHIEVABLE.acrossZero);
    expect(a.criteria.achievable.score).toBe(0.5);
  });

  it('marks a due date before today as passed on Time-bound and Achievable', () => {
    const a = analyzeGoal({ text: 'Open the second shop', due: ASOF - 30 }, { asOf: ASOF });
    expect(a.criteria.timeBound.score).toBe(0.5);
    expect(a.criteria.timeBound.tip).toBe(SMART_MESSAGES.TIME_BOUND.tipPassed);
    expect(a.criteria.achievable.reason).toBe(SMART_MESSAGES.ACHIEVABLE.passed);
  });
});

describe('formatTips', () => {
  it('says the goal looks SMART when nothing is weak', () => {
    const a = analyzeGoal(
      { text: 'Increase repeat customers of the bakery from 200 to 230 by 31 December 2026 (confidence 8/10)' },
      { asOf: ASOF },
    );
    expect(a.tips).toEqual([]);
    expect(formatTips(a)).toBe(SMART_MESSAGES.LOOKS_SMART);
  });

  it('names each weak criterion with its fix, weakest first', () => {
    const a = analyzeGoal({ text: 'Increase sales' }, { asOf: ASOF });
    const text = formatTips(a);
    expect(text).toContain('Time-bound: Add a deadline');
    expect(text).toContain('Measurable: Say how much');
    const order = (['Specific', 'Measurable', 'Achievable', 'Time-bound'] as const).map((label) =>
      text.indexOf(`${label}:`),
    );
    const scores = [a.criteria.specific, a.criteria.measurable, a.criteria.achievable, a.criteria.timeBound].map(
      (c) => c.score,
    );
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 4; j++) if (scores[i] < scores[j]) expect(order[i]).toBeLessThan(order[j]);
  });
});

describe('bad input gets a score and a tip, never a crash', () => {
  it.each([
    ['only a number', '42'],
    ['only a date', '31/03/2027'],
    ['only emoji', '🚀🚀🔥'],
    ['several goals in one cell', 'Increase sales by 10% by June; hire a baker\nOpen a kiosk by May 2027'],
    ['all capitals', 'INCREASE SALES OF OUR NEW PRODUCT LINE BY 15% IN THE NEXT QUARTER'],
    ['two languages', 'Aumentar las ventas online by 20% before the end of 2027'],
    ['symbols only', '=+-@#%'],
  ])('scores %s', (_what, text) => {
    const a = analyzeGoal({ text }, { asOf: ASOF });
    expect(Number.isInteger(a.score)).toBe(true);
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(100);
    expect(formatTips(a)).not.toBe('');
    for (const c of SMART_CRITERIA) expect(a.criteria[c].reason).not.toBe('');
  });

  it('scores a goal written in capitals like the same goal in lower case', () => {
    const seed = 'Increase sales of our new product line by 15% in the next quarter';
    expect(analyzeGoal({ text: seed.toUpperCase() }, { asOf: ASOF }).score).toBe(
      analyzeGoal({ text: seed }, { asOf: ASOF }).score,
    );
  });

  it('scores only a number or a date low, with a tip', () => {
    for (const text of ['42', '31/03/2027']) {
      const a = analyzeGoal({ text }, { asOf: ASOF });
      expect(a.score).toBeLessThan(50);
      expect(a.tips.length).toBeGreaterThan(0);
    }
  });
});

describe('the seed goals of the SMART issue', () => {
  it('scores a specific, measured goal with a deadline at least 90', () => {
    const a = analyzeGoal(
      { text: 'Increase sales of our new product line by 15% in the next quarter' },
      { asOf: ASOF },
    );
    expect(a.score).toBeGreaterThanOrEqual(90);
  });

  it('scores "Increase sales" at most 30', () => {
    expect(analyzeGoal({ text: 'Increase sales' }, { asOf: ASOF }).score).toBeLessThanOrEqual(30);
  });

  it.each(['Launch the new booking page', 'Hire two bakers'])(
    'counts the done-or-not-done deliverable %j as measurable',
    (text) => {
      expect(analyzeGoal({ text }, { asOf: ASOF }).criteria.measurable.score).toBeGreaterThanOrEqual(0.5);
    },
  );

  it.each(['Build a world class engineering team', 'Increase engagement with the product'])(
    'does not call the vague objective %j specific',
    (text) => {
      expect(analyzeGoal({ text }, { asOf: ASOF }).criteria.specific.score).toBeLessThan(0.5);
    },
  );
});
