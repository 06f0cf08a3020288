/** Done: what was written, and the way back in to change it (Finish again updates the same sheet). */
import { Body1, Button } from '@fluentui/react-components';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';

export function DoneStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  return (
    <section className={styles.section} aria-label="Done">
      <Body1>{SWOT_UI.doneIntro}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={w.busy} onClick={() => w.show('swot')}>
          Show the SWOT sheet
        </Button>
        <Button disabled={w.busy} onClick={() => w.show('goals')}>
          Show the goals
        </Button>
        <Button disabled={w.busy} onClick={() => w.goTo('review')}>
          Edit my SWOT
        </Button>
        <Button disabled={w.busy} onClick={() => w.goTo('goals')}>
          Edit the goals
        </Button>
      </div>
    </section>
  );
}
