/**
 * Keeps one flow's crash inside that flow: the user sees a plain message and "Try again" (which
 * remounts the flow), never a stack trace. The error still goes to the console for whoever debugs.
 */
import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
});

function FlowCrashed({
  flowLabel,
  message,
  onRetry,
}: {
  readonly flowLabel: string;
  readonly message: string;
  readonly onRetry: () => void;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{flowLabel} stopped working.</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <Body1>
        Your workbook was not changed by this. You can try again; if it keeps happening, close and reopen the pane.
      </Body1>
      <div>
        <Button appearance="primary" onClick={onRetry}>
          Try again
        </Button>
      </div>
    </div>
  );
}

interface Props {
  readonly flowLabel: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly attempt: number;
}

/** The message a user can act on: ours are written for people; anything else gets a generic line. */
function plainMessage(error: Error): string {
  const fromRudder = error.name === 'WorkbookError' || error.name === 'BusyError';
  return fromRudder ? error.message : 'Something unexpected went wrong.';
}

export class FlowErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Reported, not swallowed: developers need the stack, users do not.
    console.error(`Rudder: the ${this.props.flowLabel} flow crashed`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error)
      return <FlowCrashed flowLabel={this.props.flowLabel} message={plainMessage(error)} onRetry={this.retry} />;
    // The key remounts the flow on "Try again", so it starts from a clean state.
    return <div key={attempt}>{this.props.children}</div>;
  }
}
