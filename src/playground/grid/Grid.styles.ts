import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from './geometry';

const header = {
  position: 'absolute',
  boxSizing: 'border-box',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  fontSize: tokens.fontSizeBase200,
  color: tokens.colorNeutralForeground3,
  backgroundColor: tokens.colorNeutralBackground3,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  userSelect: 'none',
} as const;

export const useGridStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: `${ROW_HEADER_WIDTH}px 1fr`,
    gridTemplateRows: `${HEADER_HEIGHT}px 1fr`,
    minHeight: 0,
    flexGrow: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
  },
  corner: {
    backgroundColor: tokens.colorNeutralBackground3,
    ...shorthands.borderBottom('1px', 'solid', tokens.colorNeutralStroke2),
  },
  headerViewport: { position: 'relative', overflow: 'hidden' },
  strip: { position: 'absolute', top: 0, left: 0, willChange: 'transform' },
  colHeader: { ...header, top: 0, height: `${HEADER_HEIGHT}px` },
  rowHeader: { ...header, left: 0, width: `${ROW_HEADER_WIDTH}px`, height: `${ROW_HEIGHT}px` },
  headerActive: {
    backgroundColor: tokens.colorNeutralBackground3Selected,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  scroller: {
    position: 'relative',
    overflow: 'auto',
    // The selected cell's outline is the grid's focus indicator, as in Excel.
    outlineStyle: 'none',
    // Dragging across cells selects cells, not the page's text.
    userSelect: 'none',
  },
  spacer: { position: 'relative' },
  row: { position: 'absolute', left: 0, height: `${ROW_HEIGHT}px` },
  cell: {
    position: 'absolute',
    top: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT}px`,
    padding: '0 6px',
    lineHeight: `${ROW_HEIGHT - 1}px`,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  error: { color: tokens.colorPaletteRedForeground1 },
  // The spilled text covers the empty cells' grid lines but lets clicks through to them.
  spilling: { overflow: 'visible', zIndex: 1 },
  spill: {
    position: 'absolute',
    top: 0,
    left: 0,
    boxSizing: 'border-box',
    height: `${ROW_HEIGHT - 1}px`,
    padding: '0 6px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    pointerEvents: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Spilled text inside a selected block keeps the block's tint.
  spillInBlock: { backgroundColor: tokens.colorBrandBackground2 },
  // Drawn by ::after so it sits above a spilling cell's text as well.
  selected: {
    zIndex: 2,
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      border: `2px solid ${tokens.colorBrandStroke1}`,
      pointerEvents: 'none',
    },
  },
  // A selected block: tinted under the cells (their text keeps its contrast), outlined above them.
  blockFill: {
    position: 'absolute',
    pointerEvents: 'none',
    backgroundColor: tokens.colorBrandBackground2,
  },
  blockEdge: {
    position: 'absolute',
    boxSizing: 'border-box',
    zIndex: 1,
    pointerEvents: 'none',
    border: `1px solid ${tokens.colorBrandStroke1}`,
  },
});
