/** Every sentence the SWOT wizard shows, in one place so tests compare against these. */
import type { SwotQuadrant } from '../../core/swot';

export const QUADRANT_HELP: Readonly<Record<SwotQuadrant, string>> = {
  strength: 'What your business does well, inside your control.',
  weakness: 'What holds your business back, inside your control.',
  opportunity: 'What is happening around you that you could use.',
  threat: 'What is happening around you that could hurt you.',
};

export const SWOT_UI = {
  title: 'SWOT',
  intro: 'Pick the kind of business closest to yours: Rudder shows questions and examples that fit it.',
  importIntro: 'Already keep a SWOT in a sheet? Rudder can read it.',
  importTitle: 'Import a SWOT from a sheet',
  importAllSheets: 'All sheets',
  importNothing: 'Rudder found no SWOT items there. Try another sheet, or start from scratch.',
  importFound: (n: number) =>
    `Rudder found ${n} item${n === 1 ? '' : 's'}. Check them, then take them into the wizard.`,
  imported: (added: number, skipped: number, strategies = 0) =>
    `${added} item${added === 1 ? '' : 's'} taken into the wizard${skipped > 0 ? `; ${skipped} already there were left out` : ''}${
      strategies > 0
        ? `; ${strategies} strateg${strategies === 1 ? 'y' : 'ies'} written beside them will go to the TOWS table when you finish`
        : ''
    }.`,
  resumed: 'Welcome back: you are where you left off.',
  editingFinished:
    'This SWOT was finished before. Change anything and press Finish again to update the sheet and tables.',
  addPlaceholder: 'Write an item in your own words',
  addButton: 'Add',
  examplesLabel: 'Examples (click to add, then edit)',
  questionsLabel: 'Questions to think about',
  emptyQuadrant: 'Nothing here yet. Add an item, or go on: a quadrant can stay empty.',
  impactLabel: 'Impact',
  impactHint: '1 = minor, 5 = major',
  evidenceLabel: 'Evidence (optional)',
  evidencePlaceholder: 'A number, a review, a date that backs this up',
  showMore: (n: number) => `Show ${n} more`,
  reviewIntro: 'Your SWOT at a glance, biggest impact first. Click a quadrant title to edit it.',
  towsIntro:
    'Rudder paired your strongest items. Write a strategy for the pairings that matter to you; leave the others blank.',
  towsNone: 'TOWS needs at least one strength or weakness and one opportunity or threat. Go back and add some.',
  strategyPlaceholder: 'Your strategy in one sentence',
  goalsIntro: 'Each strategy becomes a draft goal. Sharpen it until the SMART score is green: add a number and a date.',
  goalsNone: 'Write a strategy on the TOWS step first: each strategy becomes a goal here.',
  goalDropped: 'No goal for this strategy.',
  goalWritten: (id: string) => `Already in the Goals table as ${id}; Finish updates it.`,
  smartScore: (score: number) => `SMART ${score}/100`,
  finishWill: (sheet: string, goals: number, update: boolean) =>
    `Finish ${update ? 'updates' : 'writes'} the 2x2 grid and the RudderSWOT and RudderTOWS tables on the sheet “${sheet}”` +
    `${goals > 0 ? ` and ${update ? 'updates or adds' : 'adds'} ${goals} goal${goals === 1 ? '' : 's'} in RudderGoals` : ''}. Your own sheets are not changed.`,
  finishing: 'Writing your SWOT to the workbook…',
  finished: (sheet: string, goals: readonly string[]) =>
    `Done: your SWOT is on “${sheet}”${goals.length > 0 ? ` and ${goals.join(', ')} ${goals.length === 1 ? 'is' : 'are'} in the Goals table` : ''}.`,
  doneIntro:
    'Your SWOT is in the workbook. You can come back any time to change it: Finish again updates the same sheet.',
  saveFailed: (reason: string) => `Your progress could not be saved in the workbook: ${reason}`,
  longItem: 'The full text was kept in Evidence.',
  reconcileEdited: (n: number) =>
    `${n} item${n === 1 ? ' was' : 's were'} changed in the RudderSWOT table since last time; the wizard now shows those changes.`,
  reconcileAdded: (n: number) =>
    `${n} row${n === 1 ? ' was' : 's were'} added to the RudderSWOT table by hand; ${n === 1 ? 'it is' : 'they are'} now in the wizard.`,
  reconcileMissing: (n: number) =>
    `${n} item${n === 1 ? ' is' : 's are'} no longer in the RudderSWOT table; the wizard kept ${n === 1 ? 'it' : 'them'}. Delete ${n === 1 ? 'it' : 'them'} here if that was meant, or Finish puts ${n === 1 ? 'it' : 'them'} back.`,
} as const;
