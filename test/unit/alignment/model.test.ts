import fc from 'fast-check';
import {
  buildStrategyModel,
  fieldCell,
  ModelError,
  normId,
  NO_RUDDER_TABLES,
  StrategyModelBuilder,
  type RawTable,
  type StrategyModel,
} from '../../../src/core/model';
import { digitsValue, looseId, plainIdDigits } from '../../../src/core/model/text';
import { CLEAN, d, edit, goals, kpis, strategy, swot, table, tows, workbook } from './fixtures';

describe('buildStrategyModel: finding the tables and columns', () => {
  it('says in plain words how to start when the workbook has no Rudder tables', () => {
    const model = buildStrategyModel([
      { name: 'Table1', sheet: 'Sheet1', range: 'A1:B2', headers: ['a', 'b'], rows: [[1, 2]] },
    ]);
    expect(model.isEmpty).toBe(true);
    expect(model.emptyReason).toBe(NO_RUDDER_TABLES);
    expect(model.goals).toEqual([]);
  });

  it('reads a Rudder table whatever Excel or a team added to its name, and no table that only mentions one', () => {
    const named = (name: string, sheet: string) => kpis([edit(CLEAN.kpis[0], { ID: `K-${name}` })], { name, sheet });
    const model = buildStrategyModel([
      named('RudderKPIs2', 'KPIs'),
      named('RudderKPIs_Sales', 'Sales'),
      named('rudderkpis.ops', 'Ops'),
      named('MyRudderKPIs', 'Mine'),
      named('KPIs', 'Plain'),
    ]);
    expect(model.tables.map((t) => [t.name, t.kind])).toEqual([
      ['RudderKPIs2', 'kpis'],
      ['RudderKPIs_Sales', 'kpis'],
      ['rudderkpis.ops', 'kpis'],
    ]);
    expect(model.kpis.map((k) => k.location.sheet)).toEqual(['KPIs', 'Sales', 'Ops']);
  });

  it('reads the five Rudder tables of a clean workbook', () => {
    const model = buildStrategyModel(workbook());
    expect(model.isEmpty).toBe(false);
    expect(model.emptyReason).toBeNull();
    expect([
      model.strategy.length,
      model.goals.length,
      model.kpis.length,
      model.swot.length,
      model.tows.length,
    ]).toEqual([4, 2, 2, 3, 1]);
    expect(model.strategy.map((s) => s.type)).toEqual(['mission', 'value', 'pillar', 'pillar']);
  });

  it('finds columns by header text whatever their order, case and spacing, and reads "Impact" as "Impact (1-5)"', () => {
    const t = {
      name: 'RudderSWOT',
      sheet: 'SWOT',
      range: 'A1:C2',
      headers: ['  IMPACT ', 'item', 'Quadrant'],
      rows: [[5, 'Rents are rising', 'threat']],
    };
    const item = buildStrategyModel([t]).swot[0];
    expect(item).toMatchObject({ impact: 5, text: 'Rents are rising', quadrant: 'threat' });
  });

  it('reads a user table under another name through its stored mapping', () => {
    const t = {
      name: 'MyTargets',
      sheet: 'Plan',
      range: 'B3:D4',
      headers: ['Ref', 'Objective', 'Deadline'],
      rows: [['G-9', 'Open a second shop by 2028', '31/12/2028']],
    };
    const model = buildStrategyModel([t], {
      mappings: [{ table: 'MyTargets', kind: 'goals', columns: { ID: 'Ref', Goal: 'Objective', Due: 'Deadline' } }],
    });
    expect(model.goals[0]).toMatchObject({
      id: 'G-9',
      text: 'Open a second shop by 2028',
      due: { serial: d(2028, 12, 31), unreadable: null },
    });
    expect(model.tables[0]).toMatchObject({ name: 'MyTargets', kind: 'goals' });
  });

  it('keeps where each entity and each of its fields sits on the sheet', () => {
    const model = buildStrategyModel([goals(CLEAN.goals, { at: { row: 4, col: 1 } })]);
    const second = model.goals[1];
    // Header on row 5 (B5), so the second data row is sheet row 7.
    expect(second.location).toMatchObject({ sheet: 'Goals', cell: 'B7', row: 7 });
    expect(fieldCell(second.location, 'Due')).toBe('H7');
  });

  it("points a link cell at its column, at the row's ID cell when the column is missing, and at the first cell when there is no ID", () => {
    const withGoal = {
      name: 'RudderKPIs',
      sheet: 'KPIs',
      range: 'C3:E5',
      headers: ['KPI', 'ID', 'Goal'],
      rows: [
        ['Waste %', 'K-1', 'G-1'],
        ['Footfall', 'K-2', ''],
      ],
    };
    const [first, second] = buildStrategyModel([withGoal]).kpis;
    expect([first.location.cell, fieldCell(first.location, first.goal.column)]).toEqual(['D4', 'E4']);
    expect([second.location.cell, fieldCell(second.location, second.goal.column)]).toEqual(['D5', 'E5']);

    const noGoalColumn = { ...withGoal, range: 'C3:D4', headers: ['KPI', 'ID'], rows: [['Waste %', 'K-1']] };
    const kpi = buildStrategyModel([noGoalColumn]).kpis[0];
    expect([kpi.location.cell, fieldCell(kpi.location, kpi.goal.column)]).toEqual(['D4', 'D4']);

    const noId = { ...withGoal, range: 'C3:D4', headers: ['KPI', 'Goal'], rows: [['Waste %', 'G-1']] };
    const unnamed = buildStrategyModel([noId]).kpis[0];
    expect([unnamed.location.cell, fieldCell(unnamed.location, unnamed.goal.column)]).toEqual(['C4', 'D4']);
  });

  it('reads dates written as text as well as date serials', () => {
    const model = buildStrategyModel([goals([edit(CLEAN.goals[0], { Due: '30/06/2027', Start: 'Q3 2026' })])]);
    expect(model.goals[0].due.serial).toBe(d(2027, 6, 30));
    expect(model.goals[0].start.serial).toBe(d(2026, 7, 1));
  });

  it('keeps a due date it cannot read so the message can quote it', () => {
    const model = buildStrategyModel([goals([edit(CLEAN.goals[0], { Due: 'soon' })])]);
    expect(model.goals[0].due).toEqual({ serial: null, unreadable: 'soon' });
  });

  it('skips blank rows inside a table', () => {
    const model = buildStrategyModel([goals([CLEAN.goals[0], {}, CLEAN.goals[1]])]);
    expect(model.goals.map((g) => g.id)).toEqual(['G-001', 'G-002']);
    expect(model.goals[1].location.row).toBe(4);
  });

  it('throws a ModelError for misuse, not for table contents', () => {
    expect(() => buildStrategyModel('tables' as never)).toThrow(ModelError);
    expect(() => buildStrategyModel([{ name: 'RudderGoals' } as never])).toThrow(ModelError);
    expect(() => buildStrategyModel([{ ...goals([]), range: 'not a range' }])).toThrow(ModelError);
    expect(() => buildStrategyModel(workbook(), { mappings: {} as never })).toThrow(ModelError);
  });
});

