/**
 * The Structure flow's state: which sheet, what Rudder proposes, the user's corrections, the plan
 * they give (recomputed as the user corrects), and Apply. All workbook access goes through the port.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { serialFromYmd } from '../../core/dates/serial';
import type { ColumnRole } from '../../core/detect';
import {
  previewRows,
  type PreviewTable,
  type StructureCorrections,
  type StructureKind,
  type StructureResult,
} from '../../core/structure';
import type { WorkbookPort } from '../../host/port';
import {
  applyStructure,
  planProposal,
  proposeStructure,
  type AppliedStructure,
  type StructureProposal,
  type StructureSource,
} from '../../host/structureApply';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';

/** Today in the user's calendar, as a serial: the core never reads the clock. */
function today(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface StructureState {
  readonly sheets: readonly string[];
  readonly source: StructureSource | null;
  readonly proposal: StructureProposal | null;
  readonly tableIndex: number;
  readonly corrections: StructureCorrections | null;
  readonly result: StructureResult | null;
  readonly preview: PreviewTable | null;
  readonly applied: AppliedStructure | null;
  /** A plain sentence when something could not be done (nothing to structure, a failed Apply). */
  readonly problem: string | null;
  readonly busy: boolean;
  readonly pickSheet: (sheet: string) => void;
  readonly pickSelection: () => void;
  readonly pickTable: (index: number) => void;
  readonly setKind: (kind: StructureKind) => void;
  readonly setHeaderRow: (row: number) => void;
  readonly setRole: (column: string, role: ColumnRole) => void;
  /** KPI tables: Status and Progress as plain Excel formulas instead of RUDDER.* ones. */
  readonly setNativeKpiFormulas: (on: boolean) => void;
  readonly apply: () => void;
  readonly showTable: () => void;
}

export function useStructure(): StructureState {
  const port: WorkbookPort = usePort();
  const { run, busy } = useLongTask();
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [source, setSource] = useState<StructureSource | null>(null);
  const [proposal, setProposal] = useState<StructureProposal | null>(null);
  const [tableIndex, setTableIndex] = useState(0);
  const [corrections, setCorrections] = useState<StructureCorrections | null>(null);
  const [applied, setApplied] = useState<AppliedStructure | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    port.listSheets().then(
      (list) => live && setSheets(list.filter((s) => s.visible).map((s) => s.name)),
      (error: unknown) => live && setProblem(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [port, applied]);

  const load = useCallback(
    (next: StructureSource) => {
      setSource(next);
      setProposal(null);
      setCorrections(null);
      setApplied(null);
      setProblem(null);
      run(`Reading the sheet ${next.sheet}…`, () => proposeStructure(port, next)).then(
        (found) => {
          if (!found.ok) {
            setProblem(found.reason);
            return;
          }
          setProposal(found.proposal);
          setTableIndex(0);
          setCorrections(found.proposal.corrections[0]);
        },
        (error: unknown) => setProblem(messageOf(error)),
      );
    },
    [port, run],
  );

  const pickSheet = useCallback((sheet: string) => load({ sheet }), [load]);
  const pickSelection = useCallback(() => {
    port.getSelection().then(
      (sel) =>
        sel
          ? load({ sheet: sel.sheet, address: sel.address })
          : setProblem('Select the cells of your table first, header included.'),
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [port, load]);

  const pickTable = useCallback(
    (index: number) => {
      if (!proposal) return;
      setTableIndex(index);
      setCorrections(proposal.corrections[index]);
    },
    [proposal],
  );

  const edit = useCallback((change: (c: StructureCorrections) => StructureCorrections) => {
    setApplied(null);
    setCorrections((c) => (c ? change(c) : c));
  }, []);

  const result = useMemo(
    () => (proposal && corrections ? planProposal(proposal, tableIndex, corrections, today()) : null),
    [proposal, tableIndex, corrections],
  );
  const preview = useMemo(() => (result?.ok ? previewRows(result.plan, today()) : null), [result]);

  const apply = useCallback(() => {
    if (!result?.ok || !source) return;
    const plan = result.plan;
    setProblem(null);
    run(`Writing the table ${plan.tableName}…`, () => applyStructure(port, plan, today())).then(
      (done) => {
        setApplied(done);
        // Read again, so a second Apply updates the table instead of planning a new sheet.
        return proposeStructure(port, source).then((again) => {
          if (again.ok) setProposal(again.proposal);
        });
      },
      (error: unknown) => setProblem(messageOf(error)),
    );
  }, [port, run, result, source]);

  const showTable = useCallback(() => {
    if (applied) port.select(applied.sheet, applied.range).catch((error: unknown) => setProblem(messageOf(error)));
  }, [port, applied]);

  return {
    sheets,
    source,
    proposal,
    tableIndex,
    corrections,
    result,
    preview,
    applied,
    problem,
    busy,
    pickSheet,
    pickSelection,
    pickTable,
    setKind: (kind) => edit((c) => ({ ...c, kind })),
    setHeaderRow: (row) => edit((c) => ({ ...c, headerRow: row })),
    setRole: (column, role) => edit((c) => ({ ...c, roles: { ...c.roles, [column]: role } })),
    setNativeKpiFormulas: (on) => edit((c) => ({ ...c, nativeKpiFormulas: on })),
    apply,
    showTable,
  };
}
