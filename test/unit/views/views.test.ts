import { applyStructure, planProposal, proposeStructure } from '../../../src/host/structureApply';
import { fromSampleWorkbook } from '../../../src/host/memory';
import { BAKERY_SAMPLE } from '../../../src/sample/bakery';
import { createRudderFunctions } from '../../../src/functions/registry';
import { allViews, differences, todaySerial } from './allViews';
import { checkinKpis } from '../../../src/core/checkin';
import { readStrategyModel } from '../../../src/host/readStrategyModel';

jest.setTimeout(120_000);

describe('one set of numbers in every view of the sample', () => {
  it('shows the same score, findings, SMART scores, statuses and progress (KPIs read from their monthly history included) in the pane, the Alignment sheet, the tables, the advisor copy and the report', async () => {
    const today = todaySerial();
    const port = await fromSampleWorkbook(BAKERY_SAMPLE, { functions: createRudderFunctions(() => today) });
    for (const sheet of ['Strategy', 'Goals', 'KPIs', 'Monthly numbers']) {
      const proposed = await proposeStructure(port, { sheet });
      if (!proposed.ok) throw new Error(proposed.reason);
      const planned = planProposal(proposed.proposal, 0, proposed.proposal.corrections[0], today);
      if (!planned.ok) throw new Error(planned.reason);
      await applyStructure(port, planned.plan, today);
    }
    expect((await port.readTable('RudderHistory'))?.rows).toHaveLength(72);
    // The Outlook column, computed by the engine from each KPI's history, is what the check-in and the CLI say.
    const kpis = await port.readTable('RudderKPIs');
    const model = await readStrategyModel(port);
    const outlooks = checkinKpis(model, today).map((k) => [
      k.id,
      k.history.length > 0 ? (k.outlook?.outlook ?? null) : null,
    ]);
    const at = (h: string): number => kpis?.headers.indexOf(h) ?? -1;
    const shown = new Map(kpis?.rows.map((r) => [r[at('ID')], r[at('Outlook')]]));
    expect(outlooks.map(([id]) => [id, shown.get(id) ?? null])).toEqual(outlooks);
    expect(shown.get('K-001')).toBe('Projected to miss');
    const views = await allViews(port, today);
    expect(differences(views)).toEqual([]);
    expect(views.pane.goals.size).toBe(10);
    expect(views.tables.goals.size).toBe(10);
    expect(views.advisorCopy.kpis.size).toBe(10);
    expect(views.report.kpis.size).toBe(10);
  });
});
