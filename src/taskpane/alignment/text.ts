/** Every sentence the Alignment flow shows, in one place (the report and CLI words live in host/alignmentReport). */
import type { GraphNodeKind } from '../../core/alignment';

export const ALIGNMENT_TEXT = {
  heading: 'Alignment check',
  intro:
    'Rudder reads your Rudder tables (strategy, goals, KPIs, SWOT) and checks that they connect: every KPI measures a goal, every goal has a KPI, an owner and a deadline, and your values and big threats have goals behind them.',
  run: 'Run check',
  runAgain: 'Run check again',
  running: 'Checking alignment…',
  reading: 'Reading your Rudder tables…',
  checking: 'Checking goals, KPIs and links…',
  scoreHeading: 'Alignment score',
  scoreOutOf: 'out of 100',
  checkedOn: (date: string) => `Checked on ${date}.`,
  howScored: 'How is this scored?',
  findingsHeading: 'Findings',
  noFindings: 'No findings: every check passed. Nice work.',
  showMore: (shown: number, total: number) => `Show more (${shown} of ${total} shown)`,
  goTo: (where: string) => `Go to ${where}`,
  goToLabel: (where: string, message: string) => `Go to ${where}: ${message}`,
  fixLabel: 'Fix: ',
  selectFailed: (where: string, reason: string) => `Could not go to ${where}: ${reason}`,
  failed: (reason: string) => `The check could not finish: ${reason}`,
  emptyHint: 'Open Structure to turn your goals and KPI sheets into Rudder tables, then run the check again.',
  openStructure: 'Open Structure',
  mapHeading: 'How your strategy connects',
  mapLabel: (boxes: number) =>
    `How your strategy connects: ${boxes} box${boxes === 1 ? '' : 'es'}. Arrow keys move between them; Enter goes to the row.`,
  mapIntro:
    'Mission and values at the top, then goals, then the KPIs that measure them. Dashed red outlines are items not connected to the layer above.',
  mapMore: (n: number) => `+${n} more`,
  mapEmpty: 'Nothing to draw yet.',
  reportHeading: 'Report in the workbook',
  writeReport: 'Write report',
  writingReport: 'Writing the alignment report…',
  legend: {
    good: 'On track or achieved',
    risk: 'At risk',
    bad: 'Off track or missed',
    none: 'No status yet',
    orphan: 'Not connected',
  },
} as const;

/** How each picture node kind is named for screen readers. */
export const NODE_NOUN: Readonly<Record<GraphNodeKind, string>> = {
  mission: 'Mission',
  vision: 'Vision',
  value: 'Value',
  pillar: 'Pillar',
  strategy: 'Strategy item',
  swot: 'SWOT item',
  tows: 'SWOT strategy',
  goal: 'Goal',
  kpi: 'KPI',
};
