import { describeWorkbookPortContract } from '../../../test/contract/workbookPort.contract';
import { PlainWorkbook } from './plainWorkbook';

// The pane's fallback outside Excel keeps formulas as text and computes none (no formula engine in the add-in).
describeWorkbookPortContract(
  'plain (the task pane outside Excel)',
  async () => {
    const wb = new PlainWorkbook({ kind: 'memory', label: 'contract', supportsLambda: false });
    await wb.addSheet('Sheet1');
    return wb;
  },
  { calculates: false },
);
