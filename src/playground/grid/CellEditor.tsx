/** The text box over a cell being edited: Enter or Tab writes, Escape puts the cell back, leaving it writes. */
import { Input, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { cellAddress } from '../../core/grid/a1';
import { editingKeyAction } from './cellEditing';
import { ROW_HEIGHT } from './geometry';
import type { CellEditor as Editor } from './useCellEditor';

const useStyles = makeStyles({
  root: {
    position: 'absolute',
    zIndex: 3,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    minHeight: `${ROW_HEIGHT}px`,
    borderRadius: 0,
    boxShadow: tokens.shadow8,
  },
  input: { fontSize: tokens.fontSizeBase200, padding: '0 4px' },
});

/** Wide enough for what is typed, as a spreadsheet's editor grows, but never wider than a screenful. */
function editorWidth(cellWidth: number, text: string): number {
  return Math.max(cellWidth, Math.min(480, text.length * 7 + 24));
}

export interface CellEditorProps {
  readonly editor: Editor;
  readonly left: number;
  readonly cellWidth: number;
  /** Puts the focus back on the grid once the entry is written or cancelled from the keyboard. */
  readonly onDone: () => void;
}

export function CellEditor({ editor, left, cellWidth, onDone }: CellEditorProps): JSX.Element | null {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { state } = editor;
  const editing = state.editing;

  useLayoutEffect(() => {
    const el = input.current;
    if (!editing || !el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, [editing]);

  if (!state.editing) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    // The grid's own keys (arrows, Delete…) must not act while typing.
    event.stopPropagation();
    // Enter that confirms an input method's composition (Japanese, Chinese…) is not the end of the entry.
    if (event.nativeEvent.isComposing) return;
    const action = editingKeyAction(event.key, event.shiftKey, state.mode);
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'cancel') editor.cancel();
    else editor.commit({ rows: action.rows, cols: action.cols });
    onDone();
  };

  return (
    <Input
      ref={input}
      size="small"
      className={styles.root}
      input={{ className: styles.input }}
      style={{ left, top: state.row * ROW_HEIGHT, width: editorWidth(cellWidth, state.text) }}
      value={state.text}
      aria-label={`Edit cell ${cellAddress(state.row, state.col)}`}
      data-testid="cell-editor"
      onChange={(_, data) => editor.change(data.value)}
      onKeyDown={onKeyDown}
      onBlur={() => editor.commit(null)}
    />
  );
}
