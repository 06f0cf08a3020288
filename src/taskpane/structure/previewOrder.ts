/**
 * The preview's columns in the order a narrow pane needs: what Rudder computes for each row
 * (Status, then Progress) first, where it is seen without scrolling, then the table's own order.
 */
import type { PreviewTable } from '../../core/structure';

/** Headers shown first, in this order, when the table has them. */
export const LEADING_HEADERS: readonly string[] = ['Status', 'Progress'];

export function leadWithStatus(preview: PreviewTable): PreviewTable {
  const leading = LEADING_HEADERS.map((h) => preview.headers.indexOf(h)).filter((i) => i >= 0);
  if (leading.length === 0) return preview;
  const order = [...leading, ...preview.headers.map((_, i) => i).filter((i) => !leading.includes(i))];
  return {
    headers: order.map((i) => preview.headers[i]),
    rows: preview.rows.map((row) => order.map((i) => row[i])),
  };
}
