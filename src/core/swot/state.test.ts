import { SWOT_MESSAGES } from './messages';
import {
  createWizardState,
  parseWizardState,
  serializeWizardState,
  SWOT_STATE_VERSION,
  type SwotWizardState,
} from './state';

const full: SwotWizardState = {
  version: SWOT_STATE_VERSION,
  step: 'tows',
  businessType: 'food-hospitality',
  items: [
    { id: 'S-1', quadrant: 'strength', text: 'Fresh bread daily', impact: 5, evidence: 'Reviews', goals: ['G-001'] },
    { id: 'T-3', quadrant: 'threat', text: '=HYPERLINK("http://x","y")', impact: 2, evidence: '', goals: [] },
  ],
  strategies: [{ id: 'SO-1', type: 'SO', text: 'Sell bread to offices', from: ['S-1'], goal: null }],
  chosenGoals: [{ strategyId: 'SO-1', text: 'Sign 5 offices by June', goalId: 'G-004' }],
};

describe('wizard state in document settings', () => {
  it('round-trips through its saved text', () => {
    const parsed = parseWizardState(serializeWizardState(full));
    expect(parsed.warnings).toEqual([]);
    expect(parsed.state).toEqual(full);
  });

  it('starts fresh at the first step', () => {
    const s = createWizardState();
    expect(s.step).toBe('business-type');
    expect(s.items).toEqual([]);
  });

  it('starts fresh with a warning for missing or garbled text, never throwing', () => {
    for (const text of [null, undefined, '', '{not json', '[1,2]', '42', 'null']) {
      const parsed = parseWizardState(text);
      expect(parsed.state).toEqual(createWizardState());
      expect(parsed.warnings).toHaveLength(1);
    }
    expect(parseWizardState('{oops').warnings).toEqual([SWOT_MESSAGES.stateUnreadable]);
  });

  it('refuses a save from a newer format instead of misreading it', () => {
    const parsed = parseWizardState(JSON.stringify({ ...full, version: SWOT_STATE_VERSION + 1 }));
    expect(parsed.state.items).toEqual([]);
    expect(parsed.warnings).toEqual([SWOT_MESSAGES.stateNewerVersion(SWOT_STATE_VERSION + 1)]);
  });

  it('keeps the good entries of a damaged save and counts the rest', () => {
    const damaged = {
      step: 'review',
      businessType: 'retail',
      items: [
        full.items[0],
        { id: 'W-1', quadrant: 'sideways', text: 'x' },
        'junk',
        { id: 'O-1', quadrant: 'opportunity', text: '  ' },
      ],
      strategies: [{ id: 'SO-1', type: 'XX', text: 'a' }, full.strategies[0]],
      chosenGoals: 'not a list',
    };
    const parsed = parseWizardState(JSON.stringify(damaged));
    expect(parsed.state.step).toBe('review');
    expect(parsed.state.businessType).toBe('retail');
    expect(parsed.state.items.map((i) => i.id)).toEqual(['S-1']);
    expect(parsed.state.strategies.map((s) => s.id)).toEqual(['SO-1']);
    expect(parsed.state.chosenGoals).toEqual([]);
    expect(parsed.warnings).toEqual([
      SWOT_MESSAGES.stateDroppedItems(3),
      SWOT_MESSAGES.stateDroppedStrategies(1),
      SWOT_MESSAGES.stateDroppedGoals(1),
    ]);
  });

  it('repairs what it safely can: unknown step, impact out of range, missing fields', () => {
    const parsed = parseWizardState(
      JSON.stringify({ step: 'warp', items: [{ id: 'S-1', quadrant: 'strength', text: 'Team', impact: 42 }] }),
    );
    expect(parsed.state.step).toBe('business-type');
    expect(parsed.state.items[0]).toEqual({
      id: 'S-1',
      quadrant: 'strength',
      text: 'Team',
      impact: 5,
      evidence: '',
      goals: [],
    });
    expect(parsed.warnings).toEqual([SWOT_MESSAGES.stateUnknownStep('warp')]);
  });

  it('saves and restores hundreds of items', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: `S-${i + 1}`,
      quadrant: 'strength' as const,
      text: `Strength number ${i + 1}`,
      impact: (i % 5) + 1,
      evidence: '',
      goals: [],
    }));
    const parsed = parseWizardState(serializeWizardState({ ...createWizardState('general'), items }));
    expect(parsed.state.items).toHaveLength(500);
    expect(parsed.state.items[499].text).toBe('Strength number 500');
  });
});
