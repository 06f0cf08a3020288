import { idPrefixes, rolesOffered } from './columns';
import { withStrategyLink } from './strategyLinks';
import { STRUCTURE_MESSAGES } from './messages';
import { initialCorrections, planStructure } from './plan';
import { parseMapping, mappingJson } from './mapping';
import { asExisting, column, firstTable, planOf, sheetOf, type TestCell } from './testing';
import type { StructureCorrections } from './types';

/** A strategy sheet as an owner keeps it: a title, a Type column in their own words, no IDs. */
const ownStrategy: TestCell[][] = [
  ['Who we are and where we are going'],
  [],
  ['Type', 'Statement'],
  ['Mission', 'Bake honest bread for our neighbourhood every morning.'],
  ['Vision', 'By 2030, the bakery the whole town names first.'],
  ['Values', 'Real ingredients and long fermentation, no shortcuts.'],
  ['core value', 'Know our regulars by name.'],
  ['Pillar', 'Product & craft'],
  ['Pillar', 'Neighbourhood & community'],
];

describe('planning a RudderStrategy table', () => {
  it('finds the type and statement columns of a strategy sheet', () => {
    const table = firstTable(sheetOf(ownStrategy, 'Strategy'));
    expect(table.kind).toBe('strategy');
    expect(table.columns.map((c) => [c.header, c.role])).toEqual([
      ['Type', 'type'],
      ['Statement', 'statement'],
    ]);
    expect(initialCorrections(table).kind).toBe('strategy');
  });

  it('writes Type, ID and Statement, with the types in Rudder words and an ID per type: M-1, VI-1, V-1, P-1', () => {
    const plan = planOf(sheetOf(ownStrategy, 'Strategy'));
    expect(plan.tableName).toBe('RudderStrategy');
    expect(plan.targetSheet).toBe('Strategy (Rudder)');
    expect(plan.columns.map((c) => c.header)).toEqual(['Type', 'ID', 'Statement']);
    expect(column(plan, 'Type')).toEqual(['Mission', 'Vision', 'Value', 'Value', 'Pillar', 'Pillar']);
    expect(column(plan, 'ID')).toEqual(['M-1', 'VI-1', 'V-1', 'V-2', 'P-1', 'P-2']);
    expect(column(plan, 'Statement')[4]).toBe('Product & craft');
    expect(plan.summary).toBe(
      "Adds sheet 'Strategy (Rudder)' with a table of 6 strategy statements; your sheet 'Strategy' is not changed.",
    );
    expect(plan.notes).toEqual([]);
  });

  it('keeps the IDs on the next run and numbers a new pillar after the highest pillar ever given', () => {
    const snapshot = sheetOf(ownStrategy, 'Strategy');
    const first = planOf(snapshot);
    // The mapping goes through the document settings between runs.
    const mapping = parseMapping(JSON.parse(JSON.stringify(mappingJson(first.mapping))));
    expect(mapping?.lastNumbers).toEqual({ M: 1, VI: 1, V: 2, P: 2, SI: 0 });
    const grown = sheetOf(
      [...ownStrategy.slice(0, 7), ['Pillar', 'Sound finances'], ...ownStrategy.slice(7)],
      'Strategy',
    );
    const second = planOf(grown, { existing: asExisting(first), mapping });
    // Rows already in the table keep their place; the new one comes last, as for goals and KPIs.
    expect(column(second, 'ID')).toEqual(['M-1', 'VI-1', 'V-1', 'V-2', 'P-1', 'P-2', 'P-3']);
    expect(column(second, 'Statement')[6]).toBe('Sound finances');
    expect(second.changes).toMatchObject({ added: 1, unchanged: 6 });
  });

  it('copies a row whose type Rudder does not know as written, and says so', () => {
    const plan = planOf(
      sheetOf(
        [...ownStrategy.slice(0, 5), ['Slogan', 'Bread worth getting up for.'], ...ownStrategy.slice(5)],
        'Strategy',
      ),
    );
    expect(column(plan, 'Type')[2]).toBe('Slogan');
    expect(column(plan, 'ID')[2]).toBe('SI-1');
    expect(plan.notes).toEqual([STRUCTURE_MESSAGES.unknownStrategyTypes(1)]);
  });

  it('refuses a strategy without a type column, saying which role to choose', () => {
    const snapshot = sheetOf(ownStrategy, 'Strategy');
    const table = firstTable(snapshot);
    const corrections = initialCorrections(table);
    const result = planStructure({
      table,
      snapshot,
      corrections: { ...corrections, roles: { ...corrections.roles, A: 'other' } },
      existing: null,
      mapping: null,
      sheetNames: ['Strategy'],
      today: 46400,
    });
    expect(result).toEqual({ ok: false, reason: STRUCTURE_MESSAGES.noTypeColumn });
  });

  it('refuses a kind of table it does not make, naming the three it does', () => {
    const snapshot = sheetOf(ownStrategy, 'Strategy');
    const table = firstTable(snapshot);
    const corrections = { ...initialCorrections(table), kind: 'swot' } as unknown as StructureCorrections;
    const result = planStructure({
      table,
      snapshot,
      corrections,
      existing: null,
      mapping: null,
      sheetNames: [],
      today: 1,
    });
    expect(result).toEqual({ ok: false, reason: STRUCTURE_MESSAGES.unknownKind });
    expect(STRUCTURE_MESSAGES.unknownKind).toContain('"Goals", "KPIs" or "Strategy"');
  });

  it('gives strategy IDs no other Rudder table uses, so a link to one is never ambiguous', () => {
    // Goals, KPIs, SWOT items (S, W, O, T) and TOWS strategies (SO, ST, WO, WT), as DESIGN §2 numbers them.
    const taken = ['G', 'K', 'S', 'W', 'O', 'T', 'SO', 'ST', 'WO', 'WT'];
    for (const prefix of idPrefixes('strategy')) expect(taken).not.toContain(prefix);
  });

  it('offers the type and statement roles for a strategy table only', () => {
    expect(rolesOffered('strategy')).toEqual(expect.arrayContaining(['id', 'type', 'statement', 'other']));
    for (const kind of ['goals', 'kpis'] as const) {
      expect(rolesOffered(kind)).not.toContain('type');
      expect(rolesOffered(kind)).not.toContain('statement');
      expect(rolesOffered(kind)).toEqual(expect.arrayContaining(['goal', 'kpi', 'link', 'other']));
    }
  });
});

