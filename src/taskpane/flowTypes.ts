/** The contract between the task pane shell and a flow (Structure, SWOT, Alignment, Share). */
import type { ComponentType } from 'react';
import type { FluentIcon } from '@fluentui/react-icons';
import type { FlowId, FlowRequest } from './flowRequests';

/** A flow's id: every `FlowId` except the shell's own Home view. */
export type WorkFlowId = Exclude<FlowId, 'home'>;

/** What the shell gives a flow component. The port comes from `usePort()`, progress from `useLongTask()`. */
export interface FlowProps {
  /**
   * The latest request to start this flow's main action (e.g. the ribbon's "Check alignment"),
   * a new object per request so an effect can depend on it; `null` when none is pending.
   */
  readonly request: FlowRequest | null;
  /** Opens another flow, or `'home'`. */
  readonly navigate: (id: FlowId) => void;
}

export interface FlowDefinition {
  readonly id: WorkFlowId;
  /** Tab label, one or two words. */
  readonly label: string;
  readonly icon: FluentIcon;
  /** One line for Home: what the flow does for the owner. */
  readonly summary: string;
  /** One paragraph: what the flow will do, step by step, in plain words. */
  readonly description: string;
  /** What the workbook needs for the flow to be useful. */
  readonly needs: string;
  readonly component: ComponentType<FlowProps>;
}
