import { describeWorkbookPortContract } from '../../../test/contract/workbookPort.contract';
import { createXlsxPort, openXlsxBytes } from './index';

describeWorkbookPortContract('xlsx (ExcelJS)', async () => createXlsxPort('Sheet1'));

describeWorkbookPortContract('xlsx (ExcelJS), after a save and reopen', async () => {
  const saved = await createXlsxPort('Sheet1').toBytes();
  return openXlsxBytes(saved);
});
