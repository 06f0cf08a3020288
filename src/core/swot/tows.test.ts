import { proposeTowsPairings } from './tows';
import type { SwotItem, SwotQuadrant } from './types';

const mk = (id: string, quadrant: SwotQuadrant, impact: number, text = id): SwotItem => ({
  id,
  quadrant,
  text,
  impact,
  evidence: '',
  goals: [],
});

describe('proposeTowsPairings', () => {
  const items = [
    mk('S-1', 'strength', 2, 'Skilled bakers'),
    mk('S-2', 'strength', 5, 'Loyal customers'),
    mk('W-1', 'weakness', 4, 'Old ovens'),
    mk('O-1', 'opportunity', 3, 'Office catering'),
    mk('O-2', 'opportunity', 5, 'Vegan demand'),
    mk('T-1', 'threat', 1, 'Chain café'),
    mk('T-2', 'threat', 4, 'Flour prices'),
  ];

  it('puts the pairing of the highest impacts first', () => {
    const so = proposeTowsPairings(items).filter((p) => p.type === 'SO');
    expect(so.map((p) => p.from)).toEqual([
      ['S-2', 'O-2'],
      ['S-2', 'O-1'],
      ['S-1', 'O-2'],
    ]);
    expect(so.map((p) => p.score)).toEqual([25, 15, 10]);
    expect(so.map((p) => p.rank)).toEqual([1, 2, 3]);
  });

  it('returns SO, ST, WO, WT in that order, at most perType each', () => {
    const all = proposeTowsPairings(items, { perType: 1 });
    expect(all.map((p) => `${p.type}:${p.from.join('+')}`)).toEqual([
      'SO:S-2+O-2',
      'ST:S-2+T-2',
      'WO:W-1+O-2',
      'WT:W-1+T-2',
    ]);
  });

  it('gives no pairings of a type whose quadrant is empty, without failing', () => {
    const noThreats = items.filter((i) => i.quadrant !== 'threat');
    const types = new Set(proposeTowsPairings(noThreats).map((p) => p.type));
    expect([...types]).toEqual(['SO', 'WO']);
    expect(proposeTowsPairings([])).toEqual([]);
  });

  it('breaks ties by list order, the same way every time', () => {
    const flat = [
      mk('S-1', 'strength', 3),
      mk('S-2', 'strength', 3),
      mk('O-1', 'opportunity', 3),
      mk('O-2', 'opportunity', 3),
    ];
    const first = proposeTowsPairings(flat, { perType: 4 }).map((p) => p.from.join('+'));
    expect(first).toEqual(['S-1+O-1', 'S-1+O-2', 'S-2+O-1', 'S-2+O-2']);
    expect(proposeTowsPairings([...flat], { perType: 4 }).map((p) => p.from.join('+'))).toEqual(first);
  });

  it('writes a plain prompt naming both items', () => {
    const [top] = proposeTowsPairings(items);
    expect(top.prompt).toMatch(/^Use "Loyal customers" to seize "Vegan demand": /);
    const wt = proposeTowsPairings(items).find((p) => p.type === 'WT');
    expect(wt?.prompt).toContain('"Old ovens"');
    expect(wt?.prompt).toContain('"Flour prices"');
  });

  it('ranks hundreds of items quickly and returns only the top ones', () => {
    const many: SwotItem[] = [];
    for (let i = 1; i <= 300; i++) many.push(mk(`S-${i}`, 'strength', (i % 5) + 1));
    for (let i = 1; i <= 300; i++) many.push(mk(`O-${i}`, 'opportunity', (i % 5) + 1));
    const started = Date.now();
    const so = proposeTowsPairings(many, { perType: 5 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(so).toHaveLength(5);
    expect(so.every((p) => p.score === 25)).toBe(true);
    expect(so[0].from).toEqual(['S-4', 'O-4']);
  });
});