describe('StrategyModelBuilder: tables handed over in parts', () => {
  /** What a reader of the model sees: entities where they sit, their links, relations and table facts. */
  const seen = (model: StrategyModel) => ({
    tables: model.tables,
    goals: model.goals.map((g) => [
      g.id,
      g.location.cell,
      g.due,
      fieldCell(g.location, g.pillar.column),
      g.pillar.links.map((l) => l.target),
    ]),
    kpis: model.kpis.map((k) => [
      k.id,
      k.location.cell,
      fieldCell(k.location, k.goal.column),
      k.goal.links.map((l) => [l.match, l.target]),
    ]),
    strategy: model.strategy.map((x) => [x.id, x.location.cell]),
    relations: model.relations,
  });
  const inParts = (tables: readonly RawTable[], size: number): StrategyModel => {
    const builder = new StrategyModelBuilder();
    for (const { rows, ...head } of tables) {
      const reader = builder.table(head);
      for (let first = 0; first < rows.length; first += size) reader?.read(rows.slice(first, first + size), first);
    }
    return builder.build();
  };
  const book = (): RawTable[] => [
    strategy(CLEAN.strategy),
    goals([CLEAN.goals[0], {}, CLEAN.goals[1]], { at: { row: 2, col: 1 } }),
    kpis([...CLEAN.kpis, edit(CLEAN.kpis[0], { ID: 'K-009', Goal: 'G-404' })]),
  ];

  it('builds the same model from parts of any size as from whole tables, blank rows and row numbers included', () => {
    const whole = seen(buildStrategyModel(book()));
    expect(whole.goals).toHaveLength(2);
    for (const size of [1, 2, 3]) expect(seen(inParts(book(), size))).toEqual(whole);
  });

  it('names a row that is not an array by its place in the whole table, not in its part', () => {
    const reader = new StrategyModelBuilder().table(goals([]));
    expect(() => reader?.read(['not a row' as never], 4)).toThrow('Row 5 of table "RudderGoals"');
  });

  it('lists a table whose rows never came, with the columns it lacks', () => {
    const builder = new StrategyModelBuilder();
    builder.table({ name: 'RudderKPIs', sheet: 'KPIs', range: 'A1:B2', headers: ['ID', 'KPI'] });
    const [kpiTable] = builder.build().tables;
    expect(kpiTable).toMatchObject({ name: 'RudderKPIs', rowCount: 0 });
    expect(kpiTable.missingColumns).toEqual(expect.arrayContaining(['Goal', 'Target']) as string[]);
  });

  it('skips tables that are not Rudder tables, and refuses more tables or a second model once built', () => {
    const builder = new StrategyModelBuilder();
    expect(builder.table({ name: 'Expenses', sheet: 'Costs', range: 'A1:B2', headers: ['Item', 'Cost'] })).toBeNull();
    builder.build();
    expect(() => builder.table(goals([]))).toThrow(ModelError);
    expect(() => builder.build()).toThrow(ModelError);
    expect(() => new StrategyModelBuilder().table({ name: 'RudderGoals' } as never)).toThrow(ModelError);
  });
});

