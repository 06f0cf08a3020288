import { makeStyles, tokens } from '@fluentui/react-components';

export const useStructureStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '140px' },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    // Focusable so the keyboard can scroll it sideways; the ring shows where the focus is.
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '1px',
    },
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'left',
    verticalAlign: 'middle',
    whiteSpace: 'nowrap',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  /**
   * The pane's FluentProvider passes its full-height class to portal nodes, so an open list's
   * portal would cover the page; keeping the node as tall as its content avoids that.
   */
  portal: { height: 'auto', bottom: 'auto' },
  // Fixed column widths, so the three columns share a 320-pixel pane instead of pushing past it.
  roleTable: { tableLayout: 'fixed' },
  roleDropdown: { minWidth: 0, width: '100%', maxWidth: '150px' },
  columnName: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  sure: { color: tokens.colorPaletteGreenForeground1 },
  likely: { color: tokens.colorNeutralForeground2 },
  guess: { color: tokens.colorPaletteDarkOrangeForeground1 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  option: { display: 'flex', flexDirection: 'column' },
  // Lines the explanation up with the checkbox label rather than the box.
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXXL },
});
