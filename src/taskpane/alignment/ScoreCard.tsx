/** The score as a big number, one sentence on what it means, and the method behind a disclosure. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ALIGNMENT_METHOD, type AlignmentResult } from '../../core/alignment';
import { formatSerialLong } from '../../core/dates';
import { findingCounts, scoreMeaning } from '../../host/alignmentReport';
import { ALIGNMENT_TEXT } from './text';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  row: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  number: { fontSize: '48px', lineHeight: '52px', fontWeight: tokens.fontWeightBold },
  good: { color: tokens.colorPaletteGreenForeground1 },
  // Marigold's darker shade: the first one is 2.5:1 on this background, below the 4.5:1 text needs.
  middling: { color: tokens.colorPaletteMarigoldForeground2 },
  poor: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  method: { whiteSpace: 'normal' },
});

export function ScoreCard({
  result,
  asOf,
  focusRef,
}: {
  readonly result: AlignmentResult;
  readonly asOf: number;
  /** Takes the focus when this score is the result of the check the user just ran. */
  readonly focusRef?: (element: HTMLElement | null) => void;
}): JSX.Element {
  const styles = useStyles();
  const tone = result.score >= 90 ? styles.good : result.score >= 60 ? styles.middling : styles.poor;
  return (
    <section
      ref={focusRef}
      tabIndex={-1}
      className={styles.root}
      aria-label={`${ALIGNMENT_TEXT.scoreHeading}: ${result.score} ${ALIGNMENT_TEXT.scoreOutOf}`}
      data-testid="alignment-score"
    >
      <Caption1 className={styles.muted}>{ALIGNMENT_TEXT.scoreHeading}</Caption1>
      <div className={styles.row}>
        <span className={`${styles.number} ${tone}`} data-testid="alignment-score-number">
          {result.score}
        </span>
        <Body1 className={styles.muted}>{ALIGNMENT_TEXT.scoreOutOf}</Body1>
      </div>
      <Body1 data-testid="alignment-score-meaning">{scoreMeaning(result)}</Body1>
      <Caption1 className={styles.muted}>
        {result.findings.length > 0 ? `${findingCounts(result.findings)}. ` : ''}
        {ALIGNMENT_TEXT.checkedOn(formatSerialLong(asOf))}
      </Caption1>
      <Accordion collapsible>
        <AccordionItem value="method">
          <AccordionHeader size="small">{ALIGNMENT_TEXT.howScored}</AccordionHeader>
          <AccordionPanel>
            <Caption1 className={styles.method}>{ALIGNMENT_METHOD}</Caption1>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
