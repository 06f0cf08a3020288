import { serialFromYmd } from '../dates';
import { analyzeGoal, SMART_MESSAGES } from './index';

const ASOF = serialFromYmd(2026, 6, 1);
const criteria = (text: string, extra: Partial<Parameters<typeof analyzeGoal>[0]> = {}) =>
  analyzeGoal({ text, ...extra }, { asOf: ASOF }).criteria;
const kinds = (text: string): string[] => criteria(text).measurable.evidence.map((e) => e.kind);
const texts = (text: string): string[] => criteria(text).measurable.evidence.map((e) => e.text);

describe('Specific', () => {
  it('rates a named product and customer group as specific', () => {
    expect(criteria('Sell 40 sourdough loaves a day to cafés in Leeds').specific.score).toBeGreaterThanOrEqual(0.8);
  });

  it('rates a broad verb on an umbrella noun as not specific and says which verb', () => {
    const s = criteria('Improve things').specific;
    expect(s.score).toBeLessThan(0.5);
    expect(s.evidence).toContainEqual({ kind: 'vague-word', text: 'improve' });
    expect(s.tip).toContain("Replace 'improve', 'things'");
  });

  it('rates "do more marketing" as vague', () => {
    expect(criteria('Do more marketing').specific.score).toBeLessThan(0.5);
  });

  it('lets an amount pin down a broad verb', () => {
    expect(criteria('Grow online revenue to $50k by FY2027').specific.score).toBeGreaterThan(
      criteria('Grow online revenue').specific.score,
    );
  });
});

describe('Measurable', () => {
  it.each([
    ['Increase gift card sales by 15%', 'percentage', '15%'],
    ['Grow catering revenue to $50k', 'money', '$50k'],
    ['Cut fuel spend by €1,200', 'money', '€1,200'],
    ['Sell forty-five cakes a day', 'count', 'forty five cakes'],
    ['Increase repeat customers from 200 to 260', 'range', 'from 200 to 260'],
    ['Move weekly covers 200 → 260', 'range', '200 → 260'],
    ['Keep waiting time between 10 and 12 minutes', 'range', 'between 10 and 12 minutes'],
    ['10x newsletter sign-ups', 'multiplier', '10x'],
    ['Keep NPS 60', 'metric', 'nps 60'],
  ])('reads %j as %s (%s)', (goal, kind, text) => {
    expect(criteria(goal).measurable.score).toBeGreaterThanOrEqual(0.7);
    expect(kinds(goal)).toContain(kind);
    expect(texts(goal)).toContain(text);
  });

  it.each([
    'Post on Instagram three times a week',
    'Clean the ovens daily',
    'Call lapsed clients every month',
    'Run a tasting twice weekly',
  ])('treats the frequency in %j as measurable', (goal) => {
    expect(criteria(goal).measurable.score).toBeGreaterThanOrEqual(0.5);
    expect(kinds(goal)).toContain('frequency');
  });

  it('reads 2.5m after a currency as millions', () => {
    expect(texts('Reach £2.5m turnover')).toContain('£2.5m');
  });

  it('does not count a stated confidence or a clock time as a target', () => {
    expect(criteria('Open the shop at 10am (80% confident)').measurable.evidence.map((e) => e.kind)).not.toContain(
      'percentage',
    );
    expect(criteria('Tidy the stockroom (confidence 7/10)').measurable.score).toBeLessThan(0.5);
  });

  it('counts a one-off deliverable as measurable (done or not done), more firmly with a date', () => {
    expect(criteria('Launch the online shop by 30 September 2026').measurable.score).toBeGreaterThanOrEqual(0.8);
    expect(criteria('Launch the online shop').measurable.score).toBeGreaterThanOrEqual(0.5);
    expect(criteria('Launch the online shop').measurable.score).toBeLessThan(
      criteria('Launch the online shop by 30 September 2026').measurable.score,
    );
  });

  it('does not count a direction-only verb as measurable, and names it', () => {
    const m = criteria('Improve the customer experience');
    expect(m.measurable.score).toBeLessThan(0.5);
    expect(m.measurable.reason).toContain("'improve'");
  });

  it('scores "increase sales" with a direction only, and its tip uses the goal\'s words', () => {
    const m = criteria('Increase sales').measurable;
    expect(m.score).toBeLessThan(0.3);
    expect(m.tip).toContain("'increase sales from [today] to [target]'");
  });

  it('writes the tip from the baseline and target fields when they are given', () => {
    expect(criteria('Grow repeat customers', { baseline: 200 }).measurable.tip).toContain(
      "'grow repeat customers from 200 to [target]'",
    );
  });
});

