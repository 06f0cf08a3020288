import { createWizardState, parseWizardState, serializeWizardState, type SwotWizardState } from '../../core/swot';
import {
  acceptImported,
  addItem,
  chooseBusinessType,
  deleteItem,
  dropGoal,
  editItem,
  goTo,
  goalsToWrite,
  itemsOf,
  moveItem,
  removeStrategy,
  restoreGoal,
  setGoalText,
  strategyFor,
  writeStrategy,
} from './wizardModel';

function started(): SwotWizardState {
  return chooseBusinessType(createWizardState(), 'food-hospitality');
}

function withItems(): SwotWizardState {
  let s = started();
  s = addItem(s, 'strength', 'Sourdough with a loyal following', { impact: 5 }).state;
  s = addItem(s, 'strength', 'Corner spot near the station').state;
  s = addItem(s, 'opportunity', 'Office catering', { impact: 4 }).state;
  return s;
}

describe('the SWOT wizard state changes', () => {
  it('moves on to Strengths once a business type is chosen, and keeps the step when it is changed later', () => {
    const s = started();
    expect(s).toMatchObject({ businessType: 'food-hospitality', step: 'strength' });
    expect(chooseBusinessType({ ...s, step: 'review' }, 'retail').step).toBe('review');
  });

  it('adds items with quadrant IDs and impact 3 unless given', () => {
    const s = withItems();
    expect(s.items.map((i) => [i.id, i.text, i.impact])).toEqual([
      ['S-1', 'Sourdough with a loyal following', 5],
      ['S-2', 'Corner spot near the station', 3],
      ['O-1', 'Office catering', 4],
    ]);
  });

  it('refuses a duplicate in the same quadrant and says which item it repeats', () => {
    const s = withItems();
    const again = addItem(s, 'strength', '  sourdough with a LOYAL following. ');
    expect(again.state).toBe(s);
    expect(again.issues.map((i) => i.message)).toEqual(['This item is already listed as S-1.']);
  });

  it('refuses an empty item and keeps the state', () => {
    const s = withItems();
    const change = addItem(s, 'threat', '   ');
    expect(change.state).toBe(s);
    expect(change.issues[0].code).toBe('text-required');
  });

  it('shortens a very long item but keeps every word in Evidence', () => {
    const long = `Our bakers ${'really '.repeat(60)}know the craft`;
    const change = addItem(started(), 'strength', long);
    const item = change.state.items[0];
    expect(item.text.length).toBeLessThanOrEqual(200);
    expect(item.evidence).toBe(long);
    expect(change.issues.map((i) => i.code)).toContain('text-truncated');
  });

  it('never hands a deleted item ID to a new item while a strategy still points at it', () => {
    let s = withItems();
    s = writeStrategy(s, 'SO', ['S-2', 'O-1'], 'Cater for offices from the corner shop');
    s = deleteItem(s, 'S-2');
    expect(s.strategies[0].from).toEqual(['O-1']);
    expect(s.strategies[0].text).toBe('Cater for offices from the corner shop');
    // The strategy no longer links S-2, so a fresh ID is safe only above the highest still in use.
    const added = addItem(s, 'strength', 'Two experienced bakers').state;
    expect(added.items.map((i) => i.id)).toEqual(['S-1', 'O-1', 'S-2']);
  });

  it('edits words, impact and evidence; blank words are not saved and the old ones stay', () => {
    let s = withItems();
    s = editItem(s, 'S-2', { text: 'Corner spot on the high street', impact: 4, evidence: 'Footfall 900/day' }).state;
    expect(s.items[1]).toMatchObject({
      text: 'Corner spot on the high street',
      impact: 4,
      evidence: 'Footfall 900/day',
    });
    const blank = editItem(s, 'S-2', { text: '  ' });
    expect(blank.state).toBe(s);
    expect(blank.issues[0].code).toBe('text-required');
  });

  it('saves an edit that repeats another item, with a warning rather than fighting the typing', () => {
    const change = editItem(withItems(), 'S-2', { text: 'Sourdough with a loyal following' });
    expect(change.state.items[1].text).toBe('Sourdough with a loyal following');
    expect(change.issues).toEqual([expect.objectContaining({ code: 'duplicate', severity: 'warning' })]);
  });

  it('moves an item up and down within its own quadrant only', () => {
    let s = withItems();
    s = moveItem(s, 'S-2', -1);
    expect(itemsOf(s, 'strength').map((i) => i.id)).toEqual(['S-2', 'S-1']);
    expect(moveItem(s, 'S-2', -1)).toBe(s);
    expect(moveItem(s, 'O-1', 1)).toBe(s);
    s = moveItem(s, 'S-2', 1);
    expect(itemsOf(s, 'strength').map((i) => i.id)).toEqual(['S-1', 'S-2']);
  });

  it('takes imported items in quadrant order with their impact and cell, skipping ones already there', () => {
    const outcome = acceptImported(withItems(), [
      { quadrant: 'threat', text: 'Supermarket bakery opening', sheet: 'SWOT', cell: 'C10', impact: 5 },
      { quadrant: 'strength', text: 'Corner spot near the station', sheet: 'SWOT', cell: 'A6' },
      { quadrant: 'weakness', text: 'No online ordering', sheet: 'SWOT', cell: 'C5' },
    ]);
    expect(outcome).toMatchObject({ added: 2, skipped: 1 });
    expect(outcome.state.items.slice(3).map((i) => [i.id, i.text, i.impact, i.evidence])).toEqual([
      ['W-1', 'No online ordering', 3, 'From SWOT!C5'],
      ['T-1', 'Supermarket bakery opening', 5, 'From SWOT!C10'],
    ]);
  });

  it('keeps a strategy exactly as typed, even one that looks like a formula, and finds it by its pairing', () => {
    let s = writeStrategy(withItems(), 'SO', ['S-1', 'O-1'], '=1+1');
    s = writeStrategy(s, 'SO', ['S-1', 'O-1'], '=1+1 ');
    expect(s.strategies).toEqual([{ id: 'SO-1', type: 'SO', text: '=1+1 ', from: ['S-1', 'O-1'], goal: null }]);
    expect(strategyFor(s, 'SO', ['S-1', 'O-1'])?.id).toBe('SO-1');
    expect(removeStrategy(s, 'SO-1').strategies).toEqual([]);
  });

  it('pre-fills a draft goal for each written strategy on reaching Goals, once', () => {
    let s = writeStrategy(withItems(), 'SO', ['S-1', 'O-1'], 'Sell lunch boxes to offices');
    s = writeStrategy(s, 'SO', ['S-2', 'O-1'], '');
    s = goTo(s, 'goals');
    expect(s.step).toBe('goals');
    expect(s.chosenGoals).toEqual([
      { strategyId: 'SO-1', text: 'Sell lunch boxes to offices within 12 months', goalId: null },
    ]);
    s = setGoalText(s, 'SO-1', 'Sell 40 lunch boxes a week to offices by June 2027');
    expect(goTo(goTo(s, 'tows'), 'goals').chosenGoals[0].text).toBe(
      'Sell 40 lunch boxes a week to offices by June 2027',
    );
  });

  it('leaves a strategy without a goal when asked, does not draft it again, and brings it back on request', () => {
    let s = goTo(writeStrategy(withItems(), 'SO', ['S-1', 'O-1'], 'Sell lunch boxes to offices'), 'goals');
    s = dropGoal(s, 'SO-1');
    expect(goalsToWrite(s)).toEqual([]);
    expect(goalsToWrite(goTo(goTo(s, 'tows'), 'goals'))).toEqual([]);
    s = restoreGoal(s, 'SO-1');
    expect(goalsToWrite(s).map((g) => g.text)).toEqual(['Sell lunch boxes to offices within 12 months']);
  });

  it('does not drop a goal already written to the workbook', () => {
    let s = goTo(writeStrategy(withItems(), 'SO', ['S-1', 'O-1'], 'Sell lunch boxes'), 'goals');
    s = { ...s, chosenGoals: s.chosenGoals.map((g) => ({ ...g, goalId: 'G-004' })) };
    expect(goalsToWrite(dropGoal(s, 'SO-1'))).toHaveLength(1);
    expect(removeStrategy(s, 'SO-1')).toBe(s);
  });

  it('survives a save and reload with every change intact', () => {
    let s = writeStrategy(withItems(), 'ST', ['S-1', 'O-1'], '=1+1');
    s = goTo(s, 'goals');
    expect(parseWizardState(serializeWizardState(s))).toEqual({ state: s, warnings: [] });
  });

  it('keeps working with hundreds of items', () => {
    let s = started();
    for (let i = 0; i < 400; i++) s = addItem(s, i % 2 ? 'threat' : 'strength', `Item number ${i}`).state;
    expect(itemsOf(s, 'threat')).toHaveLength(200);
    expect(s.items[399].id).toBe('T-200');
  });
});
