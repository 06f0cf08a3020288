/** The SWOT core: templates, the SWOT/TOWS model, wizard state, tables and the sheet importer. */
export * from './types';
export { SWOT_MESSAGES, TOWS_PROMPTS } from './messages';
export { nextItemId, nextStrategyId, idNumber } from './ids';
export { validateItem, MAX_ITEM_LENGTH } from './validate';
export type { ItemDraft, ItemIssue, ItemIssueCode, ItemValidation, ValidateOptions } from './validate';
export { proposeTowsPairings } from './tows';
export type { PairingOptions, TowsPairing } from './tows';
export { draftGoalFromStrategy } from './goals';
export { analyzeDraftGoal } from './goalFields';
export type { DraftOptions, GoalDraft } from './goals';
export {
  SWOT_STATE_VERSION,
  SWOT_WIZARD_STEPS,
  createWizardState,
  parseWizardState,
  serializeWizardState,
} from './state';
export type { ChosenGoal, ParsedWizardState, SwotWizardState, SwotWizardStep } from './state';
export { buildSwotTables, SWOT_TABLE_HEADERS, TOWS_TABLE_HEADERS } from './tables';
export type { SwotTables, TableBlock, TableCell } from './tables';
export { BUSINESS_TEMPLATES, DEFAULT_TEMPLATE_ID, getBusinessTemplate } from './templates';
export type { BusinessTemplate, QuadrantGuide } from './templates';
export { cleanText, textKey } from './text';
export * from './import';
export { addImportedStrategies } from './importedStrategies';
export type { ImportedStrategiesOutcome } from './importedStrategies';
