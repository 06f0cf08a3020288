import { runAlignment } from '../../../src/core/alignment';
import { buildStrategyModel } from '../../../src/core/model';
import { AS_OF, check, CLEAN, edit, findingsOf, workbook } from './fixtures';

describe('weak-smart', () => {
  it('reports a goal whose SMART column is below 60, with its tip as the fix', () => {
    const [f] = findingsOf(
      check({ goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { SMART: 40, Tips: 'Add a deadline.' })] }),
      'weak-smart',
    );
    expect(f.message).toBe(
      "Goal G-002 'Reduce food waste from 8% to 5% of stock by 31 March 2027' scores 40/100 on SMART (below 60).",
    );
    expect(f).toMatchObject({ fix: 'Add a deadline.', severity: 'info', cell: 'B3' });
  });

  it('asks the SMART engine when the column is blank, and stays quiet for a goal scoring 60 or more', () => {
    const vague = check({
      goals: [
        edit(CLEAN.goals[0], { SMART: null, Goal: 'Grow', Due: null, Baseline: null, Target: null }),
        edit(CLEAN.goals[1], { SMART: 60 }),
      ],
    });
    expect(findingsOf(vague, 'weak-smart').map((f) => f.subjects[0])).toEqual(['G-001']);
    expect(findingsOf(vague, 'weak-smart')[0].fix).not.toBe('');
  });

  it("uses the caller's smartScore for goals without a SMART value", () => {
    const model = buildStrategyModel(workbook({ goals: [edit(CLEAN.goals[0], { SMART: null }), CLEAN.goals[1]] }));
    const low = runAlignment(model, { asOf: AS_OF, smartScore: () => 10 });
    const high = runAlignment(model, { asOf: AS_OF, smartScore: () => 95 });
    expect(findingsOf(low, 'weak-smart').map((f) => f.subjects[0])).toEqual(['G-001']);
    expect(findingsOf(high, 'weak-smart')).toEqual([]);
  });
});

describe('missing-owner', () => {
  it('reports a goal without an owner, at its Owner cell', () => {
    const [f, ...rest] = findingsOf(
      check({ goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Owner: '  ' })] }),
      'missing-owner',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      message: "Goal G-002 'Reduce food waste from 8% to 5% of stock by 31 March 2027' has no owner.",
      cell: 'E3',
      subjects: ['G-002'],
    });
  });

  it("reports a KPI without an owner even when its goal has one, suggesting the goal's owner", () => {
    const [f, ...rest] = findingsOf(
      check({ kpis: [edit(CLEAN.kpis[0], { Owner: null }), CLEAN.kpis[1]] }),
      'missing-owner',
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      message: "KPI K-001 'Repeat customers per month' has no owner of its own (its goal G-001 is owned by Ann Lee).",
      fix: 'Write who keeps K-001 up to date in its Owner column, for example Ann Lee.',
      cell: 'M2',
      subjects: ['K-001'],
    });
    const orphan = check({
      goals: [edit(CLEAN.goals[0], { Owner: null }), CLEAN.goals[1]],
      kpis: [edit(CLEAN.kpis[0], { Owner: null }), CLEAN.kpis[1]],
    });
    expect(findingsOf(orphan, 'missing-owner').map((f) => [f.subjects[0], f.message])).toEqual([
      ['G-001', "Goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…' has no owner."],
      ['K-001', "KPI K-001 'Repeat customers per month' has no owner."],
    ]);
  });
});

describe('missing-owner and owner-overload with placeholders', () => {
  it('reads "TBD", "n/a" or "?" in an Owner cell as nobody, quoting it', () => {
    const result = check({
      goals: [edit(CLEAN.goals[0], { Owner: 'TBD' }), edit(CLEAN.goals[1], { Owner: ' ? ' })],
      kpis: [edit(CLEAN.kpis[0], { Owner: 'n/a' }), CLEAN.kpis[1]],
    });
    expect(findingsOf(result, 'missing-owner').map((f) => [f.subjects[0], f.message])).toEqual([
      [
        'G-001',
        "Goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…' has no owner yet: its Owner cell says 'TBD'.",
      ],
      [
        'G-002',
        "Goal G-002 'Reduce food waste from 8% to 5% of stock by 31 March 2027' has no owner yet: its Owner cell says '?'.",
      ],
      ['K-001', "KPI K-001 'Repeat customers per month' has no owner yet: its Owner cell says 'n/a'."],
    ]);
  });

  it('does not count a placeholder as a person with too many goals, and still counts the person beside it', () => {
    const goals = Array.from({ length: 7 }, (_, i) =>
      edit(CLEAN.goals[0], { ID: `G-10${i}`, Owner: i < 6 ? 'TBD' : 'Ann Lee, TBD' }),
    );
    expect(findingsOf(check({ goals }), 'owner-overload')).toEqual([]);
    const shared = goals.map((g) => edit(g, { Owner: 'Ann Lee / TBC' }));
    expect(findingsOf(check({ goals: shared }), 'owner-overload').map((f) => f.subjects)).toEqual([['Ann Lee']]);
  });
});

