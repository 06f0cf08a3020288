import { mappingJson, parseMapping } from './mapping';
import { initialCorrections } from './plan';
import { firstTable, planOf, sheetOf } from './testing';

const goals = sheetOf([
  ['Goal', 'Owner', 'Area'],
  ['Grow weekend bread sales by a fifth', 'Ana Lopez', 'Product & craft'],
  ['Open a second shop in the city centre', 'Ben Carter', 'Growth'],
]);

describe('remembered roles', () => {
  it('remembers what detection proposed beside what was applied, and reads it back', () => {
    const plan = planOf(goals, { fix: (c) => ({ ...c, roles: { ...c.roles, B: 'notes' } }) });
    const source = plan.mapping.sources[0];
    expect(source.proposed).toMatchObject({ A: 'goal', B: 'owner' });
    expect(source.roles).toMatchObject({ A: 'goal', B: 'notes' });
    expect(parseMapping(mappingJson(plan.mapping))?.sources[0].proposed).toEqual(source.proposed);
  });

  it("starts a later run from the user's choices and from today's proposal where the user only accepted a guess", () => {
    const table = firstTable(goals);
    const remembered = {
      sheet: 'Goals',
      kind: 'goals' as const,
      headerRow: 1,
      roles: { A: 'goal' as const, B: 'notes' as const, C: 'other' as const },
      proposed: { A: 'goal' as const, B: 'owner' as const, C: 'other' as const },
    };
    const linked = {
      ...table,
      columns: table.columns.map((c) => (c.column === 'C' ? { ...c, role: 'link' as const } : c)),
    };
    expect(initialCorrections(linked, remembered).roles).toEqual({ A: 'goal', B: 'notes', C: 'link' });
  });

  it('treats every remembered role as chosen in a mapping saved before proposals were kept', () => {
    const table = firstTable(goals);
    const old = { sheet: 'Goals', kind: 'goals' as const, headerRow: 1, roles: { C: 'notes' as const } };
    expect(initialCorrections(table, old).roles.C).toBe('notes');
  });
});
