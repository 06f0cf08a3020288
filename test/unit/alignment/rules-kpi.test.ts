import { CLOSE_WORDING, metricGroups } from '../../../src/core/alignment/rules/conflicts';
import { buildStrategyModel, contentTokens, normText } from '../../../src/core/model';
import { check, CLEAN, edit, findingsOf, workbook } from './fixtures';

describe('direction-conflict', () => {
  /** The subjects of the conflicts found for one goal and its one KPI. */
  const judgePair = (goal: string, kpi: string, direction: string): string[] =>
    findingsOf(
      check({
        goals: [edit(CLEAN.goals[0], { Goal: goal }), CLEAN.goals[1]],
        kpis: [edit(CLEAN.kpis[0], { KPI: kpi, Direction: direction }), CLEAN.kpis[1]],
      }),
      'direction-conflict',
    ).map((f) => f.subjects.join(' '));

  it('reports a reduce goal whose KPI counts higher as better', () => {
    const [f] = findingsOf(
      check({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { Direction: 'higher' })] }),
      'direction-conflict',
    );
    expect(f.message).toBe(
      "Goal G-002 wants waste lower ('reduce'), but its KPI K-002 'Waste %' counts higher as better.",
    );
    expect(f.fix).toBe("Set the Direction of K-002 to 'lower', or check the wording of G-002.");
    expect(f).toMatchObject({ severity: 'error', cell: 'D3', subjects: ['G-002', 'K-002'] });
  });

  it('reports a grow goal whose KPI counts lower as better', () => {
    const found = findingsOf(
      check({ kpis: [edit(CLEAN.kpis[0], { Direction: 'Down', Target: 260 }), CLEAN.kpis[1]] }),
      'direction-conflict',
    );
    expect(found.map((f) => f.subjects)).toEqual([['G-001', 'K-001']]);
  });

  it('stays quiet when the KPI is framed the other way round (retention for churn, on-time for delays)', () => {
    const result = check({
      goals: [
        edit(CLEAN.goals[0], { Goal: 'Cut late deliveries to 2 a month by June 2027' }),
        edit(CLEAN.goals[1], { Goal: 'Reduce customer churn by June 2027' }),
      ],
      kpis: [
        edit(CLEAN.kpis[0], { KPI: 'On-time deliveries %', Direction: 'higher' }),
        edit(CLEAN.kpis[1], { KPI: 'Customer retention', Direction: 'higher' }),
      ],
    });
    expect(findingsOf(result, 'direction-conflict')).toEqual([]);
  });

  it('reports a KPI where more is naturally better counted lower as better against a goal that raises it', () => {
    const found = findingsOf(
      check({
        goals: [
          edit(CLEAN.goals[0], { Goal: 'Raise customer satisfaction to 4.6 out of 5 by June 2027' }),
          CLEAN.goals[1],
        ],
        kpis: [edit(CLEAN.kpis[0], { KPI: 'Customer satisfaction score', Direction: 'lower' }), CLEAN.kpis[1]],
      }),
      'direction-conflict',
    );
    expect(found.map((f) => f.message)).toEqual([
      "Goal G-001 wants satisfaction higher ('raise'), but its KPI K-001 'Customer satisfaction score' counts lower as better.",
    ]);
  });

  it('reads "fewer" as lower, and a verb after "not", "no" or "without" as saying no direction', () => {
    expect(judgePair('Have fewer customer returns by 30 June 2027', 'Customer returns', 'higher')).toEqual([
      'G-001 K-001',
    ]);
    expect(judgePair('Sign no fewer than 20 new clients by June 2027', 'New clients signed', 'higher')).toEqual([]);
    expect(judgePair('Do not cut prices while growing sales by 2027', 'Average price', 'higher')).toEqual([]);
    expect(judgePair('Reduce waste without cutting portions by June 2027', 'Portion size', 'higher')).toEqual([]);
  });

  it('stays quiet when goal and KPI share a word the KPI does not count', () => {
    // The KPI counts time, vans, checks, vacancies, disputed invoices: the shared word only passes by.
    expect(
      judgePair('Increase the use of mediation by 2027', 'Average mediation completion time (days)', 'lower'),
    ).toEqual([]);
    expect(
      judgePair('Reduce fuel use and emissions by 2027', 'Electric or hybrid fuel vans in the fleet', 'higher'),
    ).toEqual([]);
    expect(judgePair('Reduce the risk of food poisoning by 2027', 'Food safety checks completed', 'higher')).toEqual(
      [],
    );
    expect(judgePair('Grow the town centre economy by 2027', 'Town centre vacancy rate', 'lower')).toEqual([]);
    // "speed" is what it counts, though it ends like "received".
    expect(judgePair('Reduce delivery time to 2 days by 2027', 'Delivery speed', 'higher')).toEqual([]);
    expect(
      judgePair(
        'Increase the share of invoices that are paid on time',
        'Invoices issued that are disputed (%)',
        'lower',
      ),
    ).toEqual([]);
  });

  it('finds what the KPI counts past measure words, a bracket, a colon or what happened to it', () => {
    const conflicts: readonly [string, string, string][] = [
      ['Reduce the number of late payments by June 2027', 'Number of late payments', 'higher'],
      ['Halve the time to invoice clients by June 2027', 'Days to invoice', 'higher'],
      ['Reduce overtime by June 2027', 'Overtime hours per person', 'higher'],
      ['Reduce food waste to 3% by June 2027', 'Waste (kg per week)', 'higher'],
      ['Lower energy use by 10% by 2027', 'Energy use: kWh per month', 'higher'],
      ['Reduce customer complaints to 3 a month by June 2027', 'Complaints received per month', 'higher'],
      ['Increase loaves sold to 900 a week by June 2027', 'Loaves sold per week', 'lower'],
    ];
    for (const [goal, kpi, direction] of conflicts)
      expect([kpi, judgePair(goal, kpi, direction)]).toEqual([kpi, ['G-001 K-001']]);
  });

  it('judges each KPI against the clause of a two-clause goal that names what it measures', () => {
    const goal = edit(CLEAN.goals[0], { Goal: 'Increase gross margin by reducing food waste by June 2027' });
    const kpis = (marginDirection: string, wasteDirection: string): ReturnType<typeof edit>[] => [
      edit(CLEAN.kpis[0], { KPI: 'Gross margin %', Direction: marginDirection, Goal: 'G-001' }),
      edit(CLEAN.kpis[1], { KPI: 'Food waste %', Direction: wasteDirection, Goal: 'G-001' }),
    ];
    expect(
      findingsOf(check({ goals: [goal, CLEAN.goals[1]], kpis: kpis('higher', 'lower') }), 'direction-conflict'),
    ).toEqual([]);
    const [waste] = findingsOf(
      check({ goals: [goal, CLEAN.goals[1]], kpis: kpis('higher', 'higher') }),
      'direction-conflict',
    );
    expect(waste.message).toBe(
      "Goal G-001 wants food waste lower ('reducing'), but its KPI K-002 'Food waste %' counts higher as better.",
    );
    const [margin] = findingsOf(
      check({ goals: [goal, CLEAN.goals[1]], kpis: kpis('lower', 'lower') }),
      'direction-conflict',
    );
    expect(margin.message).toBe(
      "Goal G-001 wants gross margin higher ('increase'), but its KPI K-001 'Gross margin %' counts lower as better.",
    );
  });
});

