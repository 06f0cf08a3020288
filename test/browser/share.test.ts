/**
 * The Share flow in the playground, in real Chromium: structure the bakery sample as a user does,
 * read what the copy will change, download the copy for advisers (an .xlsx workbook) and the
 * one-page report (self-contained HTML).
 */
import { readFileSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { screenshot, openPlaygroundForFile } from './harness';
import { paneTab, sheetTab, structureSheet, UI_TIMEOUT_MS, waitForPlayground } from './pages';

jest.setTimeout(240_000);

const session = openPlaygroundForFile(waitForPlayground);

async function openShare(): Promise<void> {
  // By keyboard: Structure's drop-down layer can still lie over the pane for a moment.
  await paneTab(session.pane, 'Share').focus();
  await paneTab(session.pane, 'Share').press('Enter');
  await session.pane.getByTestId('share-changes').waitFor({ timeout: UI_TIMEOUT_MS });
}

async function downloaded(click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([session.page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }), click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

describe('the Share flow in the playground', () => {
  it('explains what the copy for advisers changes and that the open workbook stays as it is', async () => {
    await paneTab(session.pane, 'Structure').click();
    await structureSheet(session.page, session.pane, 'Goals');
    await structureSheet(session.page, session.pane, 'KPIs');
    await openShare();
    const changes = (await session.pane.getByTestId('share-changes').innerText()).replace(/\s+/g, ' ');
    expect(changes).toContain('plain Excel formulas');
    expect(changes).toContain('Advisor summary');
    expect(changes).toContain('stays exactly as it is');
  });

  it('downloads the copy as an .xlsx workbook and shows what was rewritten', async () => {
    const { download, bytes } = await downloaded(() =>
      session.pane.getByRole('button', { name: 'Download the copy for advisers' }).click(),
    );
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await session.pane.getByTestId('share-counts').waitFor({ timeout: UI_TIMEOUT_MS });
    const rewritten = await session.pane.getByTestId('share-count-native').innerText();
    expect(Number(/\d+/.exec(rewritten)?.[0])).toBeGreaterThan(0);
    // Every rewritten cell carries its note, added to the file by the browser's own compression.
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    let notes = 0;
    copy.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.note === 'string' && cell.note.startsWith('Rudder:')) notes++;
        }),
      ),
    );
    expect(notes).toBeGreaterThanOrEqual(Number(/\d+/.exec(rewritten)?.[0]));
    await expect(session.pane.getByTestId('share-count-missing').innerText()).resolves.toMatch(/^0 cells/);
    await screenshot(session.page, 'share-copy');
  });

  it('downloads the report as one self-contained HTML file', async () => {
    const { download, bytes } = await downloaded(() =>
      session.pane.getByRole('button', { name: 'Download report' }).click(),
    );
    expect(download.suggestedFilename()).toBe('rudder-report.html');
    const html = bytes.toString('utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    // No stylesheet, script, image or font from elsewhere (the SVG namespace is not a request).
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link\b/i);
  });

  it('adds the short formula names, says what they are, and a second click adds nothing twice', async () => {
    const section = session.pane.getByTestId('share-names');
    await expect(section.innerText()).resolves.toContain('=KPI_STATUS(B2, C2)');
    const button = section.getByRole('button', { name: 'Add short formula names to this workbook' });
    await button.click();
    const result = section.getByTestId('share-names-result');
    await result.waitFor({ timeout: UI_TIMEOUT_MS });
    const first = (await result.innerText()).replace(/\s+/g, ' ');
    expect(first).toContain('Added SMARTSCORE, SMARTTIPS, KPI_STATUS, KPI_PROGRESS to this workbook');
    expect(first).toContain('e.g. =KPI_STATUS(B2, C2)');
    // The playground's engine has no LAMBDA: it keeps the names and says so plainly.
    expect(first).toContain('cannot calculate LAMBDA formulas');
    await screenshot(session.page, 'share-short-names');
    await button.click();
    await section.getByText('already in this workbook', { exact: false }).waitFor({ timeout: UI_TIMEOUT_MS });
    expect((await result.innerText()).replace(/\s+/g, ' ')).not.toContain('Added ');
  });

  it('left the open workbook without an Advisor summary sheet and the page without errors', async () => {
    await expect(sheetTab(session.page, 'Advisor summary').count()).resolves.toBe(0);
    await expect(sheetTab(session.page, 'Goals').count()).resolves.toBe(1);
    expect(session.problems.pageErrors).toEqual([]);
    expect(session.problems.consoleErrors).toEqual([]);
  });
});
