/**
 * `npm run train:smart`: learns the SMART model's weights from the labelled goals in
 * ../shared/corpus/smart (business goals and SMARTSpan) and writes src/core/smart/weights.json.
 * Deterministic: the same corpus gives the same file. A malformed labels line stops it, naming the line.
 */
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { readBusiness, readSmartSpan, LabelsFileError } from './smartData';
import { featureRows, weightsFile } from './smartModel';

const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus');
const OUT = resolve(__dirname, '..', 'src', 'core', 'smart', 'weights.json');

function main(): void {
  const rows = featureRows([...readBusiness(CORPUS), ...readSmartSpan(CORPUS)]);
  writeFileSync(OUT, `${JSON.stringify(weightsFile(rows), null, 1)}\n`);
  console.log(`Trained on ${rows.length} goals; wrote ${OUT}`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof LabelsFileError)) throw e;
  console.error(e.message);
  process.exit(2);
}
