/** Each source column with the role Rudder proposes (a drop-down to correct it) and how sure it is, in words. */
import { Dropdown, Option, mergeClasses } from '@fluentui/react-components';
import type { ColumnRole, DetectedTable } from '../../core/detect';
import { confidenceWord, rolesOffered, type StructureKind } from '../../core/structure';
import { useStructureStyles } from './StructureFlow.styles';

/** Roles in words a shop owner uses. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  id: 'ID',
  goal: 'goal',
  kpi: 'KPI (measure)',
  owner: 'owner',
  start: 'start date',
  due: 'due date',
  baseline: 'baseline (start value)',
  target: 'target',
  actual: 'actual (latest value)',
  asOf: 'as of (date of actual)',
  direction: 'direction (higher/lower)',
  unit: 'unit',
  status: 'status',
  link: 'link (goal or pillar)',
  frequency: 'frequency',
  weight: 'weight',
  notes: 'notes',
  period: 'period',
  type: 'type (mission, value, pillar)',
  statement: 'statement (strategy text)',
  other: 'other (not copied)',
};

export interface ColumnRoleTableProps {
  readonly table: DetectedTable;
  /** The kind of table being made (a strategy table has roles of its own: type, statement); null until chosen. */
  readonly kind: StructureKind | null;
  readonly roles: Readonly<Record<string, ColumnRole>>;
  readonly disabled: boolean;
  readonly onRole: (column: string, role: ColumnRole) => void;
}

export function ColumnRoleTable({ table, kind, roles, disabled, onRole }: ColumnRoleTableProps): JSX.Element {
  const styles = useStructureStyles();
  const offered = rolesOffered(kind);
  return (
    // No scroll box around this table: it would clip the drop-down lists that open inside it.
    <table
      className={`${styles.table} ${styles.roleTable}`}
      aria-label="What each column means"
      data-testid="structure-columns"
    >
      <colgroup>
        <col style={{ width: '32%' }} />
        <col style={{ width: '46%' }} />
        <col style={{ width: '22%' }} />
      </colgroup>
      <thead>
        <tr>
          <th className={`${styles.cell} ${styles.head}`} scope="col">
            Column
          </th>
          <th className={`${styles.cell} ${styles.head}`} scope="col">
            Means
          </th>
          <th className={`${styles.cell} ${styles.head}`} scope="col">
            Rudder is
          </th>
        </tr>
      </thead>
      <tbody>
        {table.columns.map((col) => {
          const role = roles[col.column] ?? col.role;
          const word = confidenceWord(col.confidence);
          const changed = role !== col.role;
          return (
            <tr key={col.column} data-column={col.column}>
              <td
                className={mergeClasses(styles.cell, styles.columnName)}
                title={`Column ${col.column}: ${col.header || 'no header'}`}
              >
                <span className={styles.muted}>{col.column}</span> {col.header || '(no header)'}
              </td>
              <td className={styles.cell}>
                <Dropdown
                  mountNode={{ className: styles.portal }}
                  className={styles.roleDropdown}
                  size="small"
                  aria-label={`Role of column ${col.column} (${col.header || 'no header'})`}
                  value={ROLE_LABELS[role]}
                  selectedOptions={[role]}
                  disabled={disabled}
                  onOptionSelect={(_, data) => data.optionValue && onRole(col.column, data.optionValue as ColumnRole)}
                >
                  {offered.map((r) => (
                    <Option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </Option>
                  ))}
                </Dropdown>
              </td>
              <td className={`${styles.cell} ${changed ? styles.likely : styles[word]}`}>
                {changed ? 'your choice' : word}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
