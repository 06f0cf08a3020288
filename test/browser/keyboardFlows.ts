/**
 * Every flow of the pane done with the keyboard alone on the playground, at one window width:
 * Structure the sample's three sheets, check alignment (and walk the strategy picture), the SWOT
 * wizard to goals, Share (copy and report), then Open a file. After each action the focus must be
 * on its result; axe must find no serious or critical problem on any screen; each screen is
 * saved as a screenshot for CI. The two test files call this at 1,400 and 320 pixels.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { seriousAxeProblems } from './axe';
import {
  BUILD_TIMEOUT_MS,
  ensureBuilt,
  launchChromium,
  openPage,
  SCREENSHOTS,
  screenshot,
  serveDist,
  type PageProblems,
  type StaticServer,
} from './harness';
import { chooseWithKeys, expectFocusOn, hasFocus, KeyCount, openPaneTabWithKeys, press, tabTo, type } from './keyboard';
import { contrastRatio, formulaBar, UI_TIMEOUT_MS, waitForPlayground } from './pages';

export function describeKeyboardFlows(width: number, height: number): void {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let problems: PageProblems;
  let pane: Locator;
  const keys = new KeyCount();
  const tabsToApply: number[] = [];
  const shot = (name: string) =>
    width >= 900
      ? screenshot(page, `keyboard-${width}-${name}`)
      : pane.screenshot({ path: join(SCREENSHOTS, `keyboard-${width}-${name}.png`) });

  /** No serious or critical axe problem on the page, and nothing in the pane sticking out sideways. */
  async function expectNoSeriousProblems(where: string): Promise<void> {
    const serious = await seriousAxeProblems(page);
    if (serious.length > 0) throw new Error(`axe at ${width} px, ${where}:\n${serious.join('\n')}`);
    const sideways = await pane.getByTestId('pane-panel').evaluate((el) => el.scrollWidth - el.clientWidth);
    if (sideways > 0) throw new Error(`At ${width} px, ${where}: the pane scrolls sideways by ${sideways} pixels.`);
  }

  beforeAll(async () => {
    ensureBuilt();
    server = await serveDist();
    browser = await launchChromium();
    ({ page, problems } = await openPage(browser, `${server.url}/index.html`, {
      viewport: { width, height },
      acceptDownloads: true,
    }));
    await waitForPlayground(page);
    pane = page.getByTestId('task-pane');
    // Playwright starts catching file choosers when the first listener is added, a message away from
    // the browser: listening from the start means the chooser Open shows later is never missed.
    page.on('filechooser', () => undefined);
  }, BUILD_TIMEOUT_MS + 120_000);

  afterAll(async () => {
    console.log(
      `${keys.summary(`Every flow by keyboard at ${width} px`)}; Tab presses from a sheet's proposal to Apply: ${tabsToApply.join(', ')}`,
    );
    await browser?.close();
    await server?.close();
  });

  describe(`every flow by keyboard alone, ${width} pixels wide`, () => {
    it('shows every flow tab whole, with no text cut off, and Home passes axe', async () => {
      const paneBox = await pane.boundingBox();
      const tabs = pane.getByRole('tablist', { name: 'Rudder: choose what to do' }).getByRole('tab');
      expect(await tabs.count()).toBeGreaterThanOrEqual(5);
      for (const tab of await tabs.all()) {
        const box = await tab.boundingBox();
        expect(box && paneBox).toBeTruthy();
        if (!box || !paneBox) return;
        expect(box.x).toBeGreaterThanOrEqual(paneBox.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(paneBox.x + paneBox.width + 0.5);
        // A clipped label ("Sha") is wider inside than the box that shows it.
        await expect(tab.evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBeLessThanOrEqual(1);
      }
      await shot('home');
      await expectNoSeriousProblems('Home');
    });

    it('structures the Strategy, Goals and KPIs sheets, the focus on each result', async () => {
      await openPaneTabWithKeys(page, pane, 'Structure', keys);
      for (const sheet of ['Strategy', 'Goals', 'KPIs']) {
        const picker = pane.getByTestId('structure-sheet');
        await tabTo(page, picker, keys);
        await chooseWithKeys(page, picker, sheet, keys);
        // The proposal, not the page, has the focus once the sheet is read.
        await expectFocusOn(page, pane.getByTestId('structure-found'), `what Rudder found on ${sheet}`);
        await expect(pane.getByTestId('structure-found').textContent()).resolves.toContain(`‘${sheet}’`);
        if (sheet !== 'Strategy') {
          const headers = await pane.getByTestId('structure-preview').locator('thead th').allTextContents();
          expect(headers[0]).toBe('Status');
          if (sheet === 'KPIs') expect(headers[1]).toBe('Progress');
        }
        const apply = pane.getByRole('button', { name: /^Apply/ });
        tabsToApply.push(await tabTo(page, apply, keys));
        await press(page, 'Enter', keys);
        await expectFocusOn(page, pane.getByTestId('structure-done'), `the message that ${sheet} was structured`);
        if (sheet === 'Goals') {
          // The preview scrolls sideways from the keyboard.
          const scroller = pane.getByTestId('structure-preview-scroll');
          await tabTo(page, scroller, keys);
          for (let i = 0; i < 8; i++) await press(page, 'ArrowRight', keys);
          const room = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
          expect(room).toBeGreaterThan(0);
          // The browser may scroll smoothly: on a busy machine the offset arrives a moment after the key.
          let left = 0;
          for (let tries = 0; tries < 30 && left === 0; tries++) {
            left = await scroller.evaluate((el) => el.scrollLeft);
            if (left === 0) await page.waitForTimeout(100);
          }
          expect(left).toBeGreaterThan(0);
          await shot('structure-goals-preview');
          await expectNoSeriousProblems('Structure, the Goals table applied');
        }
      }
      await shot('structure-done');
      await expectNoSeriousProblems('Structure, after Apply');
    });

    it('keeps Open and Reset waiting while the pane writes, so a file opened mid-task cannot replace its work', async () => {
      // Watch every change to the page while Apply runs: whenever the pane's progress bar shows,
      // the playground's Open and Reset must be waiting.
      await page.evaluate(() => {
        const seen = { busy: 0, openWhileBusy: 0 };
        const header = (label: string) =>
          [...document.querySelectorAll('header button')].find((b) => b.textContent === label);
        const look = () => {
          if (!document.querySelector('[data-testid="long-task"]')) return;
          seen.busy += 1;
          for (const label of ['Open .xlsx', 'Reset sample'])
            if (header(label)?.getAttribute('aria-disabled') !== 'true') seen.openWhileBusy += 1;
        };
        new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true });
        (window as unknown as { rudderSeen: typeof seen }).rudderSeen = seen;
      });
      const picker = pane.getByTestId('structure-sheet');
      await tabTo(page, picker, keys);
      await chooseWithKeys(page, picker, 'KPIs', keys);
      await expectFocusOn(page, pane.getByTestId('structure-found'), 'what Rudder found on KPIs');
      await tabTo(page, pane.getByRole('button', { name: /^Apply/ }), keys);
      await press(page, 'Enter', keys);
      await expectFocusOn(page, pane.getByTestId('structure-done'), 'the message that KPIs were updated');
      const seen = await page.evaluate(
        () => (window as unknown as { rudderSeen: { busy: number; openWhileBusy: number } }).rudderSeen,
      );
      expect(seen.busy).toBeGreaterThan(0);
      expect(seen.openWhileBusy).toBe(0);
      await expect(page.getByRole('button', { name: 'Open .xlsx' }).getAttribute('aria-disabled')).resolves.not.toBe(
        'true',
      );
    });

    it('runs the check, the focus on the score, whose text has at least 4.5:1 contrast', async () => {
      await openPaneTabWithKeys(page, pane, 'Alignment', keys);
      await tabTo(page, pane.getByRole('button', { name: /^Run check/ }), keys);
      await press(page, 'Enter', keys);
      const score = pane.getByTestId('alignment-score');
      await expectFocusOn(page, score, 'the alignment score');
      const colours = await pane.getByTestId('alignment-score-number').evaluate((el) => {
        let back: Element | null = el;
        let background = 'rgba(0, 0, 0, 0)';
        while (back && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(back).backgroundColor;
          back = back.parentElement;
        }
        return { text: getComputedStyle(el).color, background };
      });
      expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
      await shot('alignment-score');
      await expectNoSeriousProblems('Alignment, the results');
    });

    it('walks the strategy picture as one tab stop with the arrow keys inside, and Enter goes to the row', async () => {
      const map = pane.getByTestId('strategy-map');
      const buttons = await map.locator('[role="button"]').count();
      expect(buttons).toBeGreaterThanOrEqual(20);
      await expect(map.locator('[tabindex="0"]').count()).resolves.toBe(1);
      await tabTo(page, map, keys);
      await expect(map.locator('[data-index="0"]').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await press(page, 'ArrowRight', keys);
      await expect(map.locator('[data-index="1"]').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await press(page, 'End', keys);
      await expect(
        map.locator(`[data-index="${buttons - 1}"]`).evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      await press(page, 'ArrowUp', keys);
      const upper = Number(await page.evaluate(() => document.activeElement?.getAttribute('data-index')));
      expect(upper).toBeLessThan(buttons - 1);
      // One Tab leaves the picture, one Shift+Tab comes back to the box last visited.
      await press(page, 'Tab', keys);
      await expect(hasFocus(map)).resolves.toBe(false);
      await press(page, 'Shift+Tab', keys);
      await expect(
        map.locator(`[data-index="${upper}"]`).evaluate((el) => el === document.activeElement),
      ).resolves.toBe(true);
      const before = await formulaBar(page);
      await press(page, 'Enter', keys);
      await page.waitForFunction(
        (address) => document.querySelector('[data-testid="formula-bar-address"]')?.textContent !== address,
        before.address,
        { timeout: UI_TIMEOUT_MS },
      );
      await shot('alignment-picture');
    });

    it('writes the report, the focus on what was written', async () => {
      await tabTo(page, pane.getByRole('button', { name: 'Write report' }), keys);
      await press(page, 'Enter', keys);
      const notice = pane.getByTestId('alignment-notice');
      await expectFocusOn(page, notice, 'the report message');
      await expect(notice.textContent()).resolves.toMatch(/Wrote the alignment report/);
    });

    it('does the SWOT wizard from business type to goals in the workbook, the focus following each step', async () => {
      await openPaneTabWithKeys(page, pane, 'SWOT', keys);
      const card = pane.getByRole('button', { name: /Food and hospitality/ });
      await tabTo(page, card, keys);
      await shot('swot-business');
      await expectNoSeriousProblems('SWOT, the kinds of business');
      await press(page, 'Enter', keys);
      const step = pane.getByTestId('swot-step');
      await expectFocusOn(page, step, 'the Strengths step');
      await expect(step.textContent()).resolves.toContain('Strengths');
      const example = pane.getByRole('button', { name: '+ Bread baked fresh on site every morning' });
      await tabTo(page, example, keys);
      await press(page, 'Enter', keys);
      await pane.getByTestId('swot-item-S-1').waitFor({ timeout: UI_TIMEOUT_MS });
      // The example is used now, and still holds the focus.
      await expect(hasFocus(example)).resolves.toBe(true);
      await shot('swot-strengths');
      await expectNoSeriousProblems('SWOT, Strengths with an item');

      const next = pane.getByRole('button', { name: /^Next:/ });
      const quadrants: readonly [string, string][] = [
        ['Weaknesses', '+ High food waste at the end of the day'],
        ['Opportunities', '+ Catering lunches for offices in the new business park'],
      ];
      for (const [title, chip] of quadrants) {
        await tabTo(page, next, keys);
        await press(page, 'Enter', keys);
        await expectFocusOn(page, step, `the ${title} step`);
        await expect(step.textContent()).resolves.toContain(title);
        await tabTo(page, pane.getByRole('button', { name: chip }), keys);
        await press(page, 'Enter', keys);
      }
      await tabTo(page, next, keys);
      await press(page, 'Enter', keys);
      await expectFocusOn(page, step, 'the Threats step');
      const threat = pane.getByRole('textbox', { name: 'New threat' });
      await tabTo(page, threat, keys);
      await type(page, 'Supermarket opening an in-store bakery', keys);
      await press(page, 'Enter', keys);
      await pane.getByTestId('swot-item-T-1').waitFor({ timeout: UI_TIMEOUT_MS });

      for (const title of ['Review', 'Strategies']) {
        await tabTo(page, next, keys);
        await press(page, 'Enter', keys);
        await expectFocusOn(page, step, `the ${title} step`);
        await expect(step.textContent()).resolves.toContain(title);
      }
      await tabTo(page, pane.getByRole('textbox', { name: 'Strategy for S-1 and O-1' }), keys);
      await type(page, 'Sell bread and catering boxes to offices in the business park', keys);
      await tabTo(page, next, keys);
      await press(page, 'Enter', keys);
      await expectFocusOn(page, step, 'the Goals step');
      await expect(pane.getByRole('textbox', { name: 'Goal for SO-1' }).inputValue()).resolves.toMatch(/^Sell bread/);
      await shot('swot-goals');
      await expectNoSeriousProblems('SWOT, the draft goals');

      await tabTo(page, pane.getByRole('button', { name: /^Finish/ }), keys);
      await press(page, 'Enter', keys);
      const notice = pane.getByTestId('swot-notice').first();
      await expectFocusOn(page, notice, 'the message of what Finish wrote');
      await expect(notice.textContent()).resolves.toMatch(/in the Goals table/);
      await shot('swot-done');
      await expectNoSeriousProblems('SWOT, done');
    });

    it('downloads the copy for advisers and the report, the focus on each message', async () => {
      await openPaneTabWithKeys(page, pane, 'Share', keys);
      const download = async (button: string): Promise<Download> => {
        await tabTo(page, pane.getByRole('button', { name: button }), keys);
        const [file] = await Promise.all([
          page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }),
          press(page, 'Enter', keys),
        ]);
        await expectFocusOn(page, pane.getByTestId('share-notice'), `the message after "${button}"`);
        return file;
      };
      const copy = await download('Download the copy for advisers');
      expect(copy.suggestedFilename()).toMatch(/\.xlsx$/);
      await pane.getByTestId('share-counts').waitFor({ timeout: UI_TIMEOUT_MS });
      await shot('share-copy');
      await expectNoSeriousProblems('Share, after the copy');
      const report = await download('Download report');
      expect(report.suggestedFilename()).toBe('rudder-report.html');
    });

    it('opens a file from the keyboard after asking, the focus on what was opened', async () => {
      // The workbook as it is now, saved by the page's own Download, is the file to open.
      await tabTo(page, page.getByRole('button', { name: 'Download .xlsx' }), keys);
      const [saved] = await Promise.all([
        page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }),
        press(page, 'Enter', keys),
      ]);
      const file = join(mkdtempSync(join(tmpdir(), 'rudder-keyboard-')), 'by-keyboard.xlsx');
      writeFileSync(file, readFileSync(await saved.path()));

      const open = page.getByRole('button', { name: 'Open .xlsx' });
      await tabTo(page, open, keys);
      // Open waits while anything runs (the Download just pressed, or a task of the pane).
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('button')]
            .find((b) => b.textContent === 'Open .xlsx')
            ?.getAttribute('aria-disabled') !== 'true',
        undefined,
        { timeout: UI_TIMEOUT_MS },
      );
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser', { timeout: UI_TIMEOUT_MS }),
        press(page, 'Enter', keys),
      ]);
      await chooser.setFiles(file);
      // The download marked the workbook saved, so it opens without a question.
      const notice = page.getByTestId('playground-notice');
      await expectFocusOn(page, notice, 'the message that the file was opened');
      await expect(notice.textContent()).resolves.toContain('Opened by-keyboard.xlsx');
      await expect(page.getByTestId('open-workbook').textContent()).resolves.toBe('by-keyboard.xlsx');
      await shot('opened');
      await expectNoSeriousProblems('the playground after Open');
    });

    it('raised no page errors or console errors', () => {
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    });
  });
}
