/** One SWOT item: its words, impact 1-5, optional evidence, and move up/down/delete buttons. */
import { Button, Input, Slider, Text, Tooltip } from '@fluentui/react-components';
import { ArrowDown20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-down';
import { ArrowUp20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-up';
import { Delete20Regular } from '@fluentui/react-icons/lib/atoms/svg/delete';
import { useEffect, useRef, useState } from 'react';
import { cleanText, type SwotItem } from '../../core/swot';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { ItemPatch } from './wizardModel';

export interface ItemEditorProps {
  readonly item: SwotItem;
  readonly first: boolean;
  readonly last: boolean;
  readonly disabled: boolean;
  onEdit(id: string, patch: ItemPatch): void;
  onMove(id: string, delta: -1 | 1): void;
  onDelete(id: string): void;
}

export function ItemEditor({ item, first, last, disabled, onEdit, onMove, onDelete }: ItemEditorProps): JSX.Element {
  const styles = useSwotStyles();
  // Local text, so clearing the field to retype does not snap the old words back mid-edit.
  const [text, setText] = useState(item.text);
  useEffect(() => {
    setText((t) => (cleanText(t) === cleanText(item.text) ? t : item.text));
  }, [item.text]);
  const blank = cleanText(text) === '';
  // Moving an item moves its row in the page, which drops the focus: the pressed button takes it back.
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef<'up' | 'down' | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    (refocus.current === 'up' ? upButton : downButton).current?.focus();
    refocus.current = null;
  });
  const move = (delta: -1 | 1) => {
    refocus.current = delta === -1 ? 'up' : 'down';
    onMove(item.id, delta);
  };
  return (
    <li className={styles.item} data-testid={`swot-item-${item.id}`}>
      <div className={styles.itemHead}>
        <Text className={styles.itemId}>{item.id}</Text>
        <Input
          className={styles.grow}
          value={text}
          aria-label={`Item ${item.id}`}
          aria-invalid={blank}
          disabled={disabled}
          onChange={(_, d) => {
            setText(d.value);
            onEdit(item.id, { text: d.value });
          }}
        />
      </div>
      {blank && (
        <Text size={200} role="alert" className={styles.scorePoor}>
          Write a few words: an empty item is not saved (the old words are kept until you do).
        </Text>
      )}
      <div className={styles.impact}>
        <Text size={200}>
          {SWOT_UI.impactLabel} {item.impact}
        </Text>
        <Slider
          className={styles.slider}
          min={1}
          max={5}
          step={1}
          value={item.impact}
          disabled={disabled}
          aria-label={`Impact of ${item.id}, ${SWOT_UI.impactHint}`}
          onChange={(_, d) => onEdit(item.id, { impact: d.value })}
        />
        <Tooltip content="Move up" relationship="label">
          <Button
            ref={upButton}
            icon={<ArrowUp20Regular />}
            appearance="subtle"
            disabled={disabled}
            disabledFocusable={first}
            onClick={() => move(-1)}
          />
        </Tooltip>
        <Tooltip content="Move down" relationship="label">
          <Button
            ref={downButton}
            icon={<ArrowDown20Regular />}
            appearance="subtle"
            disabled={disabled}
            disabledFocusable={last}
            onClick={() => move(1)}
          />
        </Tooltip>
        <Tooltip content={`Delete ${item.id}`} relationship="label">
          <Button
            icon={<Delete20Regular />}
            appearance="subtle"
            disabled={disabled}
            onClick={() => onDelete(item.id)}
          />
        </Tooltip>
      </div>
      <Input
        size="small"
        value={item.evidence}
        placeholder={SWOT_UI.evidencePlaceholder}
        aria-label={`${SWOT_UI.evidenceLabel} for ${item.id}`}
        disabled={disabled}
        onChange={(_, d) => onEdit(item.id, { evidence: d.value })}
      />
    </li>
  );
}
