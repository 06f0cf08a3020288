/** The Check-in flow's state: the KPIs and their history, what the person typed, Save and Undo as long tasks. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CHECKIN_MESSAGES, planCheckin, type CheckinKpi } from '../../core/checkin';
import { loadCheckin, saveCheckin, undoCheckin, type CheckinView, type SavedCheckin } from '../../host/checkin';
import type { KpiLatestCells } from '../../host/checkinLatest';
import type { WorkbookPort } from '../../host/port';
import { todaySerial } from '../alignment/useAlignmentCheck';
import { useLongTask } from '../longTask/LongTaskContext';
import { CHECKIN_TEXT } from './text';

export type Notice = { readonly intent: 'success' | 'error' | 'warning'; readonly text: string } | null;

export interface Typed {
  readonly actual: string;
  readonly note: string;
}

export interface CheckinState {
  readonly kpis: readonly CheckinKpi[] | null;
  readonly typed: Readonly<Record<string, Typed>>;
  readonly notice: Notice;
  readonly problems: readonly string[];
  readonly last: SavedCheckin | null;
  readonly type: (id: string, field: keyof Typed, value: string) => void;
  readonly save: () => void;
  readonly undo: () => void;
  readonly reload: () => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const EMPTY: Typed = { actual: '', note: '' };

export function useCheckin(port: WorkbookPort): CheckinState {
  const { run } = useLongTask();
  const [kpis, setKpis] = useState<readonly CheckinKpi[] | null>(null);
  const [typed, setTyped] = useState<Record<string, Typed>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [last, setLast] = useState<SavedCheckin | null>(null);
  // Where RudderKPIs's Actual and As of sit, as last read: a first check-in switches them to the history.
  const latestCells = useRef<KpiLatestCells | null>(null);
  const show = useCallback((view: CheckinView) => {
    latestCells.current = view.latestCells;
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

  const save = useCallback(() => {
    if (kpis === null) return;
    const entries = kpis.map((k) => ({ id: k.id, period: k.nextPeriod, ...(typed[k.id] ?? EMPTY) }));
    const plan = planCheckin(entries, kpis);
    setProblems(plan.problems);
    if (plan.rows.length === 0) {
      setNotice({
        intent: 'warning',
        text: plan.problems.length > 0 ? CHECKIN_TEXT.nothingSaved : CHECKIN_MESSAGES.nothingToSave,
      });
      return;
    }
    setNotice(null);
    run(CHECKIN_TEXT.saving, async () => {
      const saved = await saveCheckin(port, plan.rows, latestCells.current);
      return { saved, view: await loadCheckin(port, todaySerial()) };
    }).then(({ saved, view }) => {
      if (!live.current) return;
      setLast(saved);
      setTyped({});
      show(view);
      setNotice({ intent: 'success', text: saved.message });
    }, fail);
  }, [kpis, typed, port, run, fail, show]);

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

  return { kpis, typed, notice, problems, last, type, save, undo, reload };
}
