/** Every sentence the SWOT core shows a person, in one place so tests compare against these. */

export const SWOT_MESSAGES = {
  textRequired: 'Write a few words for this item: an empty item cannot be saved.',
  impactDefaulted: (raw: string) => `Impact "${raw}" is not a number from 1 to 5, so it was set to 3 (medium).`,
  impactClamped: (raw: number, used: number) => `Impact ${raw} is outside 1-5, so ${used} was used.`,
  textTruncated: (max: number) =>
    `This item was longer than ${max} characters and was shortened; keep the detail in Evidence.`,
  duplicate: (id: string) => `This item is already listed as ${id}.`,
  duplicateOtherQuadrant: (id: string) =>
    `The same words are already used by ${id} in another quadrant; check that both are meant.`,

  stateEmpty: 'No saved SWOT progress was found, so the wizard starts fresh.',
  stateUnreadable: 'The saved SWOT progress could not be read, so the wizard starts fresh.',
  stateNewerVersion: (version: number) =>
    `The saved SWOT progress comes from a newer version of Rudder (format ${version}), so the wizard starts fresh.`,
  stateDroppedItems: (count: number) => `${count} saved SWOT item(s) were damaged and left out.`,
  stateDroppedStrategies: (count: number) => `${count} saved TOWS strategy(ies) were damaged and left out.`,
  stateDroppedGoals: (count: number) => `${count} saved draft goal(s) were damaged and left out.`,
  stateUnknownStep: (step: string) =>
    `The saved wizard step "${step}" is unknown, so the wizard resumes at the first step.`,

  goalHintMeasure: 'Add a number you can count (customers, sales, hours, orders) so progress can be measured.',
  goalHintDeadline: 'Pick a real date for "within 12 months" once you know when you can start.',
  goalFallback: 'Act on this strategy',

  importNoItems: (sheets: string) => `No SWOT items were found in ${sheets}.`,
  importErrorCell: (sheet: string, cell: string, code: string) =>
    `${sheet}!${cell} holds the error ${code}, so it was skipped; fix the formula and import again.`,
  importDuplicate: (sheet: string, cell: string, first: string) =>
    `${sheet}!${cell} repeats the item in ${first}, so it was imported once.`,
  importOtherQuadrant: (sheet: string, cell: string, quadrant: string, first: string, firstQuadrant: string) =>
    `${sheet}!${cell} lists as a ${quadrant} the same words that ${first} lists as a ${firstQuadrant}; both were imported, each once. Delete one in the wizard if only one is meant.`,
  importImpactUnread: (sheet: string, cell: string, raw: string) =>
    `${sheet}!${cell}: impact "${raw}" was not understood (use 1-5 or High, Medium, Low), so it was left out.`,
} as const;

/** The sentence that starts each TOWS prompt; the owner finishes it with a strategy. */
export const TOWS_PROMPTS = {
  SO: (s: string, o: string) => `Use ${s} to seize ${o}: what could you offer, to whom, and by when?`,
  ST: (s: string, t: string) => `Use ${s} to guard against ${t}: what would you do before it hurts?`,
  WO: (w: string, o: string) => `Fix ${w} so you can take ${o}: what one change would make that possible?`,
  WT: (w: string, t: string) =>
    `Shrink ${w} so ${t} cannot hit you hard: what is the smallest step that lowers the risk?`,
} as const;

/** The starting sentence of a strategy when the owner has not written one yet. */
export const TOWS_DEFAULT_TEXT = {
  SO: (s: string, o: string) => `Use ${s} to seize ${o}`,
  ST: (s: string, t: string) => `Use ${s} to guard against ${t}`,
  WO: (w: string, o: string) => `Fix ${w} to take ${o}`,
  WT: (w: string, t: string) => `Reduce ${w} to limit ${t}`,
} as const;
