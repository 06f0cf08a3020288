/**
 * The SWOT wizard's state: loaded from the document settings (with edits made in the sheet since
 * the last Finish taken in), changed through the pure functions of `wizardModel`, saved after
 * every change (debounced, and at once when the pane closes), and written by Finish.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  createWizardState,
  importSwot,
  type ImportedSwotItem,
  type ImportedSwotStrategy,
  type ItemIssue,
  type SwotQuadrant,
  type SwotWizardState,
  type SwotWizardStep,
  type TowsType,
} from '../../core/swot';
import type { WorkbookPort } from '../../host/port';
import {
  SWOT_SHEET,
  finishSwot,
  loadSwotState,
  readSwotTables,
  saveSwotState,
  swotTablesStamp,
} from '../../host/swotWrite';
import { todaySerial } from '../alignment/useAlignmentCheck';
import { useLongTask } from '../longTask/LongTaskContext';
import { usePort } from '../PortContext';
import { SWOT_UI } from './messages';
import { reconcileWithWorkbook } from './reconcile';
import * as model from './wizardModel';

/** Long enough to cover a burst of typing, short enough that closing the pane right after loses nothing. */
export const SAVE_DELAY_MS = 400;

export interface ImportScan {
  /** `null` for every sheet. */
  readonly sheet: string | null;
  readonly items: readonly ImportedSwotItem[];
  /** Countermeasures and cross-strategies found beside the items: TOWS strategies, never items. */
  readonly strategies: readonly ImportedSwotStrategy[];
  readonly warnings: readonly string[];
}

export interface Notice {
  readonly intent: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
}

