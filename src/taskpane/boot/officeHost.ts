/**
 * The only place the task pane looks at Office.js directly (besides the Office adapter): is
 * Office there, is it Excel, and which theme does it use. Components never call Office.js.
 */
import type { ColorScheme } from '../shell/useColorScheme';

export type OfficeProbe =
  | { readonly connected: true; readonly theme: ColorScheme | 'system'; readonly label: string }
  | { readonly connected: false; readonly reason: string };

/** How long to wait for `Office.onReady` before starting without Excel. @default 10000 */
const READY_TIMEOUT_MS = 10_000;

function hasOffice(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/** Office's body background colour, read as light or dark by its luminance. */
function officeTheme(): ColorScheme | 'system' {
  const background = Office.context?.officeTheme?.bodyBackgroundColor;
  const m = typeof background === 'string' ? /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background) : null;
  if (!m) return 'system';
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
}

/** "Excel on the web", "Excel for Windows"…: words for the status line. */
function excelLabel(): string {
  const platform = Office.context?.diagnostics?.platform;
  const labels: Partial<Record<string, string>> = {
    [Office.PlatformType.OfficeOnline]: 'Excel on the web',
    [Office.PlatformType.PC]: 'Excel for Windows',
    [Office.PlatformType.Mac]: 'Excel for Mac',
    [Office.PlatformType.iOS]: 'Excel for iPad',
  };
  return (platform !== undefined ? labels[platform] : undefined) ?? 'Excel';
}

function timeout(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms));
}

export async function probeOffice(timeoutMs: number = READY_TIMEOUT_MS): Promise<OfficeProbe> {
  if (!hasOffice()) return { connected: false, reason: 'Not connected to Excel: Office.js did not load' };
  const info = await Promise.race([Office.onReady(), timeout(timeoutMs)]);
  if (info === null) return { connected: false, reason: 'Not connected to Excel: Office did not answer in time' };
  if (info.host !== Office.HostType.Excel)
    return { connected: false, reason: 'Not connected to Excel: this page is open outside Excel' };
  return { connected: true, theme: officeTheme(), label: excelLabel() };
}
