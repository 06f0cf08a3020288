/**
 * axe-core run inside the page under test: the accessibility problems a flow's screen has, as
 * readable lines. The page's Content-Security-Policy forbids inline scripts, so axe goes in
 * through the debugging protocol (page.evaluate), which that policy does not govern.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The impacts the suite refuses: a serious or critical problem fails the flow's test. */
const REFUSED: ReadonlySet<string> = new Set(['serious', 'critical']);

/**
 * Fluent's focus manager (tabster) puts focusable, aria-hidden `<i data-tabster-dummy>` guards
 * at the edges of focus groups; they hand the focus on the moment they get it, and Fluent lists
 * the resulting aria-hidden-focus report as a known false positive. Only those nodes are ignored.
 */
function isTabsterGuard(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

export interface AxeProblem {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

async function ensureAxe(page: Page): Promise<void> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
}

/** Every violation axe finds in `selector` (the whole page by default), tabster's guards left out. */
export async function axeProblems(page: Page, selector = 'body'): Promise<AxeProblem[]> {
  await ensureAxe(page);
  const raw = await page.evaluate(async (scope) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(scope, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => ({ html: n.html, target: n.target.map(String).join(' ') })),
    }));
  }, selector);
  return raw
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterGuard(v.rule, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ rule: v.rule, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target) }));
}

/** The serious and critical problems, one line each, so a failed expectation says what and where. */
export async function seriousAxeProblems(page: Page, selector = 'body'): Promise<string[]> {
  const problems = await axeProblems(page, selector);
  return problems
    .filter((p) => REFUSED.has(p.impact))
    .map((p) => `${p.impact} ${p.rule} (${p.help}): ${p.targets.slice(0, 5).join(' | ')}`);
}
