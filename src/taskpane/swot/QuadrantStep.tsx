/** Strengths, Weaknesses, Opportunities or Threats: guiding questions, clickable examples, the items. */
import { Body1, Button, Input, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { QUADRANT_LABEL, QUADRANT_TITLE, getBusinessTemplate, textKey, type SwotQuadrant } from '../../core/swot';
import { ItemEditor } from './ItemEditor';
import { QUADRANT_HELP, SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';
import { itemsOf } from './wizardModel';

/** Items shown at once; hundreds of rows of inputs would make the pane crawl, so the rest wait behind a button. */
export const PAGE_SIZE = 25;

export function QuadrantStep({
  w,
  quadrant,
}: {
  readonly w: SwotWizardApi;
  readonly quadrant: SwotQuadrant;
}): JSX.Element {
  const styles = useSwotStyles();
  const [draft, setDraft] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const guide = getBusinessTemplate(w.state.businessType).quadrants[quadrant];
  const items = itemsOf(w.state, quadrant);
  const used = new Set(items.map((i) => textKey(i.text)));
  const issues = w.issues[quadrant] ?? [];
  const add = (): void => {
    if (w.addItem(quadrant, draft)) setDraft('');
  };
  return (
    <section className={styles.section} aria-label={QUADRANT_TITLE[quadrant]}>
      <Subtitle2 as="h3">{QUADRANT_TITLE[quadrant]}</Subtitle2>
      <Body1 className={styles.muted}>{QUADRANT_HELP[quadrant]}</Body1>
      <details>
        <summary>
          <Text size={200}>{SWOT_UI.questionsLabel}</Text>
        </summary>
        <ul className={styles.questions}>
          {guide.questions.map((q) => (
            <li key={q}>
              <Text size={200}>{q}</Text>
            </li>
          ))}
        </ul>
      </details>
      <Text size={200} weight="semibold">
        {SWOT_UI.examplesLabel}
      </Text>
      <div className={styles.chips}>
        {guide.examples.map((e) => (
          <Button
            key={e}
            size="small"
            shape="circular"
            className={styles.chip}
            // Still focusable once used, so the keyboard focus stays on the example just added.
            disabledFocusable={w.busy || used.has(textKey(e))}
            onClick={() => w.addItem(quadrant, e)}
          >
            + {e}
          </Button>
        ))}
      </div>
      <div className={styles.row}>
        <Input
          className={styles.grow}
          value={draft}
          placeholder={SWOT_UI.addPlaceholder}
          aria-label={`New ${QUADRANT_LABEL[quadrant].toLowerCase()}`}
          disabled={w.busy}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <Button appearance="primary" disabled={w.busy || draft.trim() === ''} onClick={add}>
          {SWOT_UI.addButton}
        </Button>
      </div>
      {issues.length > 0 && (
        <MessageBar
          intent={issues.some((i) => i.severity === 'error') ? 'error' : 'warning'}
          data-testid="swot-item-issue"
        >
          <MessageBarBody>{issues.map((i) => i.message).join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      {items.length === 0 ? (
        <Text className={styles.muted}>{SWOT_UI.emptyQuadrant}</Text>
      ) : (
        <ul className={styles.list} aria-label={`Your ${QUADRANT_TITLE[quadrant].toLowerCase()}`}>
          {items.slice(0, shown).map((item, i) => (
            <ItemEditor
              key={item.id}
              item={item}
              first={i === 0}
              last={i === items.length - 1}
              disabled={w.busy}
              onEdit={w.editItem}
              onMove={w.moveItem}
              onDelete={w.deleteItem}
            />
          ))}
        </ul>
      )}
      {items.length > shown && (
        <Button onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {SWOT_UI.showMore(Math.min(PAGE_SIZE, items.length - shown))}
        </Button>
      )}
    </section>
  );
}