describe('conflicting-targets', () => {
  it('reports two KPIs on the same metric, on different sheets, with opposite directions', () => {
    const result = check({
      kpis: [
        ...CLEAN.kpis,
        {
          ID: 'K-003',
          KPI: 'waste  %',
          Goal: 'G-002',
          Direction: 'higher',
          Unit: '%',
          Target: 7,
          Owner: 'Ann Lee',
          Due: CLEAN.kpis[1].Due,
        },
      ],
    });
    const [f] = findingsOf(result, 'conflicting-targets');
    expect(f.message).toBe(
      "KPIs K-002 and K-003 both measure 'Waste %', but one counts higher as better and the other lower.",
    );
    expect(f.subjects).toEqual(['K-002', 'K-003']);
  });

  it('reports targets that cannot both be met on the same unit and close wording', () => {
    const result = check({
      kpis: [
        ...CLEAN.kpis,
        {
          ID: 'K-003',
          KPI: 'Waste percentage of stock',
          Goal: 'G-002',
          Direction: 'range',
          Unit: '%',
          Target: '6-8',
          Owner: 'Ann Lee',
          Due: CLEAN.kpis[1].Due,
        },
      ],
    });
    const found = findingsOf(result, 'conflicting-targets');
    // "Waste %" (at most 5) and "Waste percentage of stock" (6 to 8) share two words of three: close.
    expect(found.map((f) => f.subjects)).toEqual([['K-002', 'K-003']]);
    expect(found[0].message).toMatch(/targets that cannot both be met/);
  });

  it('stays quiet for same-named KPIs whose targets can both be met, and for different metrics', () => {
    const result = check({
      kpis: [
        ...CLEAN.kpis,
        {
          ID: 'K-003',
          KPI: 'Waste %',
          Goal: 'G-002',
          Direction: 'lower',
          Unit: '%',
          Target: 4,
          Owner: 'Ann Lee',
          Due: CLEAN.kpis[1].Due,
        },
        {
          ID: 'K-004',
          KPI: 'Staff turnover %',
          Goal: 'G-002',
          Direction: 'higher',
          Unit: '%',
          Target: 9,
          Owner: 'Ann Lee',
          Due: CLEAN.kpis[1].Due,
        },
      ],
    });
    expect(findingsOf(result, 'conflicting-targets')).toEqual([]);
  });
});

