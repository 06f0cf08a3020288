import { createWizardState, importSwot, type SwotWizardState } from '../core/swot';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { finishSwot } from './swotWrite';
import { acceptImported } from '../taskpane/swot/wizardModel';

/** A grid whose cells hold "item -> countermeasure", as owners often write their SWOT. */
const GRID = [
  ['Strengths', 'Weaknesses'],
  ['Bread baked on site -> Put the ovens in the window', 'No online ordering -> Take orders by phone and email'],
  ['Opportunities', 'Threats'],
  ['Offices near the station', 'Supermarket bakery opening -> Loyalty card for regulars'],
];

async function importedBook(): Promise<{ port: MemoryWorkbook; state: SwotWizardState }> {
  const port = new MemoryWorkbook();
  await port.addSheet('SWOT notes');
  await port.writeBlock('SWOT notes', 'A1', GRID);
  const found = importSwot([await port.readSheet('SWOT notes')]);
  const outcome = acceptImported(createWizardState('food-hospitality'), found.items, found.strategies);
  return { port, state: outcome.state };
}

describe('importing a SWOT with countermeasures, through to the TOWS table', () => {
  it('takes the countermeasures as TOWS strategies linked to their items, not as items', async () => {
    const { state } = await importedBook();
    expect(state.items.map((i) => [i.id, i.text])).toEqual([
      ['S-1', 'Bread baked on site'],
      ['W-1', 'No online ordering'],
      ['O-1', 'Offices near the station'],
      ['T-1', 'Supermarket bakery opening'],
    ]);
    expect(state.strategies.map((s) => [s.id, s.text, s.from])).toEqual([
      ['SO-1', 'Put the ovens in the window', ['S-1']],
      ['WO-1', 'Take orders by phone and email', ['W-1']],
      ['ST-1', 'Loyalty card for regulars', ['T-1']],
    ]);
  });

  it('writes the imported strategies to RudderTOWS when the wizard finishes', async () => {
    const { port, state } = await importedBook();
    await finishSwot(port, state);
    const tows = await port.readTable('RudderTOWS');
    if (!tows) throw new Error('no RudderTOWS table');
    const at = (header: string): unknown[] => tows.rows.map((r) => r[tows.headers.indexOf(header)]);
    expect(at('Strategy')).toEqual([
      'Put the ovens in the window',
      'Take orders by phone and email',
      'Loyalty card for regulars',
    ]);
    expect(at('From')).toEqual(['S-1', 'W-1', 'T-1']);
  });

  it('imports nothing twice when the same sheet is imported again', async () => {
    const { port, state } = await importedBook();
    const again = importSwot([await port.readSheet('SWOT notes')]);
    const outcome = acceptImported(state, again.items, again.strategies);
    expect(outcome).toMatchObject({ added: 0, skipped: 4, strategiesAdded: 0 });
    expect(outcome.state.strategies).toHaveLength(3);
  });
});
