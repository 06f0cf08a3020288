/** The selected cell's address and what it holds: its formula, or its value when it has none, or what is being typed. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { cellAddress, type CellRef } from '../../core/grid/a1';
import type { GridCellDisplay } from '../gridSource';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'stretch',
    minHeight: '28px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
  },
  address: {
    width: '72px',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    paddingLeft: tokens.spacingHorizontalS,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  fx: {
    padding: `0 ${tokens.spacingHorizontalS}`,
    display: 'flex',
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  content: {
    flexGrow: 1,
    display: 'flex',
    alignItems: 'center',
    fontFamily: tokens.fontFamilyMonospace,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  error: {
    marginLeft: tokens.spacingHorizontalM,
    color: tokens.colorPaletteRedForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
});

export function FormulaBar({
  cell,
  display,
  draft,
}: {
  readonly cell: CellRef;
  readonly display: GridCellDisplay | null;
  /** What is being typed into the cell, shown here as it grows. */
  readonly draft: string | null;
}): JSX.Element {
  const styles = useStyles();
  const content = draft ?? display?.formula ?? display?.text ?? '';
  return (
    <div className={styles.root} data-testid="formula-bar">
      <output className={styles.address} aria-label="Selected cell" data-testid="formula-bar-address">
        {cellAddress(cell.row, cell.col)}
      </output>
      <span className={styles.fx} aria-hidden>
        fx
      </span>
      <output className={styles.content} aria-label="Cell content" data-testid="formula-bar-content" title={content}>
        {content}
        {draft === null && display?.errorMessage ? <span className={styles.error}>{display.errorMessage}</span> : null}
      </output>
    </div>
  );
}
