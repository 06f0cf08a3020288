/** Step 1: the kind of business, as cards from the templates, and a way to import an existing SWOT. */
import { Body1, Button, Caption1, Text } from '@fluentui/react-components';
import { BUSINESS_TEMPLATES } from '../../core/swot';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';

export function BusinessTypeStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  return (
    <section className={styles.section} aria-label="Kind of business">
      <Body1>{SWOT_UI.intro}</Body1>
      <div className={styles.cards} role="list">
        {BUSINESS_TEMPLATES.map((t) => (
          <div role="listitem" key={t.id}>
            <Button
              className={styles.chip}
              style={{ width: '100%', justifyContent: 'flex-start', padding: '8px' }}
              appearance={w.state.businessType === t.id ? 'primary' : 'outline'}
              aria-pressed={w.state.businessType === t.id}
              disabled={w.busy}
              onClick={() => w.chooseType(t.id)}
            >
              <span style={{ display: 'flex', flexDirection: 'column', gap: '2px', textAlign: 'left' }}>
                <Text weight="semibold">{t.name}</Text>
                <Caption1>{t.description}</Caption1>
              </span>
            </Button>
          </div>
        ))}
      </div>
      <div className={styles.row}>
        <Text className={styles.muted}>{SWOT_UI.importIntro}</Text>
        <Button disabled={w.busy} onClick={w.openImport}>
          {SWOT_UI.importTitle}
        </Button>
      </div>
    </section>
  );
}
