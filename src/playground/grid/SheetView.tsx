/** Formula bar, grid and sheet tabs over one workbook: the playground's spreadsheet. */
import { MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import type { PlaygroundWorkbook } from '../gridSource';
import { FormulaBar } from './FormulaBar';
import { gridExtent } from './geometry';
import { Grid } from './Grid';
import { SheetTabs } from './SheetTabs';
import { useCellEditor } from './useCellEditor';
import { useSheetView } from './useSheetView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, height: '100%' },
});

export interface SheetViewProps {
  readonly workbook: PlaygroundWorkbook;
  /** Column widths for sheets that set none, e.g. the sample's. */
  readonly widthHint?: (sheet: string, col: number) => number | null;
}

export function SheetView({ workbook, widthHint }: SheetViewProps): JSX.Element {
  const styles = useStyles();
  const view = useSheetView(workbook);
  const used = view.sheet ? workbook.getSheetDimensions(view.sheet) : { rows: 0, columns: 0 };
  const extent = gridExtent(used);
  const editor = useCellEditor(workbook, view, { row: extent.rows - 1, col: extent.columns - 1 });
  const inUse = view.selected.row < used.rows && view.selected.col < used.columns;
  const display =
    view.sheet && inUse ? workbook.getCellDisplay(view.sheet, view.selected.row, view.selected.col) : null;
  return (
    <section className={styles.root} aria-label="Workbook">
      <FormulaBar
        cell={view.selected}
        display={display}
        draft={editor.state.editing && editor.state.sheet === view.sheet ? editor.state.text : null}
      />
      {view.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{view.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view.sheet ? (
        <Grid
          source={workbook}
          widthHint={widthHint}
          sheet={view.sheet}
          version={view.version}
          selected={view.selected}
          corner={view.corner}
          range={view.range}
          inView={view.inView}
          onSelect={view.selectCell}
          onExtend={view.extendTo}
          editor={editor}
        />
      ) : null}
      <SheetTabs sheets={view.sheets} active={view.sheet} onChange={view.selectSheet} />
    </section>
  );
}
