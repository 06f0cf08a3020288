/** Review: the four quadrants as a 2x2 overview, biggest impact first; a title jumps back to edit. */
import { Body1, Link, Text } from '@fluentui/react-components';
import { QUADRANT_TITLE, SWOT_QUADRANTS, type SwotItem, type SwotQuadrant } from '../../core/swot';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';
import { itemsOf } from './wizardModel';

/** The overview stays one screen; the full lists are on the quadrant steps. */
const SHOWN = 8;

function byImpact(items: readonly SwotItem[]): SwotItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.impact - a.item.impact || a.i - b.i)
    .map((x) => x.item);
}

function Quadrant({ w, q }: { readonly w: SwotWizardApi; readonly q: SwotQuadrant }): JSX.Element {
  const styles = useSwotStyles();
  const items = byImpact(itemsOf(w.state, q));
  return (
    <div className={styles.quadrant} data-testid={`swot-review-${q}`}>
      <Link as="button" onClick={() => w.goTo(q)} aria-label={`Edit ${QUADRANT_TITLE[q]}`}>
        <Text weight="semibold">
          {QUADRANT_TITLE[q]} ({items.length})
        </Text>
      </Link>
      {items.length === 0 ? (
        <Text size={200} className={styles.muted}>
          None yet
        </Text>
      ) : (
        <ul className={styles.bullets}>
          {items.slice(0, SHOWN).map((i) => (
            <li key={i.id}>
              <Text size={200}>
                {i.text} <span className={styles.muted}>({i.impact})</span>
              </Text>
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN && (
        <Text size={200} className={styles.muted}>
          …and {items.length - SHOWN} more
        </Text>
      )}
    </div>
  );
}

export function ReviewStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  return (
    <section className={styles.section} aria-label="Review">
      <Body1 className={styles.muted}>{SWOT_UI.reviewIntro}</Body1>
      <div className={styles.grid}>
        {SWOT_QUADRANTS.map((q) => (
          <Quadrant key={q} w={w} q={q} />
        ))}
      </div>
    </section>
  );
}
