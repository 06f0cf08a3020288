/** Import: pick a sheet (or all), let Rudder find the SWOT items, check them with their cells, take them in. */
import {
  Body1,
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useResultFocus } from '../shell/useResultFocus';
import { QUADRANT_TITLE, SWOT_QUADRANTS } from '../../core/swot';
import { SWOT_UI } from './messages';
import { useSwotStyles } from './SwotWizard.styles';
import type { SwotWizardApi } from './useSwotWizard';

/** Excel sheet names cannot contain "*", so this value never collides with a sheet. */
const ALL = '*';
/** Enough to check an import at a glance; the rest are counted, all are taken in. */
const SHOWN_PER_QUADRANT = 20;

export function ImportStep({ w }: { readonly w: SwotWizardApi }): JSX.Element {
  const styles = useSwotStyles();
  const [choice, setChoice] = useState<string>(ALL);
  const scan = w.scan;
  const scanFocus = useResultFocus(scan);
  return (
    <section className={styles.section} aria-label={SWOT_UI.importTitle}>
      <Subtitle2 as="h3">{SWOT_UI.importTitle}</Subtitle2>
      <div className={styles.row} style={{ alignItems: 'flex-end' }}>
        <Field label="Sheet" className={styles.grow}>
          <Dropdown
            value={choice === ALL ? SWOT_UI.importAllSheets : choice}
            selectedOptions={[choice]}
            disabled={w.busy}
            onOptionSelect={(_, d) => d.optionValue && setChoice(d.optionValue)}
            data-testid="swot-import-sheet"
          >
            <Option value={ALL}>{SWOT_UI.importAllSheets}</Option>
            {w.sheets.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Button
          appearance="primary"
          disabled={w.busy}
          onClick={() => {
            scanFocus.arm();
            w.scanSheets(choice === ALL ? null : choice);
          }}
        >
          Find SWOT items
        </Button>
      </div>
      {scan && (
        <>
          <div ref={scanFocus.ref} tabIndex={-1}>
            <Body1 data-testid="swot-import-summary">
              {scan.items.length === 0 ? SWOT_UI.importNothing : SWOT_UI.importFound(scan.items.length)}
            </Body1>
          </div>
          {scan.warnings.length > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {scan.warnings.slice(0, 5).join(' ')}
                {scan.warnings.length > 5 ? ` (and ${scan.warnings.length - 5} more)` : ''}
              </MessageBarBody>
            </MessageBar>
          )}
          {SWOT_QUADRANTS.map((q) => {
            const items = scan.items.filter((i) => i.quadrant === q);
            if (items.length === 0) return null;
            return (
              <div key={q} className={styles.section}>
                <Text weight="semibold">
                  {QUADRANT_TITLE[q]} ({items.length})
                </Text>
                <ul className={styles.bullets}>
                  {items.slice(0, SHOWN_PER_QUADRANT).map((i) => (
                    <li key={`${i.sheet}!${i.cell}:${i.text}`}>
                      <Text size={200}>
                        {i.text}{' '}
                        <span className={styles.muted}>
                          ({i.sheet}!{i.cell})
                        </span>
                      </Text>
                    </li>
                  ))}
                </ul>
                {items.length > SHOWN_PER_QUADRANT && (
                  <Text size={200} className={styles.muted}>
                    …and {items.length - SHOWN_PER_QUADRANT} more
                  </Text>
                )}
              </div>
            );
          })}
        </>
      )}
      <div className={styles.row}>
        {scan && scan.items.length > 0 && (
          <Button appearance="primary" disabled={w.busy} onClick={w.acceptImport}>
            Take these into the wizard
          </Button>
        )}
        <Button disabled={w.busy} onClick={w.closeImport}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
