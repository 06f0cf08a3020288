import type { CellValue } from '../../core/grid/types';
import { cellError } from '../../core/grid/types';
import { formatCell } from '../../host/memory/display';
import type { GridCellDisplay } from '../gridSource';
import { cellInputFromText, editingKeyAction, editTextOf, idleKeyAction } from './cellEditing';

function display(value: CellValue, numberFormat: string | null = null, formula: string | null = null): GridCellDisplay {
  return {
    value,
    text: formatCell(value, numberFormat),
    formula,
    numberFormat,
    errorMessage: null,
    fill: null,
    fontColor: null,
  };
}

describe('what a typed entry becomes', () => {
  it('reads numbers, percentages, TRUE/FALSE and ISO dates as a spreadsheet does', () => {
    expect(cellInputFromText('42')).toBe(42);
    expect(cellInputFromText(' -3.5 ')).toBe(-3.5);
    expect(cellInputFromText('1,200')).toBe(1200);
    expect(cellInputFromText('85%')).toBeCloseTo(0.85);
    expect(cellInputFromText('true')).toBe(true);
    expect(cellInputFromText('2026-03-31')).toEqual({ date: 46112 });
  });

  it('makes "=…" a formula, because this is the user typing into their own grid', () => {
    expect(cellInputFromText('=H4*2')).toEqual({ formula: '=H4*2' });
    expect(cellInputFromText('=')).toBe('=');
  });

  it('keeps other text as text, and an apostrophe keeps anything as text', () => {
    expect(cellInputFromText('Sourdough')).toBe('Sourdough');
    expect(cellInputFromText('+44 20 7946')).toBe('+44 20 7946');
    expect(cellInputFromText('2026-02-30')).toBe('2026-02-30');
    expect(cellInputFromText("'=1+1")).toBe('=1+1');
    expect(cellInputFromText("'42")).toBe('42');
  });

  it('clears the cell when nothing is typed', () => {
    expect(cellInputFromText('')).toBeNull();
    expect(cellInputFromText('   ')).toBeNull();
  });
});

describe('what the editor starts with', () => {
  it('shows a formula as written', () => {
    expect(editTextOf(display(61, null, '=RUDDER.SMARTSCORE(B5,E5,F5,G5)'))).toBe('=RUDDER.SMARTSCORE(B5,E5,F5,G5)');
  });

  it('shows values so that committing them unchanged gives the same value back', () => {
    const cases: GridCellDisplay[] = [
      display(0.3 + 0.6, '0%'),
      display(46112, 'yyyy-mm-dd'),
      display(1234.5, '#,##0'),
      display(0.1 + 0.2),
      display(true),
      display('Sourdough'),
      display('=cmd'),
      display('007'),
    ];
    for (const cell of cases) {
      const back = cellInputFromText(editTextOf(cell));
      const value = typeof back === 'object' && back !== null && 'date' in back ? back.date : back;
      if (typeof cell.value === 'number') expect(value).toBeCloseTo(cell.value, 10);
      else expect(value).toEqual(cell.value);
    }
  });

  it('shows text that looks like a number or a formula behind an apostrophe', () => {
    expect(editTextOf(display('=cmd'))).toBe("'=cmd");
    expect(editTextOf(display('007'))).toBe("'007");
  });

  it('shows an error value by its code and an empty cell as nothing', () => {
    expect(editTextOf(display(cellError('#N/A')))).toBe('#N/A');
    expect(editTextOf(null)).toBe('');
    expect(editTextOf(display(null))).toBe('');
  });
});

describe('keys on a selected cell', () => {
  const none = { ctrl: false, alt: false };

  it('edits in place with Enter or F2, types over with a character, clears with Delete', () => {
    expect(idleKeyAction('Enter', none)).toEqual({ kind: 'edit', mode: 'edit', replaceWith: null });
    expect(idleKeyAction('F2', none)).toEqual({ kind: 'edit', mode: 'edit', replaceWith: null });
    expect(idleKeyAction('7', none)).toEqual({ kind: 'edit', mode: 'enter', replaceWith: '7' });
    expect(idleKeyAction('=', none)).toEqual({ kind: 'edit', mode: 'enter', replaceWith: '=' });
    expect(idleKeyAction('Backspace', none)).toEqual({ kind: 'edit', mode: 'enter', replaceWith: '' });
    expect(idleKeyAction('Delete', none)).toEqual({ kind: 'clear' });
  });

  it('leaves navigation, shortcuts and modifier keys alone', () => {
    expect(idleKeyAction('ArrowDown', none)).toBeNull();
    expect(idleKeyAction('Tab', none)).toBeNull();
    expect(idleKeyAction('Shift', none)).toBeNull();
    expect(idleKeyAction('c', { ctrl: true, alt: false })).toBeNull();
  });
});

describe('keys in the cell editor', () => {
  it('commits with Enter (down, Shift up) and Tab (right, Shift left), cancels with Escape', () => {
    expect(editingKeyAction('Enter', false, 'edit')).toEqual({ kind: 'commit', rows: 1, cols: 0 });
    expect(editingKeyAction('Enter', true, 'edit')).toEqual({ kind: 'commit', rows: -1, cols: 0 });
    expect(editingKeyAction('Tab', false, 'enter')).toEqual({ kind: 'commit', rows: 0, cols: 1 });
    expect(editingKeyAction('Tab', true, 'enter')).toEqual({ kind: 'commit', rows: 0, cols: -1 });
    expect(editingKeyAction('Escape', false, 'enter')).toEqual({ kind: 'cancel' });
  });

  it('finishes a typed entry with an arrow, but moves the caret when editing in place', () => {
    expect(editingKeyAction('ArrowRight', false, 'enter')).toEqual({ kind: 'commit', rows: 0, cols: 1 });
    expect(editingKeyAction('ArrowRight', false, 'edit')).toBeNull();
    expect(editingKeyAction('a', false, 'enter')).toBeNull();
  });
});
