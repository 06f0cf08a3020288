/** Reads what Rudder needs for Home: the sheets and tables of the workbook. */
import { useCallback, useEffect, useState } from 'react';
import type { SheetInfo, TableInfo, WorkbookPort } from '../../host/port';

export type WorkbookSummary =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly sheets: readonly SheetInfo[]; readonly tables: readonly TableInfo[] }
  | { readonly state: 'failed'; readonly message: string };

export function useWorkbookSummary(port: WorkbookPort): {
  readonly summary: WorkbookSummary;
  readonly reload: () => void;
} {
  const [summary, setSummary] = useState<WorkbookSummary>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setSummary({ state: 'loading' });
    Promise.all([port.listSheets(), port.listTables()]).then(
      ([sheets, tables]) => {
        if (live) setSummary({ state: 'ready', sheets, tables });
      },
      (error: unknown) => {
        if (live) setSummary({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [port, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { summary, reload };
}
