/** The Check-in flow's state: the KPIs and their history, what the person typed, Save and Undo as long tasks. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHECKIN_MESSAGES, planCheckin, type CheckinKpi, type CheckinPlan } from '../../core/checkin';
import { loadCheckin, saveCheckin, undoCheckin, type CheckinView, type SavedCheckin } from '../../host/checkin';
import type { WorkbookPort } from '../../host/port';
import { todaySerial } from '../alignment/useAlignmentCheck';
import { useLongTask } from '../longTask/LongTaskContext';
import { CHECKIN_TEXT } from './text';

export type Notice = { readonly intent: 'success' | 'error' | 'warning'; readonly text: string } | null;

export interface Typed {
  readonly actual: string;
  readonly note: string;
  /** The period's end date as a serial in text; blank for the next period. */
  readonly period: string;
}

export interface CheckinState {
  readonly kpis: readonly CheckinKpi[] | null;
  readonly typed: Readonly<Record<string, Typed>>;
  readonly notice: Notice;
  readonly problems: readonly string[];
  readonly last: SavedCheckin | null;
  /** A check-in that would replace earlier values, waiting for the person to confirm or cancel. */
  readonly pending: CheckinPlan | null;
  readonly confirm: () => void;
  readonly cancel: () => void;
  readonly type: (id: string, field: keyof Typed, value: string) => void;
  readonly save: () => void;
  readonly undo: () => void;
  readonly reload: () => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const EMPTY: Typed = { actual: '', note: '', period: '' };

export function useCheckin(port: WorkbookPort): CheckinState {
  const { run } = useLongTask();
  const [kpis, setKpis] = useState<readonly CheckinKpi[] | null>(null);
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [last, setLast] = useState<SavedCheckin | null>(null);
  // Where RudderKPIs's Actual and As of sit, as last read: a first check-in switches them to the history.
  const cells = useRef<Pick<CheckinView, 'latestCells' | 'historyCells'>>({ latestCells: null, historyCells: null });
  const [pending, setPending] = useState<CheckinPlan | null>(null);
  const show = useCallback((view: CheckinView) => {
    cells.current = view;
    setKpis(view.kpis);
  }, []);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const fail = useCallback(
    (error: unknown) => live.current && setNotice({ intent: 'error', text: messageOf(error) }),
    [],
  );

  const reload = useCallback(() => {
    run(CHECKIN_TEXT.reading, () => loadCheckin(port, todaySerial())).then((view) => live.current && show(view), fail);
  }, [port, run, fail, show]);

  useEffect(reload, [reload]);

  const type = useCallback((id: string, field: keyof Typed, value: string) => {
    setTyped((all) => ({ ...all, [id]: { ...(all[id] ?? EMPTY), [field]: value } }));
  }, []);

  const write = useCallback(
    (plan: CheckinPlan) => {
      setNotice(null);
      run(CHECKIN_TEXT.saving, async () => {
        const saved = await saveCheckin(port, plan, cells.current);
        return { saved, view: await loadCheckin(port, todaySerial()) };
      }).then(({ saved, view }) => {
        if (!live.current) return;
        setLast(saved);
        setTyped({});
        show(view);
        setNotice({ intent: 'success', text: saved.message });
      }, fail);
    },
    [port, run, fail, show],
  );

  const save = useCallback(() => {
    if (kpis === null) return;
    const entries = kpis.map((k) => {
      const t = typed[k.id] ?? EMPTY;
      return { id: k.id, period: t.period === '' ? k.nextPeriod : Number(t.period), actual: t.actual, note: t.note };
    });
    const plan = planCheckin(entries, kpis);
    setProblems(plan.problems);
    if (plan.rows.length === 0 && plan.replacements.length === 0) {
      setNotice({
        intent: 'warning',
        text: plan.problems.length > 0 ? CHECKIN_TEXT.nothingSaved : CHECKIN_MESSAGES.nothingToSave,
      });
      return;
    }
    // An earlier value is never rewritten without asking.
    if (plan.replacements.length > 0) setPending(plan);
    else write(plan);
  }, [kpis, typed, write]);

  const confirm = useCallback(() => {
    if (pending === null) return;
    setPending(null);
    write(pending);
  }, [pending, write]);

  const cancel = useCallback(() => {
    setPending(null);
    setNotice({ intent: 'warning', text: CHECKIN_TEXT.replaceCancelled });
  }, []);

  const undo = useCallback(() => {
    if (last === null) return;
    run(CHECKIN_TEXT.undoing, async () => {
      const message = await undoCheckin(port, last);
      return { message, view: await loadCheckin(port, todaySerial()) };
    }).then(({ message, view }) => {
      if (!live.current) return;
      setLast(null);
      show(view);
      setNotice({ intent: message === CHECKIN_MESSAGES.undoChanged ? 'warning' : 'success', text: message });
    }, fail);
  }, [last, port, run, fail, show]);

  return { kpis, typed, notice, problems, last, pending, confirm, cancel, type, save, undo, reload };
}
