/** The first rows as they will be written, in plain text, with what the formula columns will show. */
import { formatSerialIso } from '../dates';
import { kpiProgressOf, kpiStatusOf, smartOf, type RowByHeader } from './evaluate';
import type { PlannedCell, StructurePlan } from './types';

export interface PreviewTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function shown(cell: PlannedCell): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return 'date' in cell ? formatSerialIso(cell.date) : cell.formula;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

/** Formula cells show their result as the core computes it (the same engines the functions wrap). */
function computed(header: string, row: RowByHeader, today: number): string {
  if (header === 'SMART') return String(smartOf(row, today)?.score ?? '');
  if (header === 'Tips') return smartOf(row, today)?.tips ?? '';
  if (header === 'Status') return kpiStatusOf(row, today) ?? '';
  if (header === 'Progress') {
    const p = kpiProgressOf(row);
    return p === null ? '' : `${Math.round(p * 100)}%`;
  }
  return '';
}

export function previewRows(plan: StructurePlan, today: number, count = 5): PreviewTable {
  const headers = plan.columns.map((c) => c.header);
  const rows = plan.rows.slice(0, count).map((cells, r) => {
    const byHeader: Record<string, PlannedCell> = {};
    headers.forEach((h, i) => (byHeader[h] = cells[i]));
    return cells.map((cell, i) =>
      cell !== null && typeof cell === 'object' && 'formula' in cell
        ? plan.kind === 'goals' && headers[i] === 'Status'
          ? (plan.goalStatuses?.[r] ?? '')
          : computed(headers[i], byHeader, today)
        : shown(cell),
    );
  });
  return { headers, rows };
}
