/** The alignment check: rules as data, one runner, a score and a picture of the strategy. */
export { runAlignment, alignmentScore, SEVERITY_WEIGHT } from './runner';
export { RULES } from './rules';
export { groupFindings, groupFindingList, GROUP_FROM } from './grouping';
export { AlignmentError } from './errors';
export { ALIGNMENT_METHOD, GROUP_TEXT, NOTHING_TO_CHECK, RULE_TEXT, MSG, fill } from './messages';
export { buildStrategyGraph, worstStatus } from './graph';
export type { GraphEdge, GraphNode, GraphNodeKind, StrategyGraph } from './graph';
export type * from './types';
