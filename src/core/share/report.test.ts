import { serialFromYmd } from '../dates';
import { buildStrategyModel } from '../model';
import { gatherShareFacts } from './facts';
import { renderReportHtml } from './report';
import { advisorSummaryRows } from './summary';

const DAY = serialFromYmd(2027, 1, 15);
const NASTY_GOAL = '<script>alert("hi")</script> Grow sales & margins by 10% by June 2027';
const NASTY_KPI = 'Bread & cakes <b>sold</b>';

function facts(title = 'Tom & Jerry\'s "Bakery"') {
  const model = buildStrategyModel([
    {
      name: 'RudderGoals',
      sheet: 'Goals',
      range: 'A1:C2',
      headers: ['ID', 'Goal', 'Owner'],
      rows: [['G-001', NASTY_GOAL, '<img src=x onerror=alert(1)>']],
    },
    {
      name: 'RudderKPIs',
      sheet: 'KPIs',
      range: 'A1:F2',
      headers: ['ID', 'KPI', 'Goal', 'Direction', 'Target', 'Actual'],
      rows: [['K-001', NASTY_KPI, 'G-001', 'higher', 100, 80]],
    },
  ]);
  return gatherShareFacts(model, DAY, title);
}

describe('the printable report keeps workbook text as text', () => {
  const html = renderReportHtml(facts());

  it('escapes markup and ampersands in goals, KPIs and the title', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>sold</b>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Bread &amp; cakes &lt;b&gt;sold&lt;/b&gt;');
    expect(html).toContain('<title>Tom &amp; Jerry&#39;s &quot;Bakery&quot;: strategy report</title>');
  });

  it('holds no script and loads nothing from outside', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  });
});

describe('the Advisor summary sheet', () => {
  it('lists goals and KPIs with their text unchanged (the host writes it as text, not HTML)', () => {
    const rows = advisorSummaryRows(facts());
    expect(rows.some((r) => r[0] === 'G-001' && r[1] === NASTY_GOAL)).toBe(true);
    expect(rows.some((r) => r[0] === 'K-001' && r[1] === NASTY_KPI)).toBe(true);
    expect(rows[0][0]).toBe('Tom & Jerry\'s "Bakery": summary for advisors');
  });
});

describe('the printable report of a big workbook', () => {
  const goals = Array.from({ length: 500 }, (_, i) => [
    `G-${String(i + 1).padStart(3, '0')}`,
    `Open ${i + 1} new wholesale accounts in the north by June 2027`,
    '',
  ]);
  const model = buildStrategyModel([
    {
      name: 'RudderGoals',
      sheet: 'Goals',
      range: `A1:C${goals.length + 1}`,
      headers: ['ID', 'Goal', 'Owner'],
      rows: goals,
    },
  ]);
  const html = renderReportHtml(gatherShareFacts(model, DAY, 'Big plan'));

  it('says how many goals the picture leaves out and where they are listed', () => {
    expect(html).toContain('+ 486 more: see the Goals table of the workbook');
  });

  it('prints findings whole, never cut mid-sentence, and counts the rest', () => {
    const findings = /<ul class="findings">(.*?)<\/ul>/s.exec(html)?.[1] ?? '';
    expect(findings).not.toContain('…</');
    expect(html).toMatch(/… and \d+ more findings in the workbook\./);
  });
});

describe('huge numbers in the summary', () => {
  it('shows 1e308 as a number, never as "Infinity"', () => {
    const model = buildStrategyModel([
      {
        name: 'RudderKPIs',
        sheet: 'KPIs',
        range: 'A1:F2',
        headers: ['ID', 'KPI', 'Goal', 'Direction', 'Target', 'Actual'],
        rows: [['K-001', 'Loaves', '', 'higher', 1e308, 1e308]],
      },
    ]);
    const rows = advisorSummaryRows(gatherShareFacts(model, DAY));
    const kpi = rows.find((r) => r[0] === 'K-001');
    expect(kpi?.slice(5, 7)).toEqual([1e308, 1e308]);
    expect(JSON.stringify(rows)).not.toMatch(/Infinity|NaN/);
    expect(renderReportHtml(gatherShareFacts(model, DAY))).not.toMatch(/Infinity|NaN/);
  });
});
