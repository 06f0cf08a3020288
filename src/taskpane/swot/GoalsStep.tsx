/** Goals: each strategy's pre-filled draft goal with its SMART score and tips, live while typing. */
import {
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  mergeClasses,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import { analyzeDraftGoal, type ChosenGoal, type TowsStrategy } from '../../core/swot';
import { todaySerial } from '../alignment/useAlignmentCheck';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import { useDebouncedValue } from './useDebouncedValue';
import type { SwotWizardApi } from './useSwotWizard';

/** Short enough to feel live, long enough to skip the work for every keystroke of a fast typist. */
export const SMART_DELAY_MS = 250;

function GoalCard({
  w,
  strategy,
  goal,
}: {
  readonly w: SwotWizardApi;
  readonly strategy: TowsStrategy;
  readonly goal: ChosenGoal;
}): JSX.Element {
  const styles = useSwotStyles();
  const settled = useDebouncedValue(goal.text, SMART_DELAY_MS);
  const analysis = useMemo(() => analyzeDraftGoal(settled, todaySerial()), [settled]);
  const scoreClass =
    analysis.score >= 80 ? styles.scoreGood : analysis.score >= 50 ? styles.scoreFair : styles.scorePoor;
  const dropped = goal.text.trim() === '';
  return (
    <div className={styles.item} data-testid={`swot-goal-${strategy.id}`}>
      <Text size={200} className={styles.muted}>
        {strategy.id} ({strategy.from.join(', ')}): {strategy.text}
      </Text>
      {dropped ? (
        <div className={styles.row}>
          <Text size={200}>{SWOT_UI.goalDropped}</Text>
          <Button size="small" disabled={w.busy} onClick={() => w.restoreGoal(strategy.id)}>
            Make it a goal
          </Button>
        </div>
      ) : (
        <>
          <Field
            label={goal.goalId ? `Goal ${goal.goalId}` : 'Draft goal'}
            hint={goal.goalId ? SWOT_UI.goalWritten(goal.goalId) : undefined}
          >
            <Textarea
              value={goal.text}
              aria-label={`Goal for ${strategy.id}`}
              disabled={w.busy}
              resize="vertical"
              onChange={(_, d) => w.setGoalText(strategy.id, d.value)}
            />
          </Field>
          <div role="status" aria-live="polite" className={styles.section}>
            <Text className={mergeClasses(styles.score, scoreClass)} data-testid={`swot-goal-score-${strategy.id}`}>
              {SWOT_UI.smartScore(analysis.score)}
            </Text>
            {analysis.tips.length > 0 && (
              <ul className={styles.bullets}>
                {analysis.tips.slice(0, 3).map((t) => (
                  <li key={t}>
                    <Text size={200}>{t}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
          {!goal.goalId && (
            <div>
              <Button size="small" appearance="subtle" disabled={w.busy} onClick={() => w.dropGoal(strategy.id)}>
                Don’t make this a goal
              </Button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

export function GoalsStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  const cards = w.state.chosenGoals
    .map((goal) => ({ goal, strategy: w.state.strategies.find((s) => s.id === goal.strategyId) }))
    .filter((c): c is { goal: ChosenGoal; strategy: TowsStrategy } => c.strategy !== undefined);
  const toWrite = cards.filter((c) => c.goal.text.trim() !== '').length;
  return (
    <section className={styles.section} aria-label="Goals">
      <Body1 className={styles.muted}>{cards.length === 0 ? SWOT_UI.goalsNone : SWOT_UI.goalsIntro}</Body1>
      {cards.map((c) => (
        <GoalCard key={c.strategy.id} w={w} strategy={c.strategy} goal={c.goal} />
      ))}
      <MessageBar intent="info">
        <MessageBarBody data-testid="swot-finish-plan">
          {SWOT_UI.finishWill(w.sheetName, toWrite, w.finishedBefore)}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
