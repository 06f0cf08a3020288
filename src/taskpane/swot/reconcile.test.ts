import { createWizardState, type SwotWizardState } from '../../core/swot';
import { cellError } from '../../core/grid/types';
import { SWOT_UI } from './messages';
import { reconcileWithWorkbook, type RowByHeader } from './reconcile';
import { addItem, goTo, writeStrategy } from './wizardModel';

function finished(): SwotWizardState {
  let s: SwotWizardState = { ...createWizardState('retail'), step: 'done' };
  s = addItem(s, 'strength', 'Friendly staff').state;
  s = addItem(s, 'weakness', 'No online shop').state;
  s = addItem(s, 'threat', 'Online giants').state;
  s = writeStrategy(s, 'ST', ['S-1', 'T-1'], 'Host tasting evenings');
  s = goTo(s, 'goals');
  return { ...s, chosenGoals: s.chosenGoals.map((g) => ({ ...g, goalId: 'G-003' })) };
}

const row = (
  id: string,
  quadrant: string,
  item: RowByHeader['Item'],
  impact: RowByHeader['Impact'] = 3,
): RowByHeader => ({
  ID: id,
  Quadrant: quadrant,
  Item: item,
  Impact: impact,
  Evidence: null,
  Goals: '',
});

describe('reopening a finished SWOT after the tables were edited by hand', () => {
  it('takes words and impacts changed in the sheet into the wizard', () => {
    const { state, notes } = reconcileWithWorkbook(finished(), {
      swot: [
        row('S-1', 'Strength', 'Friendly, expert staff', 5),
        row('W-1', 'Weakness', 'No online shop'),
        row('T-1', 'Threat', 'Online giants'),
      ],
      tows: null,
      goals: null,
    });
    expect(state.items[0]).toMatchObject({ id: 'S-1', text: 'Friendly, expert staff', impact: 5 });
    expect(notes).toEqual([SWOT_UI.reconcileEdited(1)]);
  });

  it('keeps items whose rows were deleted from the sheet, and says so', () => {
    const before = finished();
    const { state, notes } = reconcileWithWorkbook(before, {
      swot: [row('T-1', 'Threat', 'Online giants')],
      tows: null,
      goals: null,
    });
    expect(state.items).toEqual(before.items);
    expect(notes).toEqual([SWOT_UI.reconcileMissing(2)]);
  });

  it('is not confused by moved rows: it matches by ID, not by position', () => {
    const before = finished();
    const { state, notes } = reconcileWithWorkbook(before, {
      swot: [
        row('T-1', 'Threat', 'Online giants'),
        row('S-1', 'Strength', 'Friendly staff'),
        row('W-1', 'Weakness', 'No online shop'),
      ],
      tows: null,
      goals: null,
    });
    expect(state).toEqual(before);
    expect(notes).toEqual([]);
  });

  it('adds rows typed into the table by hand, with a fresh ID when theirs is missing or taken', () => {
    const { state } = reconcileWithWorkbook(finished(), {
      swot: [
        row('S-1', 'Strength', 'Friendly staff'),
        row('', 'Opportunity', 'Click and collect'),
        row('S-1', 'Strength', 'Late opening on Thursdays'),
      ],
      tows: null,
      goals: null,
    });
    expect(state.items.slice(3).map((i) => [i.id, i.text])).toEqual([
      ['O-1', 'Click and collect'],
      ['S-2', 'Late opening on Thursdays'],
    ]);
  });

  it('ignores error values and blank cells instead of wiping the wizard text', () => {
    const before = finished();
    const { state } = reconcileWithWorkbook(before, {
      swot: [
        row('S-1', 'Strength', cellError('#REF!'), cellError('#VALUE!')),
        row('W-1', 'Weakness', null),
        row('T-1', 'Threat', 'Online giants'),
      ],
      tows: [{ ID: 'ST-1', Type: 'ST', Strategy: cellError('#N/A'), From: 'S-1, T-1', Goal: 'G-003' }],
      goals: [{ ID: 'G-003', Goal: null }],
    });
    expect(state).toEqual(before);
  });

  it('takes a strategy and a goal reworded in their tables', () => {
    const { state } = reconcileWithWorkbook(finished(), {
      swot: null,
      tows: [{ ID: 'ST-1', Type: 'ST', Strategy: 'Host monthly tasting evenings', From: 'S-1, T-1', Goal: 'G-003' }],
      goals: [{ ID: 'G-003', Goal: 'Host 10 tasting evenings by December 2027' }],
    });
    expect(state.strategies[0].text).toBe('Host monthly tasting evenings');
    expect(state.chosenGoals[0].text).toBe('Host 10 tasting evenings by December 2027');
  });
});
