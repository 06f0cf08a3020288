/**
 * A small mailbox between ribbon commands and the task pane (same page in the shared runtime):
 * a command asks for a flow, the pane opens it when it mounts or right away if it is open.
 */
export type FlowId = 'home' | 'structure' | 'swot' | 'alignment' | 'checkin' | 'share';

export interface FlowRequest {
  readonly flow: FlowId;
  /** Start the flow's main action at once (e.g. run the alignment check). */
  readonly run: boolean;
}

type Listener = (request: FlowRequest) => void;

let pending: FlowRequest | null = null;
const listeners = new Set<Listener>();

export function requestFlow(flow: FlowId, options: { run?: boolean } = {}): void {
  const request: FlowRequest = { flow, run: options.run ?? false };
  if (listeners.size === 0) {
    pending = request;
    return;
  }
  for (const listener of listeners) listener(request);
}

/** Subscribes to flow requests; a request made before anyone listened is delivered at once. */
export function onFlowRequest(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    const request = pending;
    pending = null;
    listener(request);
  }
  return () => listeners.delete(listener);
}
