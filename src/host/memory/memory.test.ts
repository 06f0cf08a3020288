import { describeWorkbookPortContract } from '../../../test/contract/workbookPort.contract';
import { MemoryWorkbook } from './memoryWorkbook';

describeWorkbookPortContract('memory', async () => {
  const wb = new MemoryWorkbook();
  await wb.addSheet('Sheet1');
  return wb;
});
