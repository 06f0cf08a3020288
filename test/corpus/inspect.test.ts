/**
 * Every workbook of the shared corpus opens in the CLI's adapter and is described. The
 * expectations (sheet names, tables) were written after opening each file; the files stay in
 * ../shared/corpus and are never copied here.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { WorkbookError } from '../../src/host/errors';
import { describeWorkbook } from '../../src/host/inspect';
import { openXlsxPort } from '../../src/host/xlsx';

const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus');
const WORKBOOKS = join(CORPUS, 'workbooks');

/** What each file holds, from looking at it: sheet names in order, and tables by sheet. */
const EXPECTED: Record<string, { sheets: string[]; tables?: Record<string, string[]> }> = {
  'competitor-swot.xlsx': { sheets: ['SWOT'] },
  'swot-item-rows.xlsx': { sheets: ['Sheet1'] },
  'swot-grid-fr.xlsx': { sheets: ['SWOT'] },
  'empty-swot-template.xlsx': { sheets: ['List1'] },
  'messy-kpi-tracker.xlsx': { sheets: ['Sheet1'] },
  'goals-by-horizon.xlsx': {
    sheets: ['g', 'Goals', 'Recurring', 'Funtime Buys'],
    tables: { Goals: ['Goals'], 'Funtime Buys': ['wishlist'] },
  },
  'service-desk-scorecard.xlsx': {
    sheets: ['Summary', 'Accounts', 'Purchasing', 'Reactive', 'Helpdesk', 'Phones'],
    tables: {
      Accounts: ['Table1'],
      Purchasing: ['Table2'],
      Reactive: ['Table3'],
      Helpdesk: ['Table5'],
      Phones: ['Table4'],
    },
  },
  'saas-kpi-dashboard.xlsx': { sheets: ['Raw Data', 'KPI Dashboard', 'KPI Calc', 'Charts'] },
  // The second round of workbooks (labels.json).
  'bb245_swot_notes_en.xlsx': {
    sheets: [
      'Student Info',
      'Client brief',
      'SWOT analysis notes',
      'SWOT matrix',
      'Development plan',
      'Wireframe Screen prints',
    ],
  },
  'crisc_foda_strategy_es.xlsx': {
    sheets: ['INDICE ', 'VIMIVA', 'FODA', 'FACTORES', 'ESTRATEGIAS ', 'PLANES DE ACCION', 'DASHBOARD'],
  },
  'dangelo_metas_daily_pt.xlsx': { sheets: ['Folha1', 'Folha2'] },
  'darrowyu_production_log_zh.xlsx': { sheets: ['Sheet1'] },
  'excelfritz_budget_en.xlsx': {
    sheets: ['2025', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  'glidepath_kpi_long_en.xlsx': {
    sheets: ['Percentage (eg Compliance)', 'Average (eg UPH)', 'Numbers (eg Testing)'],
  },
  'gmatef_foda_es.xlsx': { sheets: ['Hoja1', 'Hoja2', 'Hoja3'] },
  'grange_metrics_en.xlsx': { sheets: ['Metric'] },
  'heggy_swot_cs.xlsx': { sheets: ['SWOT Comparison'] },
  'jartab_swot_cs.xlsx': { sheets: ['List1'] },
  'matteo_businessplan_it.xlsx': {
    sheets: ['Investimento iniziale', 'Milestones', 'Analisi di mercato', 'Previsione economica', 'WBS', 'GRANTT'],
  },
  'mohanned_bsc_wide_en.xlsx': {
    sheets: ['Lists', 'Resources', 'Operations', 'Customer', 'Finance', 'Calculations', 'Dashboard'],
  },
  'prof_borges_okr_pt.xlsx': { sheets: ['Como usar', '<Quarter X - OKR>', 'Informações'] },
  'prof_borges_swot_pt.xlsx': { sheets: ['SWOT', 'ANÁLISE', 'AÇÃO'] },
  'vimalraj_goals_en.xlsx': { sheets: ['Goal_Oct22'] },
};

describe('rudder inspect on the corpus workbooks', () => {
  const files = readdirSync(WORKBOOKS)
    .filter((f) => f.endsWith('.xlsx'))
    .sort();

  it('knows every workbook in the corpus', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(files)('opens and describes %s', async (file) => {
    const port = await openXlsxPort(join(WORKBOOKS, file));
    const description = await describeWorkbook(port);
    const expected = EXPECTED[file];
    expect(description.sheets.map((s) => s.name)).toEqual(expected.sheets);
    for (const sheet of description.sheets) {
      expect(sheet.tables.map((t) => t.name)).toEqual(expected.tables?.[sheet.name] ?? []);
      for (const table of sheet.tables) expect(table.headers.length).toBeGreaterThan(0);
    }
    // Something is on at least one sheet of every real file.
    expect(description.sheets.some((s) => s.usedRange !== null)).toBe(true);
  });

  it('gives a plain WorkbookError for a web page saved as .xlsx', async () => {
    const attempt = openXlsxPort(join(CORPUS, 'bad-input', 'html-saved-as.xlsx'));
    await expect(attempt).rejects.toBeInstanceOf(WorkbookError);
    await expect(attempt).rejects.toThrow(/web page/);
  });
});
