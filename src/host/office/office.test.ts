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
