/**
 * The columns a header governs: its own span, widened over data columns right beside it whose
 * header cell is blank, and cut where two empty columns in a row separate tables side by side.
 * One empty column is not enough to cut: spacer columns inside one table are common.
 */
import { rowsBelow, type HeaderCandidate } from './header';
import type { SheetView } from './sheet';

const SPLIT_GAP = 2;

export function splitSegments(
  view: SheetView,
  header: HeaderCandidate,
  top = header.row,
  spread = false,
): [number, number][] {
  const below = rowsBelow(view, header.row, header.left, header.right);
  const filled = (c: number): number => below.reduce((n, r) => n + (view.present(r, c) ? 1 : 0), 0);
  const half = Math.max(1, Math.ceil(below.length / 2));
  let left = header.left;
  let right = header.right;
  while (right + 1 < view.cols && filled(right + 1) >= half) right++;
  while (left > 0 && filled(left - 1) >= half) left--;

  const segments: [number, number][] = [];
  let start = -1;
  let gap = 0;
  for (let c = left; c <= right; c++) {
    const used = view.present(header.row, c) || view.present(top, c) || filled(c) > 0;
    if (used) {
      if (start < 0) start = c;
      else if (gap >= SPLIT_GAP || (gap === 1 && spread && captionsDiffer(view, top, c - 2, c))) {
        segments.push([start, c - gap - 1]);
        start = c;
      }
      gap = 0;
    } else if (start >= 0) gap++;
  }
  if (start >= 0) segments.push([start, right - gap]);
  return segments;
}

/** Two different merged captions on either side of an empty column: two tables side by side. */
function captionsDiffer(view: SheetView, top: number, before: number, after: number): boolean {
  const a = view.value(top, before);
  const b = view.value(top, after);
  return typeof a === 'string' && typeof b === 'string' && a.trim() !== '' && b.trim() !== '' && a !== b;
}