describe('target-not-numeric', () => {
  it('reports a KPI target that is text, blank, or not a range for a range KPI', () => {
    const result = check({
      kpis: [
        edit(CLEAN.kpis[0], { Target: 'lots' }),
        edit(CLEAN.kpis[1], { Target: null }),
        { ID: 'K-003', KPI: 'Stock days', Goal: 'G-002', Direction: 'range', Target: 10, Owner: 'Bob Diaz' },
      ],
    });
    expect(findingsOf(result, 'target-not-numeric').map((f) => f.message)).toEqual([
      "KPI K-001 'Repeat customers per month' has target 'lots', which is not a number.",
      "KPI K-002 'Waste %' has no target.",
      "KPI K-003 'Stock days' is a range KPI, but its target '10' is not a range such as 90-110.",
    ]);
  });

  it('accepts numbers written as text, percentages and ranges', () => {
    const result = check({
      kpis: [
        edit(CLEAN.kpis[0], { Target: '1,260' }),
        edit(CLEAN.kpis[1], { Target: '5%', Baseline: '8%', Actual: '6%' }),
        { ID: 'K-003', KPI: 'Stock days', Goal: 'G-002', Direction: 'range', Target: '8-12' },
      ],
    });
    expect(findingsOf(result, 'target-not-numeric')).toEqual([]);
  });
});

describe('direction-unreadable', () => {
  it('reports a Direction word Rudder does not know, at the Direction cell', () => {
    const result = check({ kpis: [edit(CLEAN.kpis[0], { Direction: 'sideways' }), CLEAN.kpis[1]] });
    const found = findingsOf(result, 'direction-unreadable');
    expect(found.map((f) => f.message)).toEqual([
      "KPI K-001 'Repeat customers per month' has direction 'sideways', which Rudder does not understand, so it is judged as higher is better.",
    ]);
    expect(found[0].fix).toContain('Direction column of K-001');
  });

  it('accepts blank directions and the words people write: Up, Lower is better, range, maintain below', () => {
    const result = check({
      kpis: [
        edit(CLEAN.kpis[0], { Direction: null }),
        edit(CLEAN.kpis[1], { Direction: 'Lower is better' }),
        edit(CLEAN.kpis[0], { ID: 'K-003', Direction: 'Up' }),
        edit(CLEAN.kpis[1], { ID: 'K-004', Direction: 'maintain below', Target: 5 }),
        edit(CLEAN.kpis[1], { ID: 'K-005', Direction: 'range', Target: '4-6' }),
      ],
    });
    expect(findingsOf(result, 'direction-unreadable')).toEqual([]);
  });
});