describe('proposing the Pillar link from the strategy table', () => {
  const strategyNames = ['M-1', 'Bake honest bread', 'P-1', 'Product & craft', 'P-2', 'Neighbourhood & community'];
  const goalsWith = (area: readonly TestCell[]): TestCell[][] => [
    ['Ref', 'Goal', 'Who', 'Area', 'By when'],
    ['G-001', 'Raise weekday sourdough sales from 120 to 160 loaves a week', 'Maya', area[0], '2027-06-30'],
    ['G-002', 'Open a counter at the Saturday market every week', 'Priya', area[1], '2027-04-01'],
    ['G-003', 'Cut end-of-day waste from 9% to 5% of what we bake', 'Jon', area[2], '2027-09-30'],
    ['G-004', 'Train two new bakers for the early shift', 'Maya', area[3], '2027-03-31'],
  ];
  const roleOfArea = (table: ReturnType<typeof firstTable>): string | undefined =>
    table.columns.find((c) => c.header === 'Area')?.role;

  it('takes a column whose cells name pillars (by name or ID, in any case) as the link', () => {
    const snapshot = sheetOf(goalsWith(['Product & craft', 'neighbourhood & community', 'P-1', null]), 'Goals');
    const table = firstTable(snapshot);
    expect(roleOfArea(table)).toBe('other');
    const linked = withStrategyLink(table, snapshot, strategyNames);
    expect(linked.columns.find((c) => c.header === 'Area')).toMatchObject({ role: 'link', confidence: 0.8 });
    expect(linked.columns.find((c) => c.header === 'Area')?.alternatives[0]).toMatchObject({ role: 'other' });
    expect(planOf(snapshot, { table: linked }).rows.map((r) => r[2])).toEqual([
      'Product & craft',
      'neighbourhood & community',
      'P-1',
      null,
    ]);
  });

  it('leaves a column alone when most of its cells name something else, or when there is no strategy', () => {
    const snapshot = sheetOf(goalsWith(['North', 'South', 'Product & craft', 'East']), 'Goals');
    const table = firstTable(snapshot);
    expect(withStrategyLink(table, snapshot, strategyNames)).toBe(table);
    const named = sheetOf(goalsWith(['Product & craft', 'P-2', 'P-1', 'P-2']), 'Goals');
    expect(withStrategyLink(firstTable(named), named, [])).toEqual(firstTable(named));
  });
});
