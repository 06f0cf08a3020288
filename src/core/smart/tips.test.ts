import { serialFromYmd } from '../dates';
import { analyzeGoal, formatTips, SMART_MESSAGES } from './index';
import { aOrAn } from './messages';

const ASOF = serialFromYmd(2026, 6, 1);
const tipsOf = (goal: string): readonly string[] => analyzeGoal({ text: goal }, { asOf: ASOF }).tips;
const criteria = (goal: string) => analyzeGoal({ text: goal }, { asOf: ASOF }).criteria;

/** Goals as small businesses write them: vague, activity-only, SMART, oddly phrased, with many verbs. */
const GOALS = [
  'Improve things',
  'Be better',
  'Grow',
  'Have weekly team meetings',
  '10x revenue next month',
  'Do more marketing',
  'Do it',
  'Increase sales',
  'Make more money',
  'Make the shop look nicer',
  'Get more customers',
  'Get better at invoicing',
  'Launch the new website',
  'Launch',
  'Hire two bakers',
  'Hire',
  'Open a second shop by spring',
  'Open on Sundays',
  'Train all staff on food safety',
  'Cut costs',
  'Reduce waste',
  'Keep customers happy',
  'Keep the on-time delivery rate',
  'Maintain our 5-star rating',
  'Win three new wholesale contracts by Christmas',
  'Win',
  'Answer every customer email within 24 hours',
  'Deliver all orders the same day',
  'Post on Instagram three times a week',
  'We want to grow the business',
  'Customer satisfaction',
  'Focus on social media',
  'Improve customer service',
  'Be the best bakery in town',
  'Tidy the stockroom',
  'Halve delivery times',
  'Increase newsletter sign-ups',
  'Double online orders next month',
  'Grow revenue from 100 to 118 within 1 month',
  'Cut fuel spend by 8% over 2 years',
  'Reduce customer complaints from 40 to 10 a month by 30 June 2027',
  'more sales!!',
  'Sales up 18% vs last year',
];

describe('tips read naturally for every goal', () => {
  const all = GOALS.flatMap((goal) => tipsOf(goal).map((tip) => ({ goal, tip })));

  it('checks enough tips to mean something', () => {
    expect(GOALS.length).toBeGreaterThanOrEqual(30);
    expect(all.length).toBeGreaterThan(100);
  });

  it('never glues a preposition and a placeholder to a bare verb', () => {
    for (const { goal, tip } of all)
      expect({ goal, tip, glued: /'[\w-]+ (of|for|to|from|by) \[/i.test(tip) }).toEqual({ goal, tip, glued: false });
  });

  it('never quotes a one-word goal followed by more words, as in "\'grow of…\'" or "\'have from…\'"', () => {
    for (const goal of GOALS.filter((g) => !g.includes(' '))) {
      for (const tip of tipsOf(goal)) expect(tip.toLowerCase()).not.toContain(`'${goal.toLowerCase()} `);
    }
  });

  it('has no doubled words', () => {
    for (const { goal, tip } of all)
      expect({ goal, doubled: /\b(\w+) \1\b/i.exec(tip)?.[0] ?? null }).toEqual({ goal, doubled: null });
  });

  it('uses "an" before 8, 11 and 18 and "a" before other numbers', () => {
    for (const { tip } of all) {
      expect(tip).not.toMatch(/\ba (8|11|18)\b|\ba (8\d*|11|18)[%x]/);
      expect(tip).not.toMatch(/\ban (?!8|11\b|11[%x,]|18\b|18[%x])\d/);
    }
  });

  it('ends every tip with a full stop and keeps it under 200 characters', () => {
    for (const { goal, tip } of all) {
      expect({ goal, tip, end: tip.endsWith('.') }).toEqual({ goal, tip, end: true });
      expect(tip.length).toBeLessThan(200);
    }
  });

  it('names each weak criterion in the one-cell summary', () => {
    for (const goal of GOALS) expect(formatTips(analyzeGoal({ text: goal }, { asOf: ASOF })).length).toBeGreaterThan(0);
  });
});

describe("tips use the goal's own words only where they fit", () => {
  it('asks how much in the words of a change verb and its object', () => {
    expect(criteria('Increase sales').measurable.tip).toBe(
      "Say how much, e.g. 'increase sales from [today] to [target]'.",
    );
    expect(criteria('Cut costs').measurable.tip).toContain("'cut costs from [today] to [target]'");
  });

  it('gives a verb like "have" a general way to add a number instead of "have from [today]"', () => {
    const tip = criteria('Have weekly team meetings').measurable.tip ?? '';
    expect(tip).toMatch(/^Add a number to check it by/);
    expect(tip).not.toContain("'have");
  });

  it('rewrites a vague goal as a whole with a concrete example', () => {
    expect(criteria('Improve things').specific.tip).toBe(
      "Replace 'improve', 'things' with a change you can see or count, and say for whom, e.g. 'increase repeat orders from office customers'.",
    );
    expect(criteria('Be better').specific.tip).toContain("Replace 'better'");
  });

  it('names only the broad verb when the object is already concrete', () => {
    expect(criteria('Improve customer service').specific.tip).toMatch(
      /^Replace 'improve' with a change you can see or count, and say for whom/,
    );
  });

  it('asks what a bare verb applies to without gluing words to it', () => {
    expect(criteria('Hire').specific.tip).toMatch(/^Say what you will hire and for whom/);
  });

  it('gives a goal that opens with a number a full example', () => {
    expect(criteria('10 things').specific.tip).toMatch(/^Name what you will change and for whom, e.g. '/);
  });

  it("keeps the user's capitals when quoting their words", () => {
    expect(criteria('Post on Instagram three times a week').relevant.tip).toContain(
      "'post on Instagram to win 20 new customers'",
    );
  });

  it('does not read the "sign" of "sign-ups" as a deliverable', () => {
    expect(criteria('Increase newsletter sign-ups').measurable.tip).toContain(
      "'increase newsletter sign-ups from [today] to [target]'",
    );
  });

  it('suggests a plausible target with the right article', () => {
    expect(criteria('Grow revenue from 100 to 118 within 1 month').achievable.tip).toBe(
      SMART_MESSAGES.ACHIEVABLE.tipStretch('a target of about 110'),
    );
    expect(criteria('Triple bookings by next week').achievable.tip).toMatch(/about an? [\d.]+% increase/);
  });
});

describe('aOrAn', () => {
  it.each([
    ['8%', 'an'],
    ['11% increase', 'an'],
    ['18x increase', 'an'],
    ['80% cut', 'an'],
    ['800', 'an'],
    ['11,000', 'an'],
    ['8.5x increase', 'an'],
    ['1.5x increase', 'a'],
    ['110%', 'a'],
    ['180%', 'a'],
    ['21% increase', 'a'],
    ['1,100', 'a'],
    ['increase', 'an'],
    ['target', 'a'],
  ])('says %s with %s', (phrase, article) => {
    expect(aOrAn(phrase)).toBe(article);
  });
});
