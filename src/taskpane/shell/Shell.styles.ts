import { makeStyles, tokens } from '@fluentui/react-components';

export const useShellStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { paddingLeft: tokens.spacingHorizontalL, paddingRight: tokens.spacingHorizontalL },
  // Tabs that do not fit wrap onto a second row rather than hiding off the edge of a narrow pane.
  tabs: { flexWrap: 'wrap' },
  panel: { flexGrow: 1, minHeight: 0, overflowY: 'auto' },
  // A disabled fieldset disables every native control inside: all of a flow's buttons at once.
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
});
