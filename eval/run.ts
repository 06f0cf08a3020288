/**
 * `npm run eval`: Rudder against real labels in ../shared/corpus. Prints each report and writes
 * them all to eval/results.json (not committed).
 */
import { mkdirSync, writeFileSync, existsSync } from 'fs';
import { join, resolve } from 'path';
import { formatForecastReport, runForecastEval } from './forecast';
import { formatTuneReport, tuneOnDevelopment } from './forecastTune';
import { formatNycReport, runNycEval } from './nyc';
import { readBusiness, readSmartSpan } from './smartData';
import { formatLanguageChecks, formatSmartModelReport, runLanguageChecks, runSmartModelEval } from './smartModelEval';
import { formatStructureReport, runStructureEval } from './structure';
import { formatSwotReport, runSwotEval } from './swot';
import { formatSwotLabelReport, runSwotLabelEval } from './swotLabels';
import { formatWorkbookReport, runWorkbookEval } from './workbooks';

const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus');

interface Section {
  readonly name: string;
  run(): Promise<{ report: object; text: string }>;
}

const SECTIONS: readonly Section[] = [
  {
    // Business goals and SMARTSpan, each judged on goals the model was not trained on.
    name: 'smart',
    run: async () => {
      const r = runSmartModelEval([...readBusiness(CORPUS), ...readSmartSpan(CORPUS)]);
      const languages = runLanguageChecks(join(__dirname, 'smart-languages'));
      return {
        report: { ...r, languages },
        text: `${formatSmartModelReport(r)}\n${formatLanguageChecks(languages)}`,
      };
    },
  },
  {
    name: 'nyc',
    run: async () => {
      const r = await runNycEval(CORPUS);
      return { report: r, text: formatNycReport(r) };
    },
  },
  {
    name: 'forecast',
    run: async () => {
      const r = await runForecastEval(CORPUS);
      const tuning = await tuneOnDevelopment(CORPUS);
      return {
        report: { ...r, heldOutDevelopment: tuning },
        text: `${formatForecastReport(r)}\n${formatTuneReport(tuning)}`,
      };
    },
  },
  {
    name: 'structure',
    run: async () => {
      const r = await runStructureEval(CORPUS);
      return { report: r, text: formatStructureReport(r) };
    },
  },
  {
    name: 'workbooks',
    run: async () => {
      const r = await runWorkbookEval(CORPUS);
      return { report: r, text: formatWorkbookReport(r) };
    },
  },
  {
    name: 'swot',
    run: async () => {
      const r = await runSwotEval(CORPUS);
      return { report: r, text: formatSwotReport(r) };
    },
  },
  {
    name: 'swotLabels',
    run: async () => {
      const r = await runSwotLabelEval(CORPUS);
      return { report: r, text: formatSwotLabelReport(r) };
    },
  },
];

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.error(`The corpus is not at ${CORPUS}: put the shared folder beside the project and run again.`);
    process.exit(2);
  }
  const results: Record<string, object> = {};
  for (const section of SECTIONS) {
    const { report, text } = await section.run();
    results[section.name] = report;
    console.log(`\n## ${section.name}\n${text}`);
  }
  mkdirSync(__dirname, { recursive: true });
  const out = join(__dirname, 'results.json');
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2)}\n`);
  console.log(`\nWrote ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