describe('buildStrategyModel: links', () => {
  const kpiGoal = (goalCell: string) =>
    buildStrategyModel(workbook({ kpis: [edit(CLEAN.kpis[0], { Goal: goalCell })] })).kpis[0].goal;

  it('matches IDs whatever their case and spacing', () => {
    const field = kpiGoal(' g-001 ; G - 002');
    expect(field.links.map((l) => [l.match, l.target?.index])).toEqual([
      ['id', 0],
      ['id', 1],
    ]);
  });

  it('matches an ID written without its dash or leading zeros, and leaves an ID with a different number unmatched', () => {
    expect(kpiGoal('G1; g-01; G-000002').links.map((l) => [l.match, l.target?.index])).toEqual([
      ['id', 0],
      ['id', 1],
    ]);
    expect(kpiGoal('G-0010').links.map((l) => l.match)).toEqual(['unmatched']);
    // Zeros after the letters lead the number too, with or without a space between.
    expect(['g 001', 'G001', 'G 10'].map((cell) => kpiGoal(cell).links.map((l) => [l.match, l.target?.index]))).toEqual(
      [[['id', 0]], [['id', 0]], [['unmatched', undefined]]],
    );
  });

  it('keys IDs loosely as letters then the number without leading zeros, in any form people write them', () => {
    // The general rule, spelled out the slow way; Rudder's own form (G-007) is keyed by a shortcut.
    const slowKey = (text: string): string =>
      normId(text)
        .replace(/[^A-Z0-9]+/g, ' ')
        .replace(/(^|[^0-9])0+(\d)/g, '$1$2')
        .replace(/ /g, '');
    const id = fc
      .tuple(
        fc.stringMatching(/^[A-Za-z]{0,3}$/),
        fc.constantFrom('-', '', ' ', '_', '--', '.'),
        fc.stringMatching(/^[0-9]{0,17}$/),
        fc.constantFrom('', 'a', '-1', ' '),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(id, (text) => expect(looseId(text)).toBe(slowKey(text))),
      { numRuns: 5000 },
    );
    expect(['G-007', 'G-000', 'KPI-10', 'G-0', 'g 001'].map(looseId)).toEqual(['G7', 'G0', 'KPI10', 'G0', 'G1']);
  });

  it('links each KPI to the goal, and points each at its own Goal cell, when many KPIs name the same goal', () => {
    const model = buildStrategyModel(
      workbook({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Goal: CLEAN.kpis[0].Goal })] }),
    );
    expect(model.kpis.map((k) => k.goal.links[0].target)).toEqual([model.goals[0].ref, model.goals[0].ref]);
    expect(model.goals[0].ref).toMatchObject({ kind: 'goal', index: 0 });
    expect(model.relations.kpisOfGoal[0]).toEqual([0, 1]);
    expect(model.kpis.map((k) => fieldCell(k.location, k.goal.column))).toEqual(['C2', 'C3']);
  });

  it("keeps each KPI's own goals when KPIs of one goal link to different further goals", () => {
    const [first, second] = ['G-001', 'G-002'];
    expect(CLEAN.goals.map((g) => g.ID)).toEqual([first, second]);
    const model = buildStrategyModel(
      workbook({
        kpis: [
          edit(CLEAN.kpis[0], { Goal: first }),
          edit(CLEAN.kpis[1], { Goal: first }),
          edit(CLEAN.kpis[1], { ID: 'K-9', Goal: `${first}, ${second}` }),
        ],
      }),
    );
    expect(model.relations.goalsOfKpi).toEqual([[0], [0], [0, 1]]);
    expect(model.relations.kpisOfGoal).toEqual([[0, 1, 2], [2]]);
  });

  it('splits link cells on commas, semicolons and line breaks, counting a repeated ID once', () => {
    expect(kpiGoal('G-001,\nG-002; g-001').links).toHaveLength(2);
  });

  it('resolves a goal named by its wording instead of its ID', () => {
    const [link] = kpiGoal('reduce food waste').links;
    expect(link).toMatchObject({ match: 'name', target: { kind: 'goal', index: 1 } });
  });

  it('tolerates a typo in a name', () => {
    const [link] = buildStrategyModel(workbook({ goals: [edit(CLEAN.goals[0], { Pillar: 'Custmer loyalty' })] }))
      .goals[0].pillar.links;
    expect(link).toMatchObject({ match: 'name', target: { kind: 'strategy', index: 2 } });
  });

  it('records a name that fits several entities about equally as ambiguous, with them as candidates', () => {
    const model = buildStrategyModel(
      workbook({
        strategy: [...CLEAN.strategy, { Type: 'Pillar', ID: 'P-3', Statement: 'Customer experience' }],
        goals: [edit(CLEAN.goals[0], { Pillar: 'customer' })],
      }),
    );
    const [link] = model.goals[0].pillar.links;
    expect(link.match).toBe('ambiguous');
    expect(link.candidates.map((c) => model.strategy[c.index].id).sort()).toEqual(['P-1', 'P-3', 'V-1']);
  });

  it('records an unknown ID as unmatched with the nearest IDs as candidates', () => {
    const model = buildStrategyModel(workbook({ kpis: [edit(CLEAN.kpis[0], { Goal: 'G-003' })] }));
    const [link] = model.kpis[0].goal.links;
    expect(link.match).toBe('unmatched');
    expect(model.goals[link.candidates[0].index].id).toBe('G-002');
  });

  it('records a goal that names itself as its source as a self-link, and does not count it as a parent', () => {
    const model = buildStrategyModel(workbook({ goals: [edit(CLEAN.goals[0], { Source: 'G-001' }), CLEAN.goals[1]] }));
    expect(model.goals[0].source.links[0].match).toBe('self');
    expect(model.relations.parentsOfGoal[0]).toEqual([]);
  });

  it('tells a self-link from the same Source text on another goal, which makes it a parent there', () => {
    const model = buildStrategyModel(
      workbook({ goals: [edit(CLEAN.goals[0], { Source: 'G-001' }), edit(CLEAN.goals[1], { Source: 'G-001' })] }),
    );
    expect(model.goals.map((g) => g.source.links[0].match)).toEqual(['self', 'id']);
    expect(model.relations.parentsOfGoal).toEqual([[], [0]]);
  });

  it('builds circular goal links without hanging', () => {
    const model = buildStrategyModel(
      workbook({ goals: [edit(CLEAN.goals[0], { Source: 'G-002' }), edit(CLEAN.goals[1], { Source: 'G-001' })] }),
    );
    expect(model.relations.parentsOfGoal).toEqual([[1], [0]]);
  });

  it('indexes who links to whom both ways', () => {
    const model = buildStrategyModel(workbook());
    const { relations } = model;
    expect(relations.kpisOfGoal).toEqual([[0], [1]]);
    expect(relations.goalsOfStrategy).toEqual([[], [0], [0], [1]]);
    // T-1 is answered through TOWS ST-1, which became G-001.
    expect(relations.goalsOfSwot[2]).toEqual([0]);
    expect(relations.towsOfSwot[2]).toEqual([0]);
  });

  it('lists each link once however many ways it is made (same pillar in Pillar and Source, the goal through TOWS and SWOT)', () => {
    const base = workbook();
    const model = buildStrategyModel(
      workbook({
        goals: [edit(CLEAN.goals[0], { Source: `${CLEAN.goals[0].Pillar as string}, T-1` }), CLEAN.goals[1]],
      }),
    );
    const before = buildStrategyModel(base).relations;
    expect(model.relations.goalsOfStrategy).toEqual(before.goalsOfStrategy);
    expect(model.relations.goalsOfSwot[2]).toEqual([0]);
    const anchors = model.relations.anchorsOfGoal[0].map((r) => `${r.kind}:${r.index}`);
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('keeps each goal its own anchors when goals share a pillar and one of them has more', () => {
    const model = buildStrategyModel(
      workbook({
        // Only the goals' own cells anchor them: the first anchor of each is then the shared list of P-1 alone.
        swot: CLEAN.swot.map((s) => edit(s, { Goals: '' })),
        tows: [],
        goals: [
          edit(CLEAN.goals[0], { Pillar: 'P-1', Source: '' }),
          edit(CLEAN.goals[1], { Pillar: 'P-1', Source: 'W-1, P-2, V-1' }),
          edit(CLEAN.goals[1], { ID: 'G-003', Pillar: 'P-1', Source: '' }),
        ],
      }),
    );
    const ids = model.relations.anchorsOfGoal.map((refs) =>
      refs.map((r) => (r.kind === 'swot' ? model.swot : model.strategy)[r.index].id).sort(),
    );
    expect(ids).toEqual([['P-1'], ['P-1', 'P-2', 'V-1', 'W-1'], ['P-1']]);
  });

  it('lists every KPI of a goal measured by many, in table order and once each', () => {
    const many = ['K-1', 'K-2', 'K-3', 'K-4', 'K-5', 'K-6'].map((ID) => edit(CLEAN.kpis[0], { ID, Goal: 'G-001' }));
    const model = buildStrategyModel(
      workbook({ kpis: [...many, edit(CLEAN.kpis[1], { ID: 'K-7', Goal: 'G-001, g-001' })] }),
    );
    expect(model.relations.kpisOfGoal).toEqual([[0, 1, 2, 3, 4, 5, 6], []]);
    expect(model.relations.goalsOfKpi).toEqual([[0], [0], [0], [0], [0], [0], [0]]);
  });

  it("splits IDs in Rudder's own form into letters and number as the regular expression would", () => {
    const plain = /^([A-Z]+)-(\d{1,15})$/;
    const id = fc
      .tuple(
        fc.stringMatching(/^[A-Za-z]{0,3}$/),
        fc.constantFrom('-', '', ' ', '--', '.'),
        fc.stringMatching(/^[0-9]{0,17}$/),
        fc.constantFrom('', 'a', '-1', ' '),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(id, (text) => {
        const m = plain.exec(text);
        const digits = plainIdDigits(text);
        expect(digits).toBe(m ? m[1].length + 1 : -1);
        if (m) expect(digitsValue(text, digits)).toBe(Number(m[2]));
      }),
      { numRuns: 5000 },
    );
    expect(['G-007', 'KPI-10', 'G7', 'g-7', 'G-'].map(plainIdDigits)).toEqual([2, 4, -1, -1, -1]);
  });

  it('reads tables with missing columns and reports which are missing', () => {
    const model = buildStrategyModel([table('kpis', [{ ID: 'K-1', KPI: 'Sales' }], { headers: ['ID', 'KPI'] })]);
    expect(model.tables[0].missingColumns).toContain('Target');
    expect(model.kpis[0].target).toBeNull();
  });

  it('reads every kind of table together with swot and tows helpers', () => {
    expect(buildStrategyModel([strategy([]), goals([]), kpis([]), swot([]), tows([])]).tables).toHaveLength(5);
  });
});
