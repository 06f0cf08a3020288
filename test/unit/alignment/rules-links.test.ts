import { fill, groupFindings, MSG } from '../../../src/core/alignment';
import { check, CLEAN, edit, findingsOf } from './fixtures';

describe('kpi-without-goal', () => {
  it('reports a KPI whose Goal cell is empty, naming it and suggesting a goal ID', () => {
    const [f, ...rest] = findingsOf(
      check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Goal: null })] }),
      'kpi-without-goal',
    );
    expect(rest).toEqual([]);
    expect(f.message).toBe("KPI K-002 'Waste %' is not linked to any goal.");
    expect(f.fix).toBe('Put a goal ID such as G-001 in the Goal column of K-002.');
    expect(f).toMatchObject({ sheet: 'KPIs', cell: 'C3', subjects: ['K-002'], severity: 'warning' });
  });

  it('reads "n/a", "TBD" or "-" in a link cell as no link, not as a link to something called that', () => {
    const result = check({
      kpis: [edit(CLEAN.kpis[0], { Goal: 'n/a' }), edit(CLEAN.kpis[1], { Goal: ' - ' })],
      goals: [edit(CLEAN.goals[0], { Pillar: 'TBD' }), CLEAN.goals[1]],
    });
    expect(findingsOf(result, 'kpi-without-goal').map((f) => f.subjects[0])).toEqual(['K-001', 'K-002']);
    expect(findingsOf(result, 'broken-link')).toEqual([]);
    // G-001 is still anchored through the SWOT item and TOWS strategy that link to it.
    expect(findingsOf(result, 'goal-without-pillar')).toEqual([]);
  });

  it('stays quiet for KPIs linked by ID or by name', () => {
    expect(
      findingsOf(
        check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Goal: 'Reduce food waste' })] }),
        'kpi-without-goal',
      ),
    ).toEqual([]);
  });
});

describe('goal-without-kpi', () => {
  it('reports a goal no KPI measures', () => {
    const found = findingsOf(check({ kpis: [CLEAN.kpis[0]] }), 'goal-without-kpi');
    expect(found.map((f) => f.subjects)).toEqual([['G-002']]);
    expect(found[0].message).toBe(
      "Goal G-002 'Reduce food waste from 8% to 5% of stock by 31 March 2027' has no KPI measuring it.",
    );
    expect(found[0].fix).toBe('Add a KPI to the KPI table with G-002 in its Goal column.');
  });

  it('stays quiet when every goal has a KPI', () => {
    expect(findingsOf(check(), 'goal-without-kpi')).toEqual([]);
  });
});

describe('goal-without-pillar', () => {
  it('reports a goal linked to no value, pillar, mission or SWOT item', () => {
    const found = findingsOf(
      check({
        goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Pillar: null, Source: null })],
        swot: [CLEAN.swot[0], edit(CLEAN.swot[1], { Goals: null }), CLEAN.swot[2]],
      }),
      'goal-without-pillar',
    );
    expect(found.map((f) => f.subjects)).toEqual([['G-002']]);
    expect(found[0].fix).toBe('Put a pillar or value ID such as V-1 in the Pillar column of G-002.');
  });

  it('says how to make a strategy table when the workbook has no values or pillars to link to', () => {
    const found = findingsOf(
      check({ strategy: [], swot: [], tows: [], goals: [edit(CLEAN.goals[0], { Pillar: null }), CLEAN.goals[1]] }),
      'goal-without-pillar',
    );
    expect(found.map((f) => f.subjects[0])).toEqual(['G-001', 'G-002']);
    expect(found[0].fix).toBe(
      'Run Structure on the sheet where you list your mission, values and pillars (a Type and a Statement column, ' +
        'such as Pillar and Customer loyalty): it makes the table RudderStrategy with an ID for each, such as P-1. ' +
        'Then put one of those IDs, or the pillar as written, in the Pillar column of G-001.',
    );
  });

  it('counts a goal tied only to a SWOT item as aligned', () => {
    expect(
      findingsOf(check({ goals: [CLEAN.goals[0], edit(CLEAN.goals[1], { Pillar: null })] }), 'goal-without-pillar'),
    ).toEqual([]);
  });

  it('counts a goal whose parent goal is aligned as aligned, even when parents link in a circle', () => {
    const result = check({
      goals: [
        CLEAN.goals[0],
        edit(CLEAN.goals[1], { Pillar: null, Source: 'G-003' }),
        { ID: 'G-003', Goal: 'Sub goal', Source: 'G-002', Owner: 'Ann Lee', Due: CLEAN.goals[1].Due },
      ],
      swot: [CLEAN.swot[0], edit(CLEAN.swot[1], { Goals: null }), CLEAN.swot[2]],
    });
    // G-002 and G-003 only point at each other: neither reaches strategy.
    expect(findingsOf(result, 'goal-without-pillar').map((f) => f.subjects[0])).toEqual(['G-002', 'G-003']);
    const anchored = check({
      goals: [CLEAN.goals[0], CLEAN.goals[1], { ID: 'G-003', Goal: 'Sub goal', Source: 'G-002, G-003' }],
    });
    expect(findingsOf(anchored, 'goal-without-pillar')).toEqual([]);
  });
});

