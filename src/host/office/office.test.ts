import { shortFormulaNames, SHORT_NAME_LIST } from '../../core/share/shortNames';
import { describeWorkbookPortContract } from '../../../test/contract/workbookPort.contract';
import { ExcelFake, FakeSettings } from '../../../test/fakes/excelFake';
import { CURRENT_EXCEL, OLDEST_ADMITTED_EXCEL, type AvailableSets } from '../../../test/fakes/excelFakeRequirements';
import type { TableSpec } from '../port';
import { OfficeWorkbook } from './officeWorkbook';
import { cannotResizeMessage } from './requirementSets';

describeWorkbookPortContract(
  'office (Excel fake)',
  async () => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    return new OfficeWorkbook({
      excel,
      settings: new FakeSettings(),
      requirements: excel.requirements,
      label: 'Excel (fake)',
    });
  },
  { calculates: false },
);

describe('short formula names in Excel (fake)', () => {
  const names = shortFormulaNames();
  const setup = (lambda: boolean): { excel: ExcelFake; port: OfficeWorkbook } => {
    const excel = new ExcelFake();
    excel.state.addSheet('Sheet1');
    excel.state.lambda = lambda;
    return {
      excel,
      port: new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements }),
    };
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

describe('requirement sets in Excel (fake)', () => {
  const spec = (rows: number): TableSpec => ({
    name: 'RudderGoals',
    sheet: 'Sheet1',
    topLeft: 'A1',
    columns: [{ header: 'ID' }, { header: 'Goal' }],
    rows: Array.from({ length: rows }, (_, i) => [`G-${i + 1}`, `Goal ${i + 1}`]),
  });
  const setup = (sets: AvailableSets): { excel: ExcelFake; port: OfficeWorkbook } => {
    const excel = new ExcelFake(sets);
    excel.state.addSheet('Sheet1');
    return {
      excel,
      port: new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements }),
    };
  };

  it('refreshes a table of the same size on the oldest Excel the manifest admits, asking for nothing newer', async () => {
    const { excel, port } = setup(OLDEST_ADMITTED_EXCEL);
    await port.upsertTable(spec(3));
    const again = await port.upsertTable({ ...spec(3), rows: [['G-9', 'Changed'], ...spec(2).rows] });
    expect(again.created).toBe(false);
    expect((await port.readTable('RudderGoals'))?.rows[0]).toEqual(['G-9', 'Changed']);
    expect(excel.requirements.asked).toEqual([]);
  });

  it('leaves a table that must change size as it was on that Excel, and says so plainly', async () => {
    const { excel, port } = setup(OLDEST_ADMITTED_EXCEL);
    await port.upsertTable(spec(3));
    const before = await port.readTable('RudderGoals');
    await expect(port.upsertTable(spec(5))).rejects.toThrow(cannotResizeMessage('RudderGoals'));
    expect(await port.readTable('RudderGoals')).toEqual(before);
    expect(excel.requirements.asked).toEqual(['ExcelApi 1.13']);
  });

  it('asks isSetSupported before resizing on a current Excel, then resizes', async () => {
    const { excel, port } = setup(CURRENT_EXCEL);
    await port.upsertTable(spec(3));
    const grown = await port.upsertTable(spec(5));
    expect(grown.range).toBe('A1:B6');
    expect(excel.requirements.asked).toEqual(['ExcelApi 1.13']);
  });

  it('fails a call above the declared sets that no isSetSupported check allowed, and one the Excel lacks', async () => {
    const resizeFirstTable = async (excel: ExcelFake, ask: boolean): Promise<void> =>
      excel.run(async (context) => {
        const tables = context.workbook.tables.load('items/name');
        await context.sync();
        if (ask) excel.requirements.isSetSupported('ExcelApi', '1.13');
        tables.items[0].resize('A1:B9');
        await context.sync();
      });
    const current = setup(CURRENT_EXCEL);
    await current.port.upsertTable(spec(3));
    await expect(resizeFirstTable(current.excel, false)).rejects.toMatchObject({ code: 'UnguardedApi' });
    await expect(resizeFirstTable(current.excel, true)).resolves.toBeUndefined();
    const oldest = setup(OLDEST_ADMITTED_EXCEL);
    await oldest.port.upsertTable(spec(3));
    await expect(resizeFirstTable(oldest.excel, true)).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('fails any adapter call from a set the Excel lacks, so lowering the declared sets would show', async () => {
    const { port } = setup({ ...OLDEST_ADMITTED_EXCEL, ExcelApi: '1.7' });
    await expect(port.setValidationList('Sheet1', 'A1:A3', ['a', 'b'])).rejects.toMatchObject({
      code: 'ApiNotFound',
    });
    await expect(port.freezeRows('Sheet1', 1)).resolves.toBeUndefined();
  });
});

describe("Excel's system culture, for reading text dates (fake)", () => {
  const portOn = (sets: AvailableSets, culture: string): { excel: ExcelFake; port: OfficeWorkbook } => {
    const excel = new ExcelFake(sets);
    excel.state.addSheet('Sheet1');
    excel.state.culture = culture;
    return {
      excel,
      port: new OfficeWorkbook({ excel, settings: new FakeSettings(), requirements: excel.requirements }),
    };
  };

  it('reads the culture in one sync where Excel has it (ExcelApi 1.11)', async () => {
    const { excel, port } = portOn(CURRENT_EXCEL, 'en-US');
    excel.resetCounts();
    await expect(port.readLocale()).resolves.toBe('en-US');
    expect(excel.syncCount).toBe(1);
  });

  it('asks nothing of an older Excel and says it does not know', async () => {
    const { excel, port } = portOn(OLDEST_ADMITTED_EXCEL, 'en-US');
    excel.resetCounts();
    await expect(port.readLocale()).resolves.toBeNull();
    expect(excel.syncCount).toBe(0);
  });
});
