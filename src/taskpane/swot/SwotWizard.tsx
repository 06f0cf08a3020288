/**
 * The SWOT flow: business type, the four quadrants, review, TOWS strategies, goals with live SMART
 * feedback, Finish. Progress is saved in the workbook after every change, so it resumes anywhere.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { SWOT_WIZARD_STEPS, type SwotWizardStep } from '../../core/swot';
import type { FlowProps } from '../flowTypes';
import { useResultFocus } from '../shell/useResultFocus';
import { BusinessTypeStep } from './BusinessTypeStep';
import { DoneStep } from './DoneStep';
import { GoalsStep } from './GoalsStep';
import { ImportStep } from './ImportStep';
import { QuadrantStep } from './QuadrantStep';
import { ReviewStep } from './ReviewStep';
import { useSwotStyles } from './SwotWizard.styles';
import { TowsStep } from './TowsStep';
import { useSwotWizard, type SwotWizardApi } from './useSwotWizard';

const STEP_LABELS: Readonly<Record<SwotWizardStep, string>> = {
  'business-type': 'Business',
  strength: 'Strengths',
  weakness: 'Weaknesses',
  opportunity: 'Opportunities',
  threat: 'Threats',
  review: 'Review',
  tows: 'Strategies',
  goals: 'Goals',
  done: 'Done',
};

function neighbour(step: SwotWizardStep, delta: -1 | 1): SwotWizardStep | null {
  return SWOT_WIZARD_STEPS[SWOT_WIZARD_STEPS.indexOf(step) + delta] ?? null;
}

function StepView({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const step = w.state.step;
  switch (step) {
    case 'business-type':
      return <BusinessTypeStep w={w} />;
    case 'strength':
    case 'weakness':
    case 'opportunity':
    case 'threat':
      return <QuadrantStep key={step} w={w} quadrant={step} />;
    case 'review':
      return <ReviewStep w={w} />;
    case 'tows':
      return <TowsStep w={w} />;
    case 'goals':
      return <GoalsStep w={w} />;
    case 'done':
      return <DoneStep w={w} />;
  }
}

function Progress({
  step,
  focusRef,
}: {
  readonly step: SwotWizardStep;
  readonly focusRef: (element: HTMLElement | null) => void;
}): JSX.Element {
  const styles = useSwotStyles();
  const at = SWOT_WIZARD_STEPS.indexOf(step);
  return (
    <Text ref={focusRef} tabIndex={-1} size={200} className={styles.steps} data-testid="swot-step">
      Step {at + 1} of {SWOT_WIZARD_STEPS.length}: <span className={styles.stepNow}>{STEP_LABELS[step]}</span>
    </Text>
  );
}

function Nav({ w }: { readonly w: SwotWizardApi }): JSX.Element | null {
  const styles = useSwotStyles();
  const step = w.state.step;
  if (step === 'business-type' || step === 'done') return null;
  const back = neighbour(step, -1);
  const next = neighbour(step, 1);
  return (
    <div className={styles.nav}>
      <Button disabled={w.busy || back === null} onClick={() => back && w.goTo(back)}>
        Back
      </Button>
      {step === 'goals' ? (
        <Button appearance="primary" disabled={w.busy} onClick={w.finish}>
          {w.finishedBefore ? 'Finish: update the workbook' : 'Finish: write to the workbook'}
        </Button>
      ) : (
        <Button appearance="primary" disabled={w.busy || next === null} onClick={() => next && w.goTo(next)}>
          Next: {next ? STEP_LABELS[next] : ''}
        </Button>
      )}
    </div>
  );
}

export function SwotWizard(_props: FlowProps): JSX.Element {
  const styles = useSwotStyles();
  const api = useSwotWizard();
  // The button that moves to another step goes away with its step: the new step takes the focus.
  const stepFocus = useResultFocus(api.importing ? 'import' : api.state.step);
  // Finish and an import say what they did: their message takes the focus.
  const noticeFocus = useResultFocus(api.notices.length > 0 ? api.notices : null);
  const w: SwotWizardApi = {
    ...api,
    chooseType: (id) => {
      stepFocus.arm();
      api.chooseType(id);
    },
    goTo: (step) => {
      stepFocus.arm();
      api.goTo(step);
    },
    openImport: () => {
      stepFocus.arm();
      api.openImport();
    },
    closeImport: () => {
      stepFocus.arm();
      api.closeImport();
    },
    acceptImport: () => {
      noticeFocus.arm();
      api.acceptImport();
    },
    finish: () => {
      noticeFocus.arm();
      api.finish();
    },
  };
  return (
    <section className={styles.root} aria-label="SWOT">
      <Subtitle2 as="h2">SWOT</Subtitle2>
      {!w.loaded ? (
        <Spinner size="small" label="Reading your saved SWOT…" />
      ) : (
        <>
          {!w.importing && <Progress step={w.state.step} focusRef={stepFocus.ref} />}
          {w.notices.map((n, i) => (
            <MessageBar
              key={n.text}
              intent={n.intent}
              data-testid="swot-notice"
              tabIndex={-1}
              ref={i === 0 ? noticeFocus.ref : undefined}
            >
              <MessageBarBody>{n.text}</MessageBarBody>
            </MessageBar>
          ))}
          {w.importing ? (
            <div ref={stepFocus.ref} tabIndex={-1}>
              <ImportStep w={w} />
            </div>
          ) : (
            <StepView w={w} />
          )}
          {!w.importing && <Nav w={w} />}
        </>
      )}
    </section>
  );
}
