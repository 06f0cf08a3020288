/** Page helpers shared by the browser tests: where things are on the playground and the pane. */
import type { Locator, Page } from 'playwright-core';

/** Generous: the development bundles are large and two cores are shared with other work. */
export const UI_TIMEOUT_MS = 60_000;

export function gridCell(page: Page, address: string): Locator {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`${address} is not a cell address`);
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return page.locator(`[data-testid="grid"] [data-row="${Number(m[2]) - 1}"][data-col="${col}"]`);
}

export async function waitForPlayground(page: Page): Promise<void> {
  await page.locator('[data-testid="grid"] [role="gridcell"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
  await page.locator('[data-testid="task-pane"] [role="tablist"]').waitFor({ timeout: UI_TIMEOUT_MS });
}

export function sheetTab(page: Page, name: string): Locator {
  return page.getByRole('tablist', { name: 'Sheets' }).getByRole('tab', { name, exact: true });
}

export function paneTab(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('tablist', { name: 'Rudder: choose what to do' }).getByRole('tab', { name, exact: true });
}

export async function formulaBar(page: Page): Promise<{ address: string; content: string }> {
  return {
    address: (await page.getByTestId('formula-bar-address').textContent()) ?? '',
    content: (await page.getByTestId('formula-bar-content').textContent()) ?? '',
  };
}

/** Relative luminance (0 black, 1 white) of a CSS `rgb(...)` colour. */
export function luminance(css: string): number {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  if (!m) throw new Error(`Not an rgb() colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Structure's own flow, as a user clicks it: pick the sheet, accept what Rudder proposes, apply.
 * `scope` is the task pane (or the page when the pane is the whole page).
 */
export async function structureSheet(page: Page, scope: Locator | Page, sheet: string): Promise<void> {
  const picker = scope.getByTestId('structure-sheet');
  // The keyboard opens the sheet list reliably; a mouse click on it did not in headless Chromium.
  await picker.focus();
  await picker.press('Enter');
  await page.getByRole('option', { name: sheet, exact: true }).click();
  // Fluent's list leaves a layer over the pane for a moment after a pick; Apply by keyboard is not blocked by it.
  const apply = scope.getByRole('button', { name: /^Apply/ });
  await apply.focus();
  await apply.press('Enter');
  await scope.getByTestId('structure-done').waitFor({ timeout: UI_TIMEOUT_MS });
}

/** WCAG 2 contrast ratio (1 to 21) of two opaque CSS `rgb(...)` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const relative = (css: string): number => {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
    if (!m) throw new Error(`Not an rgb() colour: ${css}`);
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [relative(foreground), relative(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}