describe('metricGroups (the grouping behind conflicting-targets)', () => {
  /** Every pair compared the slow way: same words, or same unit and close wording. */
  function bruteForce(names: readonly string[], units: readonly string[]): string[] {
    const tokens = names.map((n) => [...new Set(contentTokens(n))].sort());
    const parent = names.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let a = 0; a < names.length; a++)
      for (let b = a + 1; b < names.length; b++) {
        if (tokens[a].length === 0 || tokens[b].length === 0) continue;
        const shared = tokens[a].filter((t) => tokens[b].includes(t)).length;
        const sameWords = tokens[a].join(' ') === tokens[b].join(' ');
        const unit = normText(units[a]);
        const close =
          unit !== '' &&
          unit === normText(units[b]) &&
          shared / (tokens[a].length + tokens[b].length - shared) >= CLOSE_WORDING;
        if (sameWords || close) parent[find(a)] = find(b);
      }
    const groups = new Map<number, number[]>();
    names.forEach((_, i) => {
      if (tokens[i].length === 0) return;
      groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
    });
    return [...groups.values()]
      .filter((g) => g.length > 1)
      .map((g) => g.join(','))
      .sort();
  }

  /** A repeatable stream of whole numbers below `k`, from a seed. */
  function seeded(seed: number): (k: number) => number {
    let state = seed;
    return (k) => (state = (state * 1103515245 + 12345) % 2147483648) % k;
  }

  /** metricGroups on KPIs with these names and units, each group as its sorted KPI indices ("0,4,7"), sorted. */
  function groupsOf(names: readonly string[], units: readonly string[]): string[] {
    const model = buildStrategyModel(
      workbook({ kpis: names.map((name, i) => edit(CLEAN.kpis[0], { ID: `K-${i + 1}`, KPI: name, Unit: units[i] })) }),
    );
    return metricGroups(model)
      .map((g) => [...g].sort((a, b) => a - b).join(','))
      .sort();
  }

  it('finds exactly the groups a pair-by-pair comparison finds, on 80 names from a small vocabulary', () => {
    const words = [
      'waste',
      'bread',
      'loaves',
      'sold',
      'weekly',
      'cost',
      'per',
      'loaf',
      'online',
      'orders',
      'margin',
      'stock',
    ];
    const next = seeded(7);
    const names = Array.from({ length: 80 }, () =>
      Array.from({ length: 1 + next(4) }, () => words[next(words.length)]).join(' '),
    );
    const units = names.map(() => ['count', '%', '', 'EUR'][next(4)]);
    const found = groupsOf(names, units);
    expect(found).toEqual(bruteForce(names, units));
    // Not one trivial group: several groups, none holding every name.
    expect(found.length).toBeGreaterThan(2);
    expect(Math.max(...found.map((g) => g.split(',').length))).toBeLessThan(names.length / 2);
  });

  it('finds the same groups as a pair-by-pair comparison when names run to dozens of words', () => {
    // Names of more than 32 words are sorted by the built-in sort, shorter ones in place.
    const words = Array.from({ length: 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'x'}`);
    const next = seeded(11);
    const base = words.slice(5, 45);
    const names = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0
        ? base.map((w) => (next(10) === 0 ? words[next(words.length)] : w)).join(' ')
        : Array.from({ length: 1 + next(45) }, () => words[next(words.length)]).join(' '),
    );
    const units = names.map(() => ['count', ''][next(2)]);
    // The same 40 words in another order, with no unit: only the same words can group these two.
    names.push(base.join(' '), [...base].reverse().join(' '));
    units.push('', '');
    const found = groupsOf(names, units);
    expect(found).toEqual(bruteForce(names, units));
    expect(found.some((g) => g.endsWith('30,31'))).toBe(true);
  });

  it('groups a long name with one that holds exactly two thirds of its words, and not with one that holds fewer', () => {
    const words = Array.from({ length: 50 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i < 26 ? '' : 'x'}`);
    const long = words.join(' ');
    expect(groupsOf([long, words.slice(0, 33).join(' ')], ['count', 'count'])).toEqual(['0,1']);
    expect(groupsOf([long, words.slice(0, 32).join(' ')], ['count', 'count'])).toEqual([]);
  });
});