describe('owner-overload', () => {
  const many = (owner: (i: number) => string, status: (i: number) => string = () => 'On track') =>
    Array.from({ length: 7 }, (_, i) => edit(CLEAN.goals[0], { ID: `G-10${i}`, Owner: owner(i), Status: status(i) }));

  it('reports one person owning more than 5 open goals, however the name is typed', () => {
    const result = check({ goals: [...CLEAN.goals, ...many((i) => (i % 2 ? 'ann  lee' : 'Ann Lee'))] });
    const [f, ...rest] = findingsOf(result, 'owner-overload');
    expect(rest).toEqual([]);
    expect(f.message).toBe(
      'Ann Lee owns 8 open goals (G-001, G-100, G-101, G-102, G-103, G-104 and 2 more); more than 5 is hard to keep moving.',
    );
    expect(f.subjects).toEqual(['Ann Lee']);
  });

  it('does not count achieved goals or goals shared out', () => {
    expect(
      findingsOf(
        check({
          goals: [
            ...CLEAN.goals,
            ...many(
              () => 'Ann Lee',
              (i) => (i < 4 ? 'Done' : 'On track'),
            ),
          ],
        }),
        'owner-overload',
      ),
    ).toEqual([]);
    expect(
      findingsOf(check({ goals: [...CLEAN.goals, ...many((i) => (i < 4 ? 'Cleo' : 'Ann Lee'))] }), 'owner-overload'),
    ).toEqual([]);
  });
});

describe('unaddressed-threat and unaddressed-weakness', () => {
  it('reports a high-impact threat and weakness that no goal or TOWS strategy links to', () => {
    const result = check({
      swot: [
        ...CLEAN.swot,
        { ID: 'T-2', Quadrant: 'Threat', Item: 'Energy prices double', 'Impact (1-5)': 5 },
        { ID: 'W-2', Quadrant: 'Weakness', Item: 'Only one person can do the books', 'Impact (1-5)': 'High' },
      ],
    });
    const [threat] = findingsOf(result, 'unaddressed-threat');
    const [weakness] = findingsOf(result, 'unaddressed-weakness');
    expect(threat.message).toBe(
      "Threat T-2 'Energy prices double' has impact 5 and no goal or TOWS strategy addresses it.",
    );
    expect(threat.fix).toBe(
      'Put T-2 in the Source column of a goal that responds to it, or add a TOWS strategy built on it.',
    );
    expect(weakness.subjects).toEqual(['W-2']);
  });

  it('stays quiet for low-impact items and items a goal names in its Source column', () => {
    const result = check({
      goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Source: 'W-1, T-2' })],
      swot: [
        ...CLEAN.swot,
        { ID: 'T-2', Quadrant: 'Threat', Item: 'Energy prices double', 'Impact (1-5)': 5 },
        { ID: 'W-2', Quadrant: 'Weakness', Item: 'Small car park', 'Impact (1-5)': 2 },
      ],
    });
    expect(findingsOf(result, 'unaddressed-threat')).toEqual([]);
    expect(findingsOf(result, 'unaddressed-weakness')).toEqual([]);
  });
});

describe('value-not-reflected', () => {
  it('reports a value no goal links to', () => {
    const [f] = findingsOf(
      check({ strategy: [...CLEAN.strategy, { Type: 'Value', ID: 'V-2', Statement: 'Care for the planet' }] }),
      'value-not-reflected',
    );
    expect(f.message).toBe("Value V-2 'Care for the planet' is not reflected in any goal.");
    expect(f.fix).toBe('Put V-2 in the Pillar column of the goals that serve it, or add a goal for it.');
  });

  it('stays quiet for values linked by name and for the mission', () => {
    const result = check({
      goals: [edit(CLEAN.goals[0], { Pillar: 'Customer loyalty; honesty with customers' }), CLEAN.goals[1]],
    });
    expect(findingsOf(result, 'value-not-reflected')).toEqual([]);
  });
});
