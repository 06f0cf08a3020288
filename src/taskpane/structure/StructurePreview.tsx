/** The first rows as Apply will write them, with the scores and statuses they will show, statuses first. */
import { Caption1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { PreviewTable } from '../../core/structure';
import { leadWithStatus } from './previewOrder';
import { useStructureStyles } from './StructureFlow.styles';

export function StructurePreview({
  preview,
  total,
}: {
  readonly preview: PreviewTable;
  readonly total: number;
}): JSX.Element {
  const styles = useStructureStyles();
  const shown = useMemo(() => leadWithStatus(preview), [preview]);
  return (
    <div className={styles.section}>
      {/* A wide preview scrolls: in the tab order, so arrow keys scroll it without a mouse. */}
      <div
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label="Preview of the new table (scrolls sideways)"
        data-testid="structure-preview-scroll"
      >
        <table className={styles.table} aria-label="Preview of the new table" data-testid="structure-preview">
          <thead>
            <tr>
              {shown.headers.map((h) => (
                <th key={h} className={`${styles.cell} ${styles.head}`} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c} className={styles.cell} title={cell}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1 className={styles.muted}>
        {total > preview.rows.length ? `The first ${preview.rows.length} of ${total} rows.` : `All ${total} rows.`}{' '}
        Scores and statuses are what Rudder’s formulas will show today.
      </Caption1>
    </div>
  );
}
