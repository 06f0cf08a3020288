/** "Replace this workbook?": asked before Reset or Open throws away what was written. Cancel is the default. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { PendingReplacement } from './usePlaygroundSession';
import { changedSheetsPhrase } from './writeTracking';

export interface ReplaceDialogProps {
  readonly pending: PendingReplacement | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function ReplaceDialog({ pending, onConfirm, onCancel }: ReplaceDialogProps): JSX.Element {
  const where = pending ? changedSheetsPhrase(pending.changes) : null;
  const replacement = pending?.fileName ? pending.fileName : 'the sample as it was';
  return (
    <Dialog
      open={pending !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) onCancel();
      }}
    >
      <DialogSurface aria-describedby="replace-workbook-text" data-testid="replace-dialog">
        <DialogBody>
          <DialogTitle>Replace this workbook?</DialogTitle>
          <DialogContent id="replace-workbook-text">
            Rudder or you have written to {where ?? 'this workbook'} since it was opened. Replacing it with{' '}
            {replacement} loses those changes. To keep them, cancel and use Download .xlsx first.
          </DialogContent>
          <DialogActions>
            {/* First in the dialog, so it has the focus when the question appears. */}
            <Button appearance="primary" onClick={onCancel}>
              Cancel
            </Button>
            <Button onClick={onConfirm}>{pending?.fileName ? `Open ${pending.fileName}` : 'Reset the sample'}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
