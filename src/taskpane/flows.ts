/**
 * The task pane's flows, registered as data: one entry per flow, its component loaded on demand
 * (a flow's code is fetched the first time its tab opens, which keeps the pane's start-up bundle
 * small). Order here is the order of the tabs and of the cards on Home.
 */
import { Board20Regular } from '@fluentui/react-icons/lib/atoms/svg/board';
import { CalendarCheckmark20Regular } from '@fluentui/react-icons/lib/atoms/svg/calendar-checkmark';
import { DataTrending20Regular } from '@fluentui/react-icons/lib/atoms/svg/data-trending';
import { Share20Regular } from '@fluentui/react-icons/lib/atoms/svg/share';
import { TableSimple20Regular } from '@fluentui/react-icons/lib/atoms/svg/table-simple';
import { lazy } from 'react';
import type { FlowDefinition, WorkFlowId } from './flowTypes';

const StructureFlow = lazy(() => import('./structure/StructureFlow').then((m) => ({ default: m.StructureFlow })));
const SwotWizard = lazy(() => import('./swot/SwotWizard').then((m) => ({ default: m.SwotWizard })));
const AlignmentFlow = lazy(() => import('./alignment/AlignmentFlow').then((m) => ({ default: m.AlignmentFlow })));
const CheckinFlow = lazy(() => import('./checkin/CheckinFlow').then((m) => ({ default: m.CheckinFlow })));
const ShareFlow = lazy(() => import('./share/ShareFlow').then((m) => ({ default: m.ShareFlow })));

interface FlowText {
  readonly label: string;
  readonly description: string;
  readonly needs: string;
}

const text: Record<WorkFlowId, FlowText> = {
  structure: {
    label: 'Structure',
    description:
      'Pick a sheet where you keep goals, KPIs or your mission, values and pillars. Rudder finds the table on it, ' +
      'even with titles and blank rows above, guesses what each column means (goal, owner, due date, target…) and ' +
      'lets you correct it. Then it writes a tidy Rudder table on a new sheet with live SMART scores and KPI ' +
      'statuses. Your own cells are never changed.',
    needs:
      'A sheet with one goal, KPI or strategy statement per row. Owners, dates and targets help, but are not required.',
  },
  swot: {
    label: 'SWOT',
    description:
      'A guided SWOT: answer a few questions about your strengths, weaknesses, opportunities and threats, rate how much ' +
      'each matters, then turn the strongest pairings into goals with live SMART feedback. You can also import a SWOT ' +
      'you already keep in a sheet.',
    needs: 'Nothing to start. An existing SWOT sheet (a 2x2 grid, a column per quadrant, or a list) can be imported.',
  },
  alignment: {
    label: 'Alignment',
    description:
      'Checks that your mission, values, goals, KPIs and SWOT line up: goals nobody measures, KPIs linked to goals that ' +
      'do not exist, overdue goals, big threats with no goal. Each finding says where it is (click to go there) and how ' +
      'to fix it, with an overall alignment score.',
    needs: 'Goals and KPIs in Rudder tables (run Structure first). A mission and a SWOT make the check richer.',
  },
  checkin: {
    label: 'Check-in',
    description:
      'Shows the KPIs due for this period’s numbers, each with its latest value, a small chart of its history, its ' +
      'trend and whether it is on course to meet its target. Type the new values and a note; Save adds them to the ' +
      'history, and the KPI table’s Actual moves with them. Undo takes a check-in back.',
    needs: 'KPIs in RudderKPIs with a target and a frequency; their monthly numbers in RudderHistory help most.',
  },
  share: {
    label: 'Share',
    description:
      'Prepares the workbook for your accountant, adviser or board: a copy that reads well without Rudder installed, ' +
      'with the scores and statuses kept as plain values and a one-page summary.',
    needs: 'Goals or KPIs in Rudder tables, so the summary has something to show.',
  },
};

export const FLOWS: readonly FlowDefinition[] = [
  {
    id: 'structure',
    ...text.structure,
    icon: TableSimple20Regular,
    summary: 'Turn a messy goals, KPI or strategy sheet into a tidy table Rudder can score and check.',
    component: StructureFlow,
  },
  {
    id: 'swot',
    ...text.swot,
    icon: Board20Regular,
    summary: 'Build a SWOT step by step and turn it into goals.',
    component: SwotWizard,
  },
  {
    id: 'alignment',
    ...text.alignment,
    icon: DataTrending20Regular,
    summary: 'Check that goals, KPIs, SWOT and mission fit together, with fixes.',
    component: AlignmentFlow,
  },
  {
    id: 'checkin',
    ...text.checkin,
    icon: CalendarCheckmark20Regular,
    summary: 'Enter this period’s KPI numbers and see which targets you are on course to miss.',
    component: CheckinFlow,
  },
  {
    id: 'share',
    ...text.share,
    icon: Share20Regular,
    summary: 'Make the workbook easy to read for your advisers, without Rudder.',
    component: ShareFlow,
  },
];

/** The flow with this id; every `WorkFlowId` is registered. */
export function flowById(id: WorkFlowId): FlowDefinition {
  const flow = FLOWS.find((f) => f.id === id);
  if (!flow) throw new Error(`No flow is registered with id "${id}" in src/taskpane/flows.ts.`);
  return flow;
}
