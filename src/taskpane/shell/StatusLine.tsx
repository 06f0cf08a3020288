/** One line at the foot of the pane: which workbook Rudder is working on, and any connection notice. */
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { HostInfo } from '../../host/port';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
  },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function StatusLine({ host, notice }: { readonly host: HostInfo; readonly notice?: string }): JSX.Element {
  const styles = useStyles();
  return (
    // A plain box: a footer may not take the status role.
    <div className={styles.root} role="status" data-testid="host-status">
      {notice ? (
        <Text size={200} className={mergeClasses(styles.warning)}>
          {notice}.
        </Text>
      ) : null}
      <Text size={200}>Working on: {host.label}</Text>
    </div>
  );
}
