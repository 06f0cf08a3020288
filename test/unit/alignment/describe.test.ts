import { entityVars, entityVarsWith } from '../../../src/core/alignment/describe';
import { buildStrategyModel } from '../../../src/core/model';
import { CLEAN, edit, workbook } from './fixtures';

describe('message vars about one entity', () => {
  const model = buildStrategyModel(workbook({ kpis: [CLEAN.kpis[0], edit(CLEAN.kpis[1], { ID: '' })] }));

  it("adds a message's own vars to the entity's, and its own win a clash", () => {
    const vars = entityVarsWith(model, model.kpis[0].ref, { due: '30 June 2027', id: 'own' });
    expect(vars).toEqual({ ...entityVars(model, model.kpis[0].ref), due: '30 June 2027', id: 'own' });
  });

  it('names a row without an ID by its row and sheet', () => {
    const vars = entityVarsWith(model, model.kpis[1].ref, { raw: 'soon' });
    expect(vars.id).toBe(`row ${model.kpis[1].location.row} of KPIs`);
    expect(vars.raw).toBe('soon');
  });
});
