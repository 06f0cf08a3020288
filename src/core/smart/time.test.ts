import { formatSerialLong, serialFromYmd } from '../dates';
import { compileLexicon } from './compile';
import { readFacts } from './facts';
import { goalText } from './text';
import { analyzeGoal, EN, SMART_MESSAGES } from './index';
import { easterOf, weekdayOf } from './timeNamed';

/** Monday 1 June 2026. */
const ASOF = serialFromYmd(2026, 6, 1);
const criteria = (text: string) => analyzeGoal({ text }, { asOf: ASOF }).criteria;
const dueOf = (text: string): string | null => {
  const serial = readFacts(
    goalText(text),
    { due: null, baseline: null, target: null, context: '', asOf: ASOF },
    compileLexicon(EN),
  ).time.dueSerial;
  return serial === null ? null : formatSerialLong(serial);
};

describe('time limits on each occurrence ("within 24 hours", "the same day")', () => {
  it.each([
    ['Reply to every enquiry within 24 hours', 'within 24 hours'],
    ['Answer all complaints within 48 hours', 'within 48 hours'],
    ['Dispatch orders the same day', 'the same day'],
    ['Ship every order same-day', 'same day'],
    ['Reply to quotes within 2 working days', 'within 2 working days'],
    ['Call back missed calls within the hour', 'within the hour'],
  ])('does not count the window in %j as a deadline, and tips an overall date', (goal, window) => {
    const t = criteria(goal).timeBound;
    expect(t.score).toBeLessThan(0.5);
    expect(t.reason).toBe(SMART_MESSAGES.TIME_BOUND.window(window));
    expect(t.tip).toMatch(/^Add an end date/);
  });

  it('still reads the hours of a window as a measure', () => {
    expect(criteria('Reply to every enquiry within 24 hours').measurable.score).toBeGreaterThanOrEqual(0.8);
  });

  it("does not take a window for the goal's deadline, so no pace is judged over 24 hours", () => {
    expect(dueOf('Reply to every enquiry within 24 hours')).toBeNull();
  });

  it.each(['Offer same-day delivery in Leeds', 'Train the team for 2 hours'])(
    'does not read %j as a time limit',
    (goal) => {
      const t = criteria(goal).timeBound;
      expect(t.score).toBeLessThan(0.2);
      expect(t.reason).toBe(SMART_MESSAGES.TIME_BOUND.none);
    },
  );
});

describe('deadlines named by a day, a holiday or a season', () => {
  it.each([
    ['Send the quotes by Friday', 0.9, '5 June 2026'],
    ['Hit £20k sales by the end of the month', 0.9, '30 June 2026'],
    ['Sell 300 hampers by Christmas', 1, '25 December 2026'],
    ['Launch the new menu by Easter', 1, '28 March 2027'],
    ['Open the terrace before summer 2027', 1, '1 June 2027'],
    ['Launch outside catering in 2027', 1, '31 December 2027'],
    ['Repaint the shop by spring', 0.9, '1 March 2027'],
    ['Sell 200 ice creams a day this summer', 0.9, '31 August 2026'],
    ['Finish the fit-out by the end of summer', 0.9, '31 August 2026'],
    ['Open the second stall in winter', 0.9, '28 February 2027'],
  ])('reads %j as time-bound (at least %d), due %s', (goal, score, due) => {
    expect(criteria(goal).timeBound.score).toBeGreaterThanOrEqual(Math.min(score, 0.8));
    expect(dueOf(goal)).toBe(due);
  });

  it('reads "every Friday" as a cycle, not a deadline', () => {
    expect(criteria('Clean the ovens every Friday').timeBound.reason).toBe(
      SMART_MESSAGES.TIME_BOUND.recurring('every friday'),
    );
  });

  it.each([
    'Launch the summer menu',
    'Finish the fit-out',
    'Set up online ordering',
    'Match the sales we had two years ago',
    'Open on Fridays',
  ])('finds no deadline in %j', (goal) => {
    expect(criteria(goal).timeBound.score).toBeLessThan(0.5);
  });

  it('reads "by Friday" on a Friday as today', () => {
    const friday = serialFromYmd(2026, 6, 5);
    const serial = readFacts(
      goalText('Send the quotes by Friday'),
      { due: null, baseline: null, target: null, context: '', asOf: friday },
      compileLexicon(EN),
    ).time.dueSerial;
    expect(serial).toBe(friday);
  });

  it('knows the weekday of a serial and the date of Easter', () => {
    expect(weekdayOf(ASOF)).toBe(1);
    expect(weekdayOf(serialFromYmd(2027, 12, 25))).toBe(6);
    expect(easterOf(2024)).toEqual({ month: 3, day: 31 });
    expect(easterOf(2025)).toEqual({ month: 4, day: 20 });
    expect(easterOf(2026)).toEqual({ month: 4, day: 5 });
    expect(easterOf(2038)).toEqual({ month: 4, day: 25 });
  });

  it('without today, still counts a named day as time-bound', () => {
    expect(analyzeGoal({ text: 'Sell 300 hampers by Christmas' }).criteria.timeBound.score).toBeGreaterThanOrEqual(0.9);
    expect(analyzeGoal({ text: 'Send the quotes by Friday' }).criteria.timeBound.score).toBeGreaterThanOrEqual(0.8);
  });
});
