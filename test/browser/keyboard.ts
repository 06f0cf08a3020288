/**
 * Driving the page with the keyboard alone, as someone who cannot use a mouse does: Tab and
 * Shift+Tab to reach a control, arrow keys inside lists and tab lists, Enter to act. Nothing
 * here clicks or calls focus(): a control the keys cannot reach fails the test.
 */
import type { Locator, Page } from 'playwright-core';
import { UI_TIMEOUT_MS } from './pages';

/** More than any screen of the pane has, so a miss means "not reachable", not "far away". */
const MAX_TAB_PRESSES = 250;

/** Counts the keys pressed, so a test can say how much work a flow is by keyboard. */
export class KeyCount {
  tabs = 0;
  others = 0;
  typed = 0;

  summary(what: string): string {
    return `${what}: ${this.tabs} Tab presses, ${this.others} other keys, ${this.typed} characters typed`;
  }
}

/** True when the focus is on `target` or inside it. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Where the focus is, in words, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'the page itself (focus was lost)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${name}"`;
  });
}

/** True when `target` comes before the focused element in the page, so Shift+Tab is the short way. */
function isAboveFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return false;
    return (el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
}

/**
 * Presses Tab, or Shift+Tab when `target` is above the focus, until the focus is on `target`;
 * returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, keys: KeyCount): Promise<number> {
  await target.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  if (await hasFocus(target)) return 0;
  const key = (await isAboveFocus(target)) ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= MAX_TAB_PRESSES; presses++) {
    await page.keyboard.press(key);
    keys.tabs += 1;
    if (await hasFocus(target)) return presses;
  }
  throw new Error(
    `${MAX_TAB_PRESSES} ${key} presses never reached ${target.toString()}; the focus ended on ${await describeFocus(page)}.`,
  );
}

/** Presses a key other than Tab, counted. */
export async function press(page: Page, key: string, keys: KeyCount): Promise<void> {
  await page.keyboard.press(key);
  keys.others += 1;
}

/** Types text into whatever has the focus, counted by character. */
export async function type(page: Page, text: string, keys: KeyCount): Promise<void> {
  await page.keyboard.type(text);
  keys.typed += text.length;
}

/** Waits until the focus is on `target` (an action's result shows a moment after the key). */
export async function expectFocusOn(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  const until = Date.now() + UI_TIMEOUT_MS;
  while (!(await hasFocus(target))) {
    if (Date.now() > until)
      throw new Error(`The focus should be on ${what}, but it is on ${await describeFocus(page)}.`);
    await page.waitForTimeout(50);
  }
}

/**
 * Picks `option` in the Fluent drop-down that has the focus: Enter opens its list, the arrow
 * keys walk it (the list marks the active option), Enter picks.
 */
export async function chooseWithKeys(page: Page, dropdown: Locator, option: string, keys: KeyCount): Promise<void> {
  if (!(await hasFocus(dropdown)))
    throw new Error(`${dropdown.toString()} should have the focus before choosing "${option}".`);
  await press(page, 'Enter', keys);
  await page.getByRole('listbox').first().waitFor({ timeout: UI_TIMEOUT_MS });
  const seen: string[] = [];
  for (let step = 0; step < 60; step++) {
    const active = await dropdown.evaluate((el) => {
      const id = el.getAttribute('aria-activedescendant');
      return id ? (document.getElementById(id)?.textContent?.trim() ?? '') : '';
    });
    if (active === option) {
      await press(page, 'Enter', keys);
      return;
    }
    seen.push(active);
    await press(page, 'ArrowDown', keys);
  }
  throw new Error(
    `The arrow keys never reached "${option}" in ${dropdown.toString()}; they passed ${seen.join(', ')}.`,
  );
}

/** Opens a flow by its tab: Tab to the tab list (one stop), arrow keys to the flow's tab, Enter. */
export async function openPaneTabWithKeys(page: Page, pane: Locator, label: string, keys: KeyCount): Promise<void> {
  const tablist = pane.getByRole('tablist', { name: 'Rudder: choose what to do' });
  const wanted = tablist.getByRole('tab', { name: label, exact: true });
  if (!(await hasFocus(tablist))) await tabTo(page, tablist, keys);
  const tabs = await tablist.getByRole('tab').allTextContents();
  for (let step = 0; step <= tabs.length && !(await hasFocus(wanted)); step++) await press(page, 'ArrowRight', keys);
  if (!(await hasFocus(wanted))) throw new Error(`The arrow keys never reached the ${label} tab.`);
  await press(page, 'Enter', keys);
  await pane.locator(`#rudder-panel[aria-labelledby="${await wanted.getAttribute('id')}"]`).waitFor({
    timeout: UI_TIMEOUT_MS,
  });
}
