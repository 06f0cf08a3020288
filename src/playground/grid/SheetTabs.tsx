/** The sheet tabs under the grid, as in Excel. */
import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
    // On a narrow screen the tabs wrap, so every sheet stays in sight; a workbook of many sheets scrolls.
    maxHeight: '96px',
    overflowY: 'auto',
  },
  tabs: { flexWrap: 'wrap' },
});

export function SheetTabs({
  sheets,
  active,
  onChange,
}: {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onChange: (sheet: string) => void;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={active}
        onTabSelect={(_, data) => onChange(String(data.value))}
        aria-label="Sheets"
      >
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