describe('broken-link', () => {
  it('reports a KPI that names a goal ID that does not exist, with the goal nearest in meaning, not in number', () => {
    const [f] = findingsOf(check({ kpis: [edit(CLEAN.kpis[0], { Goal: 'G-009' }), CLEAN.kpis[1]] }), 'broken-link');
    expect(f.severity).toBe('error');
    expect(f.message).toBe(
      "KPI K-001 'Repeat customers per month' links to 'G-009' in its Goal column, but there is no goal with that ID or name. Closest: goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…'.",
    );
    expect(f.fix).toBe("Replace 'G-009' in the Goal column of K-001 with the right ID, such as G-001.");
    expect(f).toMatchObject({ sheet: 'KPIs', cell: 'C2' });
  });

  it('names no closest goal when no goal shares a word with the KPI', () => {
    const [f] = findingsOf(
      check({ kpis: [edit(CLEAN.kpis[0], { KPI: 'Instagram followers', Goal: 'G-009' }), CLEAN.kpis[1]] }),
      'broken-link',
    );
    expect(f.message).not.toMatch(/Closest/);
    expect(f.fix).toBe("Replace 'G-009' in the Goal column of K-001 with the ID of an existing goal, or clear it.");
  });

  it('chooses the closest goal by a telling word, not by a word nearly every goal shares', () => {
    const goalsInArea = Array.from({ length: 8 }, (_, i) =>
      edit(CLEAN.goals[0], { ID: `G-${101 + i}`, Goal: `Raise ${i === 5 ? 'catering' : 'shop'} sales in area ${i}` }),
    );
    const [f] = findingsOf(
      check({ goals: goalsInArea, kpis: [edit(CLEAN.kpis[0], { KPI: 'Catering sales in the area', Goal: 'G-999' })] }),
      'broken-link',
    );
    expect(f.fix).toBe("Replace 'G-999' in the Goal column of K-001 with the right ID, such as G-106.");
  });

  it('tells 63 rows naming the same category in the Goal column as one finding with its likely cause', () => {
    const kpis = Array.from({ length: 63 }, (_, i) => edit(CLEAN.kpis[0], { ID: `K-${100 + i}`, Goal: 'Marketing' }));
    const result = groupFindings(check({ kpis }));
    const broken = result.findings.filter((f) => f.rule === 'broken-link');
    expect(broken).toHaveLength(1);
    expect(broken[0].count).toBe(63);
    expect(broken[0].message).toBe(
      "63 KPIs name 'Marketing' in their Goal column, which is not a goal: is this a category column rather than a link?",
    );
    expect(broken[0].subjects).toHaveLength(63);
  });

  it('reports a name that could mean several strategy items, asking for the ID', () => {
    const [f] = findingsOf(
      check({
        strategy: [...CLEAN.strategy, { Type: 'Pillar', ID: 'P-3', Statement: 'Customer experience' }],
        goals: [edit(CLEAN.goals[0], { Pillar: 'customer, V-1' }), CLEAN.goals[1]],
      }),
      'broken-link',
    );
    expect(f.message).toBe(
      "'customer' in the Pillar column of G-001 could mean value V-1 'Honesty with customers', pillar P-1 'Customer loyalty' or pillar P-3 'Customer experience'.",
    );
    expect(f.fix).toBe("Write the ID (V-1, P-1 or P-3) instead of 'customer' in the Pillar column of G-001.");
  });

  it('reports a goal linked to itself', () => {
    const [f] = findingsOf(
      check({ goals: [edit(CLEAN.goals[0], { Source: 'g-001' }), CLEAN.goals[1]] }),
      'broken-link',
    );
    expect(f.message).toBe(
      fill(MSG.linkSelf, {
        What: "Goal G-001 'Raise repeat customers from 200 to 260 a month by 30 June…'",
        column: 'Source',
      }),
    );
  });

  it('stays quiet for IDs in other case or spacing and for names that match one entity', () => {
    const result = check({
      goals: [edit(CLEAN.goals[0], { Pillar: ' p-1 ;Honesty with customers' }), CLEAN.goals[1]],
      kpis: [edit(CLEAN.kpis[0], { Goal: 'g-001 ' }), CLEAN.kpis[1]],
    });
    expect(findingsOf(result, 'broken-link')).toEqual([]);
  });
});

describe('duplicate-id', () => {
  it('reports the same ID twice in a table, whatever its case or spacing, and suggests a free one', () => {
    const [f, ...rest] = findingsOf(
      check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { ID: ' k-001' })] }),
      'duplicate-id',
    );
    expect(rest).toEqual([]);
    expect(f.message).toBe('ID K-001 is used 2 times in RudderKPIs (rows 2 and 3).');
    expect(f.fix).toBe('Give each row its own ID: for example change the one on row 3 to k-002.');
    expect(f).toMatchObject({ cell: 'A3', subjects: ['K-001'] });
  });

  it('suggests the next number after the highest in the table, however its IDs are written', () => {
    const ids = ['K-001', 'K-007', ' k-012', 'K - 3', 'K-001'];
    const [f] = findingsOf(check({ kpis: ids.map((ID, i) => edit(CLEAN.kpis[i % 2], { ID })) }), 'duplicate-id');
    expect(f.fix).toBe('Give each row its own ID: for example change the one on row 6 to K-013.');
  });

  it('stays quiet when the same ID appears in two different tables', () => {
    expect(
      findingsOf(check({ swot: [...CLEAN.swot, { ID: 'G-001', Quadrant: 'Opportunity', Item: 'x' }] }), 'duplicate-id'),
    ).toEqual([]);
  });
});
