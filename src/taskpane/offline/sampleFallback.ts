/** The workbook the pane uses when Excel is not there: the bakery sample, without a formula engine. */
import { BAKERY_SAMPLE } from '../../sample/bakery';
import { loadSample } from '../../sample/load';
import { PlainWorkbook } from '../../host/plain';

export async function createSampleFallback(): Promise<PlainWorkbook> {
  const workbook = new PlainWorkbook({
    kind: 'memory',
    label: `${BAKERY_SAMPLE.title} sample, in this page only`,
    supportsLambda: false,
  });
  await loadSample(workbook, BAKERY_SAMPLE);
  return workbook;
}
