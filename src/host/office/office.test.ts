import { shortFormulaNames, SHORT_NAME_LIST } from '../../core/share/shortNames';
import { describeWorkbookPortContract } from '../../../test/contract/workbookPort.contract';
import { ExcelFake, FakeSettings } from '../../../test/fakes/excelFake';
import { OfficeWorkbook } from './officeWorkbook';

describeWorkbookPortContract(
  'office (Excel fake)',
  async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    return new OfficeWorkbook({ excel, settings: new FakeSettings(), label: 'Excel (fake)' });
  },
  { calculates: false },
);

describe('short formula names in Excel (fake)', () => {
  const names = shortFormulaNames();
  const setup = (lambda: boolean): { excel: ExcelFake; port: OfficeWorkbook } => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    excel.state.lambda = lambda;
    return { excel, port: new OfficeWorkbook({ excel, settings: new FakeSettings() }) };
  };

  it('writes the names with their comments in two syncs and removes the LAMBDA probe', async () => {
    const { excel, port } = setup(true);
    expect(port.hostInfo().supportsLambda).toBe(false); // not known before the probe
    excel.resetCounts();
    const result = await port.addNames(names);
    expect(excel.syncCount).toBe(2);
    expect(result).toMatchObject({ outcome: 'written', calculatedHere: true, added: [...SHORT_NAME_LIST] });
    expect(excel.state.names.map((n) => [n.name, n.formula, n.comment])).toEqual(
      names.map((n) => [n.name, n.formula, n.comment]),
    );
    expect(port.hostInfo().supportsLambda).toBe(true);
  });

  it('says noLambda, writes nothing and leaves no probe behind in an Excel without LAMBDA', async () => {
    const { excel, port } = setup(false);
    excel.state.names.push({ name: 'TaxRate', formula: '=0.2', comment: '' });
    excel.resetCounts();
    const result = await port.addNames(names);
    expect(result.outcome).toBe('noLambda');
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.state.names.map((n) => n.name)).toEqual(['TaxRate']);
    expect(port.hostInfo().supportsLambda).toBe(false);
  });

  it('replaces its own names by deleting them first, never adding a second of one spelling', async () => {
    const { excel, port } = setup(true);
    excel.state.names.push({ name: 'kpi_progress', formula: '=1', comment: 'Rudder: old' });
    const result = await port.addNames(names);
    expect(result.replaced).toEqual(['KPI_PROGRESS']);
    expect(excel.state.names.filter((n) => n.name.toUpperCase() === 'KPI_PROGRESS')).toHaveLength(1);
    expect(excel.state.names.some((n) => n.name.startsWith('_Rudder'))).toBe(false);
  });
});
