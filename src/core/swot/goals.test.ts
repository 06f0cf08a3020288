import { SWOT_MESSAGES } from './messages';
import { draftGoalFromStrategy } from './goals';
import type { SwotItem, TowsStrategy } from './types';

const items: SwotItem[] = [
  { id: 'S-1', quadrant: 'strength', text: 'Loyal regulars', impact: 5, evidence: '', goals: [] },
  { id: 'O-1', quadrant: 'opportunity', text: 'Office catering demand', impact: 4, evidence: '', goals: [] },
];
const strategy = (text: string): TowsStrategy => ({ id: 'SO-1', type: 'SO', text, from: ['S-1', 'O-1'], goal: null });

describe('draftGoalFromStrategy', () => {
  it('links the draft to the strategy and its SWOT items', () => {
    const d = draftGoalFromStrategy(strategy('Launch office lunch boxes'), items);
    expect(d.links).toEqual(['SO-1', 'S-1', 'O-1']);
  });

  it('adds a deadline when the strategy has none, and asks for a number', () => {
    const d = draftGoalFromStrategy(strategy('launch office lunch boxes.'), items);
    expect(d.text).toBe('Launch office lunch boxes within 12 months');
    expect(d.hints).toEqual([SWOT_MESSAGES.goalHintDeadline, SWOT_MESSAGES.goalHintMeasure]);
  });

  it('keeps a deadline and a number the owner already wrote', () => {
    const d = draftGoalFromStrategy(strategy('Sign 5 office catering clients by 30 June 2027'), items);
    expect(d.text).toBe('Sign 5 office catering clients by 30 June 2027');
    expect(d.hints).toEqual([]);
  });

  it('uses a given deadline phrase', () => {
    const d = draftGoalFromStrategy(strategy('Win 3 catering contracts'), items, { deadline: 'by 31 March 2027' });
    expect(d.text).toBe('Win 3 catering contracts by 31 March 2027');
    expect(d.hints).toEqual([]);
  });

  it('builds a sentence from the items when the strategy text is blank', () => {
    const d = draftGoalFromStrategy(strategy('   '), items);
    expect(d.text).toBe('Use loyal regulars to seize office catering demand within 12 months');
  });

  it('still drafts something when the linked items are gone', () => {
    const d = draftGoalFromStrategy({ id: 'WT-2', type: 'WT', text: '', from: ['W-9'], goal: null }, items);
    expect(d.text.startsWith(SWOT_MESSAGES.goalFallback)).toBe(true);
    expect(d.links).toEqual(['WT-2', 'W-9']);
  });
});
