import { runAlignment } from '../../../src/core/alignment';
import { buildStrategyModel, TABLE_SCHEMAS, type RawTable } from '../../../src/core/model';
import { AS_OF, check, CLEAN, d, edit, findingsOf, table, type Row } from './fixtures';

describe('missing-deadline', () => {
  it('reports a goal with no due date and none in its wording', () => {
    const found = findingsOf(
      check({
        goals: [
          edit(CLEAN.goals[0], { Due: null, Goal: 'Raise repeat customers from 200 to 260 a month' }),
          CLEAN.goals[1],
        ],
      }),
      'missing-deadline',
    );
    expect(found.map((f) => [f.subjects[0], f.cell, f.message])).toEqual([
      ['G-001', 'G2', "Goal G-001 'Raise repeat customers from 200 to 260 a month' has no deadline."],
    ]);
    expect(found[0].fix).toBe('Put a date such as 30 June 2027 in the Due column of G-001.');
  });

  it('quotes a due date it cannot read', () => {
    const [f] = findingsOf(check({ kpis: [edit(CLEAN.kpis[0], { Due: 'soon' }), CLEAN.kpis[1]] }), 'missing-deadline');
    expect(f.message).toBe("KPI K-001 'Repeat customers per month' has a deadline Rudder cannot read: 'soon'.");
  });

  it("reports a blank Due cell even when the goal's wording or the KPI's goal gives a date, with that date as the fix", () => {
    const found = findingsOf(
      check({
        goals: [edit(CLEAN.goals[0], { Due: null }), CLEAN.goals[1]],
        kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Due: null })],
      }),
      'missing-deadline',
    );
    expect(found.map((f) => [f.subjects[0], f.cell, f.message, f.fix])).toEqual([
      [
        'G-001',
        'G2',
        "Goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…' has no date in its Due column; its wording says 30 June 2027.",
        'Put 30 June 2027 in the Due column of G-001, so that sorting, filters and its status use it.',
      ],
      [
        'K-002',
        'K3',
        "KPI K-002 'Waste %' has no due date of its own (its goal G-002 is due 31 March 2027).",
        'Put 31 March 2027 or an earlier date in the Due column of K-002.',
      ],
    ]);
  });

  it('takes a date from the wording or the goal when the table has no Due column at all', () => {
    // The tables as a user might have structured them: every Rudder column but Due.
    const withoutDue = (kind: 'goals' | 'kpis', row: Row): RawTable => {
      const headers = TABLE_SCHEMAS[kind].fields.map((f) => f.header).filter((h) => h !== 'Due');
      return {
        ...table(kind, []),
        headers,
        range: `A1:${String.fromCharCode(64 + headers.length)}2`,
        rows: [headers.map((h) => row[h] ?? null)],
      };
    };
    const model = buildStrategyModel([withoutDue('goals', CLEAN.goals[0]), withoutDue('kpis', CLEAN.kpis[0])]);
    expect(model.tables.map((t) => t.missingColumns)).toEqual([['Due'], ['Due']]);
    expect(model.kpis[0].goal.links[0].target).toMatchObject({ kind: 'goal', index: 0 });
    expect(findingsOf(runAlignment(model, { asOf: AS_OF }), 'missing-deadline')).toEqual([]);
  });

  it('reads the deadline in the wording as SMART does: in any of five languages, and "within 6 months" from the start', () => {
    const wording = (Goal: string, Start: unknown = null) =>
      findingsOf(
        check({ goals: [edit(CLEAN.goals[0], { Due: null, Start, Goal } as Row), CLEAN.goals[1]] }),
        'missing-deadline',
      ).map((f) => f.message.replace(/^.*(has no deadline\.|its wording says .*)$/, '$1'));
    expect(wording('Aumentar los clientes habituales de 200 a 260 antes del 30 de junio de 2027')).toEqual([
      'its wording says 30 June 2027.',
    ]);
    expect(wording('Kunden bis Ende Q2 2027 von 200 auf 260 steigern')).toEqual(['its wording says 30 June 2027.']);
    expect(wording('Raise repeat customers from 200 to 260 within 6 months', d(2027, 1, 1))).toEqual([
      'its wording says 3 July 2027.',
    ]);
    expect(wording('Grow monthly visitors from 200 to 260')).toEqual(['has no deadline.']);
  });

  it('does not take an amount after "by" for a year', () => {
    const found = findingsOf(
      check({ goals: [edit(CLEAN.goals[0], { Due: null, Goal: 'Increase sales by 2000 units' }), CLEAN.goals[1]] }),
      'missing-deadline',
    );
    expect(found.map((f) => f.subjects[0])).toEqual(['G-001']);
  });
});

