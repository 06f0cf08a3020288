/**
 * Stands in for a flow whose component is not written yet: says what the flow will do and what
 * the workbook needs, in the same words Home uses. Temporary by design; see `flows.ts`.
 */
import { Body1, Button, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ComponentType } from 'react';
import type { FlowDefinition, FlowProps } from './flowTypes';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
});

type UpcomingText = Pick<FlowDefinition, 'label' | 'description' | 'needs'>;

function UpcomingFlowView({
  text,
  navigate,
}: { readonly text: UpcomingText } & Pick<FlowProps, 'navigate'>): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={`${text.label}: coming soon`}>
      <Subtitle2 as="h2">{text.label}</Subtitle2>
      <Body1>{text.description}</Body1>
      <Body1>
        <strong>What your workbook needs: </strong>
        {text.needs}
      </Body1>
      <Text size={200} className={styles.note}>
        This part of Rudder is not in this version yet.
      </Text>
      <div className={styles.actions}>
        <Button onClick={() => navigate('home')}>Back to Home</Button>
      </div>
    </section>
  );
}

/** A flow component that shows the flow's plan until its real component is plugged in. */
export function upcomingFlow(text: UpcomingText): ComponentType<FlowProps> {
  function Upcoming({ navigate }: FlowProps): JSX.Element {
    return <UpcomingFlowView text={text} navigate={navigate} />;
  }
  Upcoming.displayName = `Upcoming(${text.label})`;
  return Upcoming;
}