export interface SwotWizardApi {
  readonly loaded: boolean;
  readonly state: SwotWizardState;
  readonly busy: boolean;
  /** Messages about the last load, import or Finish. */
  readonly notices: readonly Notice[];
  /** Issues from the last add or edit, by quadrant, so each step shows its own. */
  readonly issues: Readonly<Partial<Record<SwotQuadrant, readonly ItemIssue[]>>>;
  readonly sheets: readonly string[];
  readonly importing: boolean;
  readonly scan: ImportScan | null;
  /** True once a Finish has written this SWOT, so Finish updates rather than creates. */
  readonly finishedBefore: boolean;
  /** The sheet Finish writes: where the SWOT tables are now, or Rudder's default. */
  readonly sheetName: string;
  chooseType(id: string): void;
  goTo(step: SwotWizardStep): void;
  addItem(quadrant: SwotQuadrant, text: string): boolean;
  editItem(id: string, patch: model.ItemPatch): void;
  moveItem(id: string, delta: -1 | 1): void;
  deleteItem(id: string): void;
  writeStrategy(type: TowsType, from: readonly string[], text: string): void;
  removeStrategy(id: string): void;
  setGoalText(strategyId: string, text: string): void;
  dropGoal(strategyId: string): void;
  restoreGoal(strategyId: string): void;
  openImport(): void;
  closeImport(): void;
  scanSheets(sheet: string | null): void;
  acceptImport(): void;
  finish(): void;
  /** Selects Rudder's SWOT sheet or the RudderGoals table in the workbook. */
  show(what: 'swot' | 'goals'): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useSwotWizard(): SwotWizardApi {
  const port: WorkbookPort = usePort();
  const { run, busy } = useLongTask();
  const [state, setState] = useState<SwotWizardState>(createWizardState);
  const [loaded, setLoaded] = useState(false);
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const [issues, setIssues] = useState<Partial<Record<SwotQuadrant, readonly ItemIssue[]>>>({});
  const [sheets, setSheets] = useState<readonly string[]>([]);
  const [importing, setImporting] = useState(false);
  const [scan, setScan] = useState<ImportScan | null>(null);
  const [finishedBefore, setFinishedBefore] = useState(false);
  const [sheetName, setSheetName] = useState(SWOT_SHEET);
  // The latest state and whether it still needs saving, for the debounce and the unmount flush.
  const latest = useRef(state);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The SWOT tables as this wizard last read or wrote them: Finish writes nothing if they changed since.
  const seenTables = useRef<string | undefined>(undefined);

  const save = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    saveSwotState(port, latest.current).catch((error: unknown) =>
      setNotices((n) => [...n, { intent: 'error', text: SWOT_UI.saveFailed(messageOf(error)) }]),
    );
  }, [port]);

  useEffect(() => {
    let live = true;
    (async () => {
      const [saved, tables, list] = await Promise.all([loadSwotState(port), readSwotTables(port), port.listSheets()]);
      if (!live) return;
      const wasFinished =
        saved.state.chosenGoals.some((g) => g.goalId !== null) || (saved.saved && tables.swot !== null);
      const merged =
        saved.saved && tables.swot
          ? reconcileWithWorkbook(saved.state, {
              swot: tables.swot.rows,
              tows: tables.tows?.rows ?? null,
              goals: tables.goals?.rows ?? null,
            })
          : { state: saved.state, notes: [] };
      const next: Notice[] = saved.warnings.map((text) => ({ intent: 'warning', text }));
      if (saved.saved && saved.state.step !== 'business-type')
        next.push({ intent: 'info', text: wasFinished ? SWOT_UI.editingFinished : SWOT_UI.resumed });
      next.push(...merged.notes.map((text): Notice => ({ intent: 'info', text })));
      latest.current = merged.state;
      seenTables.current = swotTablesStamp(tables);
      setState(merged.state);
      setFinishedBefore(wasFinished);
      setSheetName(tables.swot?.sheet ?? SWOT_SHEET);
      setSheets(list.filter((s) => s.visible).map((s) => s.name));
      setNotices(next);
      setLoaded(true);
    })().catch((error: unknown) => {
      if (!live) return;
      setNotices([{ intent: 'error', text: messageOf(error) }]);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, [port]);

  // Closing the pane (or switching flows) must not lose the last keystrokes.
  useEffect(() => () => save(), [save]);

  const commit = useCallback(
    (next: SwotWizardState) => {
      if (next === latest.current) return;
      latest.current = next;
      dirty.current = true;
      setState(next);
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    },
    [save],
  );

  const apply = useCallback(
    (change: (s: SwotWizardState) => SwotWizardState) => commit(change(latest.current)),
    [commit],
  );

  const addItem = useCallback(
    (quadrant: SwotQuadrant, text: string): boolean => {
      const before = latest.current;
      const change = model.addItem(before, quadrant, text);
      const long = change.issues.some((i) => i.code === 'text-truncated');
      setIssues((all) => ({
        ...all,
        [quadrant]: long
          ? [...change.issues, { code: 'text-truncated', severity: 'warning', message: SWOT_UI.longItem }]
          : change.issues,
      }));
      commit(change.state);
      return change.state !== before;
    },
    [commit],
  );

  const editItem = useCallback(
    (id: string, patch: model.ItemPatch) => {
      const quadrant = latest.current.items.find((i) => i.id === id)?.quadrant;
      const change = model.editItem(latest.current, id, patch);
      if (quadrant) setIssues((all) => ({ ...all, [quadrant]: change.issues }));
      commit(change.state);
    },
    [commit],
  );

  const scanSheets = useCallback(
    (sheet: string | null) => {
      setScan(null);
      run(SWOT_UI.importTitle, async () => {
        const names = sheet === null ? sheets : [sheet];
        const snapshots = await Promise.all(names.map((n) => port.readSheet(n)));
        return importSwot(snapshots);
      }).then(
        (result) => setScan({ sheet, items: result.items, strategies: result.strategies, warnings: result.warnings }),
        (error: unknown) => setNotices([{ intent: 'error', text: messageOf(error) }]),
      );
    },
    [port, run, sheets],
  );

  const acceptImport = useCallback(() => {
    if (!scan) return;
    const outcome = model.acceptImported(latest.current, scan.items, scan.strategies);
    commit({ ...outcome.state, step: 'review' });
    setNotices([
      { intent: 'success', text: SWOT_UI.imported(outcome.added, outcome.skipped, outcome.strategiesAdded) },
    ]);
    setImporting(false);
    setScan(null);
  }, [commit, scan]);

  const finish = useCallback(() => {
    save();
    const current = latest.current;
    run(SWOT_UI.finishing, () => finishSwot(port, current, todaySerial(), seenTables.current)).then(
      (done) => {
        latest.current = done.state;
        seenTables.current = done.stamp;
        dirty.current = false;
        setState(done.state);
        setFinishedBefore(true);
        setSheetName(done.sheet);
        setNotices([{ intent: 'success', text: SWOT_UI.finished(done.sheet, done.goalIds) }]);
      },
      (error: unknown) => setNotices([{ intent: 'error', text: messageOf(error) }]),
    );
  }, [port, run, save]);

  return {
    loaded,
    state,
    busy,
    notices,
    issues,
    sheets,
    importing,
    scan,
    finishedBefore,
    sheetName,
    chooseType: (id) => apply((s) => model.chooseBusinessType(s, id)),
    goTo: (step) => {
      setNotices([]);
      apply((s) => model.goTo(s, step));
    },
    addItem,
    editItem,
    moveItem: (id, delta) => apply((s) => model.moveItem(s, id, delta)),
    deleteItem: (id) => apply((s) => model.deleteItem(s, id)),
    writeStrategy: (type, from, text) => apply((s) => model.writeStrategy(s, type, from, text)),
    removeStrategy: (id) => apply((s) => model.removeStrategy(s, id)),
    setGoalText: (strategyId, text) => apply((s) => model.setGoalText(s, strategyId, text)),
    dropGoal: (strategyId) => apply((s) => model.dropGoal(s, strategyId)),
    restoreGoal: (strategyId) => apply((s) => model.restoreGoal(s, strategyId)),
    openImport: () => {
      setImporting(true);
      setScan(null);
    },
    closeImport: () => setImporting(false),
    scanSheets,
    acceptImport,
    finish,
    show: (what) => {
      port
        .readTable(what === 'swot' ? 'RudderSWOT' : 'RudderGoals')
        .then((t) => (t ? port.select(t.sheet, what === 'swot' ? 'A1' : t.range) : undefined))
        .catch((error: unknown) => setNotices([{ intent: 'error', text: messageOf(error) }]));
    },
  };
}
