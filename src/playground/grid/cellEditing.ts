/**
 * Typing into the playground grid, as in a spreadsheet: what the editor starts with, what the
 * typed text becomes, and which keys start, finish or cancel an edit. Pure, so it is tested alone.
 */
import { isValidYmd, serialFromYmd } from '../../core/dates/serial';
import { isCellError } from '../../core/grid/types';
import type { CellInput } from '../../host/port';
import type { GridCellDisplay } from '../gridSource';

const NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function parseNumber(text: string): number | null {
  if (!/\d/.test(text) || !NUMBER.test(text)) return null;
  const n = Number(text.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** What a text typed by the user means, as a spreadsheet reads it. */
export function cellInputFromText(typed: string): CellInput {
  // A leading apostrophe keeps the rest as text, whatever it looks like (Excel's convention).
  if (typed.startsWith("'")) return typed.slice(1);
  const text = typed.trim();
  if (text === '') return null;
  // The user's own grid: "=…" is a formula here. Rudder's writes never come this way.
  if (text.startsWith('=') && text.length > 1) return { formula: text };
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  if (text.endsWith('%')) {
    const n = parseNumber(text.slice(0, -1).trim());
    if (n !== null) return n / 100;
  }
  const n = parseNumber(text);
  if (n !== null) return n;
  const date = ISO_DATE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (isValidYmd(y, m, d)) return { date: serialFromYmd(y, m, d) };
  }
  return typed;
}

/** Numbers as the formula bar shows them: no float noise such as 0.30000000000000004. */
function plain(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** What the editor starts with: the formula, or the value in a form that reads back as the same value. */
export function editTextOf(display: GridCellDisplay | null): string {
  if (!display) return '';
  if (display.formula !== null) return display.formula;
  const { value, numberFormat } = display;
  if (value === null) return '';
  if (isCellError(value)) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const format = numberFormat ?? '';
    // A date shows as a date: the grid's text is yyyy-mm-dd, which reads back as the same day.
    if (/[yd]/i.test(format) && !/[#0]/.test(format) && ISO_DATE.test(display.text)) return display.text;
    if (format.includes('%')) return `${plain(value * 100)}%`;
    return plain(value);
  }
  // Text that would read back as a number, a formula or TRUE keeps its apostrophe, as in Excel.
  return typeof cellInputFromText(value) === 'string' ? value : `'${value}`;
}

/** How an edit was started: typing replaces the cell and arrows finish it; F2, Enter or a double-click edit in place. */
export type EditMode = 'enter' | 'edit';

export type EditingState =
  | { readonly editing: false }
  | {
      readonly editing: true;
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly text: string;
      /** The text the edit started from: an unchanged cell is not written. */
      readonly original: string;
      readonly mode: EditMode;
    };

/** What a key does to the selected cell when nothing is being edited. */
export type IdleKeyAction =
  { readonly kind: 'edit'; readonly mode: EditMode; readonly replaceWith: string | null } | { readonly kind: 'clear' };

export function idleKeyAction(key: string, modifiers: { ctrl: boolean; alt: boolean }): IdleKeyAction | null {
  if (modifiers.ctrl || modifiers.alt) return null;
  if (key === 'Enter' || key === 'F2') return { kind: 'edit', mode: 'edit', replaceWith: null };
  if (key === 'Delete') return { kind: 'clear' };
  if (key === 'Backspace') return { kind: 'edit', mode: 'enter', replaceWith: '' };
  // One printable character (letters, digits, "=", "-", space…) starts typing over the cell.
  if ([...key].length === 1) return { kind: 'edit', mode: 'enter', replaceWith: key };
  return null;
}

/** What a key does inside the cell editor: finish and move by (rows, cols), or cancel. */
export type EditingKeyAction =
  { readonly kind: 'commit'; readonly rows: number; readonly cols: number } | { readonly kind: 'cancel' };

export function editingKeyAction(key: string, shift: boolean, mode: EditMode): EditingKeyAction | null {
  switch (key) {
    case 'Enter':
      return { kind: 'commit', rows: shift ? -1 : 1, cols: 0 };
    case 'Tab':
      return { kind: 'commit', rows: 0, cols: shift ? -1 : 1 };
    case 'Escape':
      return { kind: 'cancel' };
    default:
      break;
  }
  // Typed over a cell, the arrows finish the entry and move on; editing in place, they move the caret.
  if (mode === 'edit') return null;
  const arrows: Record<string, readonly [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const move = arrows[key];
  return move ? { kind: 'commit', rows: move[0], cols: move[1] } : null;
}