describe('Achievable', () => {
  it('finds a modest change over a stated span plausible', () => {
    const a = criteria('Increase repeat customers from 200 to 230 within 6 months').achievable;
    expect(a.score).toBeGreaterThanOrEqual(0.8);
    expect(a.evidence.map((e) => e.kind)).toContain('pace');
  });

  it.each(['10x revenue next month', 'Grow from 100 to 5000 customers by next week', 'Triple bookings by next week'])(
    'scores the implausible stretch %j low and says why',
    (goal) => {
      const a = criteria(goal).achievable;
      expect(a.score).toBeLessThanOrEqual(0.35);
      expect(a.reason).toMatch(/a month/);
      expect(a.tip).toMatch(/more time or aim lower/);
    },
  );

  it('judges the pace from the baseline, target and due fields', () => {
    const due = serialFromYmd(2026, 7, 1);
    expect(criteria('Online orders', { baseline: 100, target: 105, due }).achievable.score).toBeGreaterThanOrEqual(0.8);
    expect(criteria('Online orders', { baseline: 100, target: 1000, due }).achievable.score).toBeLessThan(0.5);
  });

  it.each([
    ['Open a second stall (confidence 7/10)', 0.85],
    ['Open a second stall, 60% confident', 0.8],
    ['Open a second stall (8/10)', 0.9],
    ['Open a second stall (6-7 out of 10 confidence)', 0.83],
  ])('reads the stated confidence in %j', (goal, expected) => {
    const a = criteria(goal).achievable;
    expect(a.score).toBeCloseTo(expected, 2);
    expect(a.evidence.map((e) => e.kind)).toContain('confidence');
  });

  it('counts named resources as support', () => {
    expect(
      criteria('Hire two bakers by September; we have budget for two hires').achievable.score,
    ).toBeGreaterThanOrEqual(0.6);
  });

  it('does not let confidence rescue an implausible pace', () => {
    expect(criteria('10x revenue next month (confidence 9/10)').achievable.score).toBeLessThan(0.5);
  });

  it('tips a low confidence towards a smaller step', () => {
    expect(criteria('Open a second stall (confidence 3/10)').achievable.tip).toBe(
      SMART_MESSAGES.ACHIEVABLE.tipLowConfidence,
    );
  });

  it('asks for a time frame when a change has none', () => {
    const a = criteria('Cut delivery costs by 20%').achievable;
    expect(a.score).toBeLessThan(0.5);
    expect(a.tip).toContain('time frame');
  });

  it('says nothing shows it is realistic when there is no evidence at all', () => {
    expect(criteria('Tidy the stockroom').achievable.reason).toBe(SMART_MESSAGES.ACHIEVABLE.noEvidence);
  });
});

describe('Relevant', () => {
  it('without context, recognises a business outcome and says it judged by outcome', () => {
    const a = analyzeGoal({ text: 'Reduce customer complaints' });
    expect(a.relevanceBasis).toBe('outcome');
    expect(a.criteria.relevant.score).toBe(1);
  });

  it('without context, rates an activity for its own sake lower with a tip', () => {
    const r = criteria('Post on Instagram three times a week').relevant;
    expect(r.score).toBeLessThan(0.5);
    expect(r.tip).toContain('to win 20 new customers');
  });

  it('with context, finds shared meaning through stems and synonyms', () => {
    const context = 'Our mission: loyal local clients and the freshest handmade bread in town.';
    const a = analyzeGoal({ text: 'Increase repeat customers at the bakery by 10% by December', context });
    expect(a.relevanceBasis).toBe('context');
    expect(a.criteria.relevant.score).toBeGreaterThanOrEqual(0.8);
  });

  it('with context, scores a goal that shares nothing low and points at the strategy', () => {
    const r = analyzeGoal({ text: 'Repaint the van', context: 'Be the greenest caterer in the region' }).criteria
      .relevant;
    expect(r.score).toBeLessThan(0.5);
    expect(r.tip).toContain('Be the greenest caterer');
  });
});

describe('Time-bound', () => {
  it.each([
    'Sell 500 hampers by Q3 2027',
    'Sell 500 hampers in FY2027',
    'Sell 500 hampers by 31 March',
    'Sell 500 hampers by 2027-03-31',
    'Sell 500 hampers next quarter',
    'Sell 500 hampers within 6 months',
    'Sell 500 hampers by end of year',
    'Sell 500 hampers this year',
    'Sell 500 hampers by the next board meeting',
  ])('rates %j as time-bound, with no tip', (goal) => {
    const t = criteria(goal).timeBound;
    expect(t.score).toBeGreaterThanOrEqual(0.8);
    expect(t.tip).toBeNull();
  });

  it.each([
    ['Sell 50 hampers every week', 'every week'],
    ['Grow monthly visitors to 5,000', 'monthly'],
    ['Sell 500 hampers soon', 'soon'],
    ['Sell 500 hampers', ''],
  ])('rates %j as not time-bound: a frequency or a vague word is no deadline', (goal, words) => {
    const t = criteria(goal).timeBound;
    expect(t.score).toBeLessThan(0.2);
    expect(t.reason).toContain(words);
    expect(t.tip).not.toBeNull();
  });

  it('reads a period that names the object ("the Q2 pipeline") more weakly than a deadline ("by Q2")', () => {
    expect(criteria('Source 20% of the Q2 pipeline').timeBound.score).toBeLessThan(
      criteria('Source 20% of the pipeline by Q2').timeBound.score,
    );
  });

  it('resolves "by 31 March" to the next 31 March after today', () => {
    const t = criteria('Sell 500 hampers by 31 March').timeBound;
    expect(t.evidence[0]).toEqual({ kind: 'deadline', text: '31 march' });
  });

  it('does not read "may" the verb as the month', () => {
    expect(criteria('We may open a kiosk').timeBound.score).toBeLessThan(0.2);
    expect(criteria('Open a kiosk by May').timeBound.score).toBeGreaterThanOrEqual(0.8);
  });

  it('suggests a concrete deadline computed from today', () => {
    expect(criteria('Open a kiosk').timeBound.tip).toBe(SMART_MESSAGES.TIME_BOUND.tipNone('30 September 2026'));
  });

  it('flags a date in the text that is already past', () => {
    expect(criteria('Open a kiosk by 1 March 2026').timeBound.score).toBe(0.5);
  });
});
