/**
 * The Structure flow: pick a sheet (or the selection), check what Rudder proposes, correct it,
 * see the first rows, and Apply. Says what Apply will change before it changes anything.
 */
import {
  Body1,
  Button,
  Dropdown,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { kindQuestionOf, type StructureKind } from '../../core/structure';
import type { FlowProps } from '../flowTypes';
import { useResultFocus } from '../shell/useResultFocus';
import { ColumnRoleTable } from './ColumnRoleTable';
import { NativeKpiOption } from './NativeKpiOption';
import { useStructureStyles } from './StructureFlow.styles';
import { StructurePreview } from './StructurePreview';
import { useStructure, type StructureState } from './useStructure';

const KIND_LABELS: Readonly<Record<StructureKind, string>> = {
  goals: 'Goals',
  kpis: 'KPIs',
  strategy: 'Strategy (mission, values, pillars)',
};
const KINDS: readonly StructureKind[] = ['goals', 'kpis', 'strategy'];

function SourcePicker({ s }: { readonly s: StructureState }): JSX.Element {
  const styles = useStructureStyles();
  const sheet = s.source?.sheet ?? '';
  return (
    <div className={styles.row}>
      <Field label="Sheet to structure" className={styles.field}>
        <Dropdown
          mountNode={{ className: styles.portal }}
          placeholder="Pick a sheet"
          value={s.source && !s.source.address ? sheet : ''}
          selectedOptions={s.source && !s.source.address ? [sheet] : []}
          disabled={s.busy}
          onOptionSelect={(_, data) => data.optionValue && s.pickSheet(data.optionValue)}
          data-testid="structure-sheet"
        >
          {s.sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button disabled={s.busy} onClick={s.pickSelection}>
        Use my selection
      </Button>
    </div>
  );
}

function Proposal({
  s,
  focusRef,
}: {
  readonly s: StructureState;
  /** Set when the proposal is what the user's last action produced: its first sentence takes the focus. */
  readonly focusRef?: (element: HTMLElement | null) => void;
}): JSX.Element | null {
  const styles = useStructureStyles();
  const { proposal, corrections } = s;
  if (!proposal || !corrections) return null;
  const table = proposal.tables[s.tableIndex];
  // Asked while the kind is not chosen: Rudder never guesses goals for a table it cannot name.
  const question = corrections.kind === null ? kindQuestionOf(table) : null;
  return (
    <section className={styles.section} aria-label="What Rudder found">
      <div ref={focusRef} tabIndex={-1} data-testid="structure-found">
        <Body1>
          Rudder found {proposal.tables.length === 1 ? 'a table' : `${proposal.tables.length} tables`} on ‘
          {proposal.sheet}’{proposal.tables.length === 1 ? ` at ${table.range}.` : '.'}
        </Body1>
        {question && (
          <MessageBar intent="info" data-testid="structure-ask-kind">
            <MessageBarBody>{question}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div className={styles.row}>
        {proposal.tables.length > 1 && (
          <Field label="Table" className={styles.field}>
            <Dropdown
              mountNode={{ className: styles.portal }}
              value={proposal.tables[s.tableIndex].range}
              selectedOptions={[String(s.tableIndex)]}
              disabled={s.busy}
              onOptionSelect={(_, data) => data.optionValue && s.pickTable(Number(data.optionValue))}
            >
              {proposal.tables.map((t, i) => (
                <Option key={t.range} value={String(i)}>
                  {t.range}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        <Field label="Kind of table" className={styles.field}>
          <Dropdown
            mountNode={{ className: styles.portal }}
            placeholder="Choose the kind"
            value={corrections.kind === null ? '' : KIND_LABELS[corrections.kind]}
            selectedOptions={corrections.kind === null ? [] : [corrections.kind]}
            disabled={s.busy}
            onOptionSelect={(_, data) => data.optionValue && s.setKind(data.optionValue as StructureKind)}
            data-testid="structure-kind"
          >
            {KINDS.map((kind) => (
              <Option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field
          label={table.orientation === 'columns' ? 'Column of field names (sideways table)' : 'Header row'}
          className={styles.field}
        >
          <SpinButton
            value={corrections.headerRow}
            min={table.headerRow}
            max={table.lastDataRow - 1}
            disabled={s.busy}
            onChange={(_, data) => {
              const next = data.value ?? Number(data.displayValue);
              if (Number.isInteger(next)) s.setHeaderRow(next);
            }}
          />
        </Field>
      </div>
      <ColumnRoleTable
        table={table}
        kind={corrections.kind}
        roles={corrections.roles}
        disabled={s.busy}
        onRole={s.setRole}
      />
      {corrections.kind === 'kpis' && (
        <NativeKpiOption
          checked={corrections.nativeKpiFormulas === true}
          disabled={s.busy}
          onChange={s.setNativeKpiFormulas}
        />
      )}
    </section>
  );
}

function Plan({ s }: { readonly s: StructureState }): JSX.Element | null {
  const styles = useStructureStyles();
  // Until the kind is chosen there is no plan: the proposal above asks for it.
  if (!s.result || s.corrections?.kind === null) return null;
  if (!s.result.ok) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{s.result.reason}</MessageBarBody>
      </MessageBar>
    );
  }
  const plan = s.result.plan;
  return (
    <section className={styles.section} aria-label="What Apply will do">
      {s.preview && <StructurePreview preview={s.preview} total={plan.rows.length} />}
      <Text weight="semibold" data-testid="structure-summary">
        {plan.summary}
      </Text>
      {plan.notes.length > 0 && (
        <ul className={styles.notes}>
          {plan.notes.map((n) => (
            <li key={n}>
              <Text size={200}>{n}</Text>
            </li>
          ))}
        </ul>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={s.busy} onClick={s.apply}>
          {plan.createsSheet ? 'Apply: add the table' : 'Apply: update the table'}
        </Button>
      </div>
    </section>
  );
}

/** What the user's last action produced, most recent kind first: the element the focus moves to. */
function outcomeOf(s: StructureState): 'problem' | 'applied' | 'proposal' | null {
  if (s.problem) return 'problem';
  if (s.applied) return 'applied';
  return s.proposal ? 'proposal' : null;
}

export function StructureFlow(_props: FlowProps): JSX.Element {
  const styles = useStructureStyles();
  const state = useStructure();
  const outcome = outcomeOf(state);
  const focus = useResultFocus(state.problem ?? state.applied ?? state.proposal);
  // Picking a sheet and Apply disable their own controls while they run: the focus goes to their result.
  const s: StructureState = {
    ...state,
    pickSheet: (sheet) => {
      focus.arm();
      state.pickSheet(sheet);
    },
    pickSelection: () => {
      focus.arm();
      state.pickSelection();
    },
    apply: () => {
      focus.arm();
      state.apply();
    },
  };
  return (
    <section className={styles.root} aria-label="Structure">
      <Subtitle2 as="h2">Structure</Subtitle2>
      <Body1 className={styles.muted}>
        Pick the sheet where you keep goals or KPIs. Rudder writes a tidy table on a new sheet; your own cells are never
        changed.
      </Body1>
      <SourcePicker s={s} />
      <Proposal s={s} focusRef={outcome === 'proposal' ? focus.ref : undefined} />
      <Plan s={s} />
      {/* Last, next to the Apply button the user just pressed (and right under the picker when nothing was found). */}
      {s.problem && (
        <MessageBar
          intent="warning"
          data-testid="structure-problem"
          tabIndex={-1}
          ref={outcome === 'problem' ? focus.ref : undefined}
        >
          <MessageBarBody>{s.problem}</MessageBarBody>
        </MessageBar>
      )}
      {s.applied && (
        <MessageBar
          intent="success"
          data-testid="structure-done"
          tabIndex={-1}
          ref={outcome === 'applied' ? focus.ref : undefined}
        >
          <MessageBarBody>
            {s.applied.message}{' '}
            <Link as="button" onClick={s.showTable}>
              Show the table
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
