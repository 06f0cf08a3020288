/**
 * Ribbon commands. In the shared runtime they run on the task pane's page, so "Check alignment"
 * opens the pane on the Alignment flow and lets the pane run the check.
 */
import { requestFlow } from '../taskpane/flowRequests';

/** Opens the task pane on the Alignment flow and asks it to run the check. */
async function checkAlignment(event: Office.AddinCommands.Event): Promise<void> {
  try {
    requestFlow('alignment', { run: true });
    await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

if (typeof Office !== 'undefined' && typeof Office.actions?.associate === 'function') {
  Office.actions.associate('checkAlignment', (event: Office.AddinCommands.Event) => {
    void checkAlignment(event);
  });
}
