/** The progress bar and its plain-words label, shown while a long task runs. */
import { ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLongTask } from './LongTaskContext';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export function LongTaskBar(): JSX.Element | null {
  const styles = useStyles();
  const { status } = useLongTask();
  if (!status) return null;
  const percent = status.progress === null ? null : Math.round(status.progress * 100);
  return (
    <div className={styles.root} role="status" aria-live="polite" data-testid="long-task">
      <Text size={200}>
        {status.label}
        {percent === null ? '' : ` (${percent}%)`}
      </Text>
      <ProgressBar value={status.progress ?? undefined} aria-label={status.label} />
    </div>
  );
}
