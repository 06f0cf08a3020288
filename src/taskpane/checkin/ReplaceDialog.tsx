/** "Replace earlier values?": asked before a check-in changes a period the history already holds. Cancel has the focus. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { CHECKIN_MESSAGES, type CheckinPlan } from '../../core/checkin';
import { CHECKIN_TEXT } from './text';

export interface ReplaceDialogProps {
  readonly pending: CheckinPlan | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ReplaceDialog({ pending, onConfirm, onCancel }: ReplaceDialogProps): JSX.Element {
  const replacements = pending?.replacements ?? [];
  return (
    <Dialog
      open={pending !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="rudder-checkin-replace-text" data-testid="checkin-replace-dialog">
        <DialogBody>
          <DialogTitle>{CHECKIN_TEXT.replaceTitle(replacements.length)}</DialogTitle>
          <DialogContent id="rudder-checkin-replace-text">
            <p>{CHECKIN_TEXT.replaceIntro}</p>
            <ul>
              {replacements.map((r) => (
                <li key={`${r.id}-${r.period}`}>{CHECKIN_MESSAGES.replacement(r)}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            {/* First in the dialog, so the safe answer has the focus when the question appears. */}
            <Button appearance="primary" onClick={onCancel} data-testid="checkin-replace-cancel">
              {CHECKIN_TEXT.replaceCancel}
            </Button>
            <Button onClick={onConfirm} data-testid="checkin-replace-confirm">
              {CHECKIN_TEXT.replaceConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
