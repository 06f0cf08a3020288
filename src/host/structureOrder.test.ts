import { serialFromYmd } from '../core/dates/serial';
import { confidenceWord, type StructureCorrections } from '../core/structure';
import { createRudderFunctions } from '../functions/registry';
import { BAKERY_SAMPLE } from '../sample/bakery';
import { loadSample } from '../sample/load';
import { MemoryWorkbook } from './memory/memoryWorkbook';
import { applyStructure, planProposal, proposeStructure, type StructureProposal } from './structureApply';

const TODAY = serialFromYmd(2027, 1, 15);

async function bakery(): Promise<MemoryWorkbook> {
  const port = new MemoryWorkbook({ functions: createRudderFunctions(() => TODAY) });
  await loadSample(port, BAKERY_SAMPLE);
  return port;
}

async function propose(port: MemoryWorkbook, sheet: string): Promise<StructureProposal> {
  const result = await proposeStructure(port, { sheet });
  if (!result.ok) throw new Error(result.reason);
  return result.proposal;
}

/** What a person changes on each sheet: on Goals, Now is the baseline and Aim the target; on KPIs, C links to goals. The Area column is left to Structure. */
const USER_FIXES: Readonly<Record<string, Readonly<Record<string, 'baseline' | 'target' | 'link'>>>> = {
  Goals: { F: 'baseline', G: 'target' },
  KPIs: { C: 'link' },
  Strategy: {},
};

async function structure(port: MemoryWorkbook, sheet: string): Promise<string> {
  const proposal = await propose(port, sheet);
  const base = proposal.corrections[0];
  const corrections: StructureCorrections = { ...base, roles: { ...base.roles, ...USER_FIXES[sheet] } };
  const result = planProposal(proposal, 0, corrections, TODAY);
  if (!result.ok) throw new Error(result.reason);
  return (await applyStructure(port, result.plan, TODAY)).message;
}

async function rudderTables(port: MemoryWorkbook): Promise<unknown> {
  const out: Record<string, unknown> = {};
  for (const name of ['RudderStrategy', 'RudderGoals', 'RudderKPIs']) {
    const table = await port.readTable(name);
    out[name] = table && { headers: table.headers, rows: table.rows };
  }
  return out;
}

describe('Structure does not depend on the order sheets are structured in', () => {
  it('gives the same strategy, goals (with their pillar links) and KPIs for Strategy first and Strategy last', async () => {
    const first = await bakery();
    for (const sheet of ['Strategy', 'Goals', 'KPIs']) await structure(first, sheet);
    const last = await bakery();
    for (const sheet of ['Goals', 'KPIs']) await structure(last, sheet);
    const message = await structure(last, 'Strategy');
    expect(message).toContain("The goals from 'Goals' now link to the pillars and values they name.");
    const expected = await rudderTables(first);
    expect(await rudderTables(last)).toEqual(expected);
    const goals = (expected as { RudderGoals: { headers: string[]; rows: unknown[][] } }).RudderGoals;
    expect(goals.rows.map((r) => r[goals.headers.indexOf('Pillar')])).toContain('Product & craft');
  });

  it("keeps the user's own choices on a later run and shows only those as chosen", async () => {
    const port = await bakery();
    await structure(port, 'Goals');
    await structure(port, 'Strategy');
    const again = await propose(port, 'Goals');
    const table = again.tables[0];
    const chosen = table.columns
      .filter((c) => again.corrections[0].roles[c.column] !== c.role)
      .map((c) => c.column)
      .sort();
    // F was the user's; D (Area) was Structure's own guess and is now the pillar link it proposes.
    expect(chosen).toContain('F');
    expect(chosen).not.toContain('D');
    expect(again.corrections[0].roles.D).toBe('link');
  });

  it('never shows a column it will not copy as "sure"', async () => {
    const port = await bakery();
    for (const sheet of ['Goals', 'KPIs', 'Strategy']) {
      const proposal = await propose(port, sheet);
      for (const col of proposal.tables[0].columns)
        if (col.role === 'other')
          expect([col.column, confidenceWord(col.confidence)]).not.toEqual([col.column, 'sure']);
    }
  });
});
