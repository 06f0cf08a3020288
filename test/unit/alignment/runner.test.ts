import fc from 'fast-check';
import {
  ALIGNMENT_METHOD,
  AlignmentError,
  alignmentScore,
  buildStrategyGraph,
  RULES,
  runAlignment,
  type Rule,
  type RuleId,
  type Severity,
} from '../../../src/core/alignment';
import type { CellValue } from '../../../src/core/grid/types';
import { buildStrategyModel, NO_RUDDER_TABLES } from '../../../src/core/model';
import { AS_OF, check, CLEAN, d, edit, findingsOf, goals, kpis, strategy, swot, tows, workbook } from './fixtures';

const RULE_IDS: RuleId[] = [
  'kpi-without-goal',
  'goal-without-kpi',
  'goal-without-pillar',
  'broken-link',
  'duplicate-id',
  'missing-owner',
  'missing-deadline',
  'deadline-passed',
  'kpi-due-after-goal',
  'direction-conflict',
  'conflicting-targets',
  'weak-smart',
  'stale-kpi',
  'owner-overload',
  'unaddressed-threat',
  'unaddressed-weakness',
  'value-not-reflected',
  'target-not-numeric',
  'direction-unreadable',
  'projected-miss',
];

describe('runAlignment', () => {
  it('declares exactly the documented rules, each with a title, description and fix', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const r of RULES)
      expect([r.title.length > 5, r.description.length > 20, r.fix.length > 20]).toEqual([true, true, true]);
  });

  it('finds nothing at all in a clean, well-linked workbook and scores it 100', () => {
    const result = check();
    expect(result.findings).toEqual([]);
    expect(result.score).toBe(100);
    expect(result.checks).toBeGreaterThan(30);
    expect(result.passed).toBe(result.checks);
  });

  it('finds nothing when the SMART column is blank and the SMART engine judges the clean goals', () => {
    const result = check({ goals: CLEAN.goals.map((g) => edit(g, { SMART: null })) });
    expect(findingsOf(result, 'weak-smart')).toEqual([]);
  });

  it('lists errors before warnings before suggestions', () => {
    const result = check({
      goals: [edit(CLEAN.goals[0], { SMART: 20, Owner: null }), CLEAN.goals[1]],
      kpis: [edit(CLEAN.kpis[0], { Goal: 'G-404' }), CLEAN.kpis[1]],
    });
    const order = result.findings.map((f) => f.severity);
    expect(order).toEqual(
      [...order].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    expect(new Set(order)).toEqual(new Set(['error', 'warning', 'info']));
  });

  it("keeps rule-table order within a severity, and each rule's own order within a rule", () => {
    const saying = (id: RuleId, severity: Severity, cells: readonly string[]): Rule => ({
      id,
      severity,
      title: id,
      description: id,
      fix: '',
      count: () => cells.length,
      check: () =>
        cells.map((cell) => ({ rule: id, severity, sheet: 'S', cell, message: cell, fix: '', subjects: [] })),
    });
    const result = runAlignment(buildStrategyModel(workbook({})), { asOf: AS_OF }, [
      saying('missing-owner', 'warning', ['W1', 'W2']),
      saying('weak-smart', 'info', ['I1']),
      saying('broken-link', 'error', ['E1', 'E2']),
      saying('stale-kpi', 'warning', ['W3']),
      saying('duplicate-id', 'error', ['E3']),
    ]);
    expect(result.findings.map((f) => f.cell)).toEqual(['E1', 'E2', 'E3', 'W1', 'W2', 'W3', 'I1']);
  });

  it('scores by weighted share of checks passed: errors 3, warnings 2, suggestions 1', () => {
    expect(
      alignmentScore([
        { rule: 'broken-link', severity: 'error', checks: 4, failed: 1 },
        { rule: 'missing-owner', severity: 'warning', checks: 5, failed: 0 },
        { rule: 'weak-smart', severity: 'info', checks: 2, failed: 2 },
      ]).score,
    ).toBe(Math.round((100 * (9 + 10 + 0)) / (12 + 10 + 2)));
    expect(alignmentScore([]).score).toBe(100);
    expect(ALIGNMENT_METHOD).toMatch(/errors 3, warnings 2, suggestions 1/);
  });

  it('lowers the score when the workbook breaks a rule', () => {
    expect(check({ kpis: [edit(CLEAN.kpis[0], { Goal: null }), CLEAN.kpis[1]] }).score).toBeLessThan(100);
  });

  it('reports an empty model as having nothing to check, scoring 100', () => {
    const model = buildStrategyModel([]);
    expect(model.emptyReason).toBe(NO_RUDDER_TABLES);
    expect(runAlignment(model, { asOf: AS_OF })).toMatchObject({ findings: [], checks: 0, score: 100 });
  });

  it('throws an AlignmentError for misuse: no as-of date or no model', () => {
    const model = buildStrategyModel(workbook());
    expect(() => runAlignment(model, {} as never)).toThrow(AlignmentError);
    expect(() => runAlignment(model, { asOf: Number.NaN })).toThrow(AlignmentError);
    expect(() => runAlignment(null as never, { asOf: AS_OF })).toThrow(AlignmentError);
  });

  it('reports circular goal links once and a goal linked to itself, without looping', () => {
    const result = check({
      goals: [edit(CLEAN.goals[0], { Source: 'G-001, G-002' }), edit(CLEAN.goals[1], { Source: 'G-001' })],
    });
    expect(findingsOf(result, 'broken-link').map((f) => [f.subjects, f.cell, f.message, f.fix])).toEqual([
      [
        ['G-001'],
        'D2',
        "Goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…' links to itself in its Source column.",
        'Remove G-001 from its own Source column; put the goal, pillar or SWOT item it comes from there instead.',
      ],
      [
        ['G-001', 'G-002'],
        'D2',
        'Goals G-001 and G-002 each name the other in their Source column, so neither can come first.',
        'Remove G-002 from the Source column of G-001, and put the pillar or SWOT item G-001 serves there instead.',
      ],
    ]);
  });

  it('reports a longer circle of goals once, and a chain of goals that ends not at all', () => {
    const goals = ['G-002', 'G-003', 'G-001'].map((source, i) =>
      edit(CLEAN.goals[i % 2], { ID: `G-00${i + 1}`, Source: source }),
    );
    const chain = ['', 'G-001', 'G-002'].map((source, i) =>
      edit(CLEAN.goals[i % 2], { ID: `G-00${i + 1}`, Source: source }),
    );
    expect(findingsOf(check({ goals }), 'broken-link').map((f) => f.message)).toEqual([
      'Goals G-001, G-002 and G-003 name one another in their Source columns in a circle, so none of them can come first.',
    ]);
    expect(findingsOf(check({ goals: chain }), 'broken-link')).toEqual([]);
  });

  it('checks 10,000 KPIs and 2,000 goals quickly', () => {
    const goalRows = Array.from({ length: 2000 }, (_, i) =>
      edit(CLEAN.goals[i % 2], {
        ID: `G-${i + 1}`,
        Goal: `Raise sales of product line ${i} from 100 to 150 by 30 June 2027`,
        Owner: `Owner ${i % 300}`,
      }),
    );
    const kpiRows = Array.from({ length: 10000 }, (_, i) =>
      edit(CLEAN.kpis[i % 2], {
        ID: `K-${i + 1}`,
        KPI: `Sales line ${i % 2000} ${i % 7 ? 'units' : 'revenue'}`,
        Goal: i % 97 === 0 ? `line ${i} sales` : `g-${(i % 2000) + 1}`,
        Direction: i % 2 ? 'lower' : 'higher',
      }),
    );
    const started = Date.now();
    const model = buildStrategyModel([
      strategy(CLEAN.strategy),
      goals(goalRows),
      kpis(kpiRows),
      swot(CLEAN.swot),
      tows(CLEAN.tows),
    ]);
    const result = runAlignment(model, { asOf: AS_OF });
    const elapsed = Date.now() - started;
    expect(model.kpis).toHaveLength(10000);
    expect(result.findings.length).toBeGreaterThan(1000);
    // Generous for a loaded CI machine; quadratic work over 10,000 rows would take minutes.
    expect(elapsed).toBeLessThan(15000);
  });

  it('never throws on arbitrary cell contents', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        'G-001',
        'g-1',
        'P-1',
        'W-1',
        'S-1, T-1',
        'K-001',
        'higher',
        'down',
        'range',
        '90-110',
        'Q3 2027',
        '31/02/2027',
        'Done',
        'Threat',
        'Value',
        'Pillar',
        '=1+1',
        ',;,',
        '\n',
      ),
      fc.double(),
      fc.integer({ min: -5, max: 3000000 }),
      fc.boolean(),
      fc.constant({ kind: 'error' as const, code: '#N/A' }),
    );
    const rows = (width: number) => fc.array(fc.array(cell, { minLength: 0, maxLength: width + 2 }), { maxLength: 6 });
    const tables = fc.tuple(rows(3), rows(13), rows(15), rows(6), rows(5)).map(([s, g, k, w, t]) => {
      const base = workbook();
      return base.map((tb, i) => ({ ...tb, rows: [s, g, k, w, t][i] }));
    });
    fc.assert(
      fc.property(tables, fc.integer({ min: 1, max: 2958465 }), (ts, asOf) => {
        const model = buildStrategyModel(ts);
        const result = runAlignment(model, { asOf });
        buildStrategyGraph(model, { asOf });
        return Number.isInteger(result.score) && result.score >= 0 && result.score <= 100;
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildStrategyGraph', () => {
  it('connects mission to pillars and values, those to goals, and goals to KPIs, with statuses', () => {
    const model = buildStrategyModel(workbook());
    const graph = buildStrategyGraph(model, { asOf: AS_OF });
    const node = (key: string) => graph.nodes.find((n) => n.key === key);
    expect(node('strategy:0')).toMatchObject({ kind: 'mission', level: 0 });
    expect(node('kpi:1')).toMatchObject({ id: 'K-002', level: 3, status: 'On track', orphan: false });
    expect(node('goal:0')).toMatchObject({ status: 'On track', orphan: false });
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'strategy:0', to: 'strategy:2', kind: 'frames' },
        { from: 'strategy:2', to: 'goal:0', kind: 'supports' },
        { from: 'goal:1', to: 'kpi:1', kind: 'measures' },
        { from: 'swot:2', to: 'tows:0', kind: 'addresses' },
      ]),
    );
  });

  it('marks orphans and rolls goal status up from KPIs, worst first', () => {
    const model = buildStrategyModel(
      workbook({
        goals: [edit(CLEAN.goals[0], { Status: null, Pillar: null }), CLEAN.goals[1]],
        kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[0], { ID: 'K-009', Actual: 150 }), edit(CLEAN.kpis[1], { Goal: null })],
        swot: [],
        tows: [],
      }),
    );
    const graph = buildStrategyGraph(model, { asOf: d(2027, 1, 15) });
    const node = (key: string) => graph.nodes.find((n) => n.key === key);
    expect(node('goal:0')).toMatchObject({ orphan: true, status: 'Off track' });
    expect(node('kpi:2')).toMatchObject({ orphan: true });
    expect(node('strategy:2')).toMatchObject({ kind: 'pillar', orphan: true });
    expect(node('strategy:3')).toMatchObject({ orphan: false });
  });
});