describe('deadline-passed', () => {
  it('reports a goal whose due date is before the as-of date and is not achieved', () => {
    const found = findingsOf(check({}, d(2027, 4, 15)), 'deadline-passed');
    expect(found.map((f) => f.subjects[0])).toEqual(['G-002', 'K-002']);
    expect(found[0].message).toBe(
      "Goal G-002 'Reduce food waste from 8% to 5% of stock by 31 March 2027' was due on 31 March 2027 and is not marked achieved.",
    );
    expect(found[1].message).toBe("KPI K-002 'Waste %' was due on 31 March 2027 and its status is Missed.");
  });

  it('stays quiet for a past goal whose status says Done, or whose KPIs are all achieved', () => {
    const done = check(
      {
        goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Status: 'Done' })],
        kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Actual: 4.5 })],
      },
      d(2027, 4, 15),
    );
    expect(findingsOf(done, 'deadline-passed')).toEqual([]);
    const byKpis = check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Actual: 5 })] }, d(2027, 4, 15));
    expect(findingsOf(byKpis, 'deadline-passed')).toEqual([]);
  });

  it('stays quiet before the deadline', () => {
    expect(findingsOf(check(), 'deadline-passed')).toEqual([]);
  });
});

describe('kpi-due-after-goal', () => {
  it('reports a KPI due after its goal', () => {
    const [f] = findingsOf(
      check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Due: d(2027, 6, 30) })] }),
      'kpi-due-after-goal',
    );
    expect(f.message).toBe("KPI K-002 'Waste %' is due on 30 June 2027, after its goal G-002 (due 31 March 2027).");
    expect(f.fix).toBe(
      'Bring the Due date of K-002 forward to 31 March 2027 or earlier, or move the deadline of G-002.',
    );
    expect(f.subjects).toEqual(['K-002', 'G-002']);
  });

  it('stays quiet for a KPI due on or before its goal', () => {
    expect(
      findingsOf(check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Due: d(2027, 3, 1) })] }), 'kpi-due-after-goal'),
    ).toEqual([]);
  });
});

describe('stale-kpi', () => {
  it('reports a weekly KPI last measured more than 14 days ago', () => {
    const [f] = findingsOf(
      check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { 'As of': d(2026, 12, 20) })] }),
      'stale-kpi',
    );
    expect(f.message).toBe(
      "KPI K-002 'Waste %' was last measured on 20 December 2026, 26 days ago; a weekly KPI should be updated at least every 14 days.",
    );
    expect(f.cell).toBe('I3');
  });

  it('allows 45 days for a monthly KPI and 90 days when no frequency is given', () => {
    const monthly = check({ kpis: [edit(CLEAN.kpis[0], { 'As of': d(2026, 12, 10) }), CLEAN.kpis[1]] });
    expect(findingsOf(monthly, 'stale-kpi')).toEqual([]);
    const blank = check({ kpis: [edit(CLEAN.kpis[0], { 'As of': d(2026, 10, 1), Frequency: null }), CLEAN.kpis[1]] });
    expect(findingsOf(blank, 'stale-kpi').map((f) => f.message)).toEqual([
      "KPI K-001 'Repeat customers per month' was last measured on 1 October 2026, 106 days ago; without a known frequency Rudder expects an update at least every 90 days.",
    ]);
  });

  it('stays quiet for an achieved KPI', () => {
    expect(
      findingsOf(
        check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { 'As of': d(2026, 11, 1), Actual: 4 })] }),
        'stale-kpi',
      ),
    ).toEqual([]);
  });
});

describe('dates written as text and error values', () => {
  it('judges a due date typed as text like a date cell', () => {
    const result = check({ goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Due: '31/03/2027' })] }, d(2027, 4, 15));
    expect(findingsOf(result, 'deadline-passed').map((f) => f.subjects[0])).toContain('G-002');
  });

  it('quotes an error value in a Due cell instead of calling it blank', () => {
    const [f] = findingsOf(
      check({ kpis: [edit(CLEAN.kpis[0], { Due: { kind: 'error', code: '#N/A' } }), CLEAN.kpis[1]] }),
      'missing-deadline',
    );
    expect(f.message).toBe("KPI K-001 'Repeat customers per month' has a deadline Rudder cannot read: '#N/A'.");
  });
});
