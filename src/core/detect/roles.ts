/**
 * Column roles: header words and cell contents combined per column, then settled across the
 * table (one ID column, the KPI's "Goal" column is a link, a bare "Date" is a deadline in a goals
 * table and a measurement date in a KPI table).
 */
import { compatibility, contentRoleScores } from './content';
import { DESCRIPTION_WORDS, swotQuadrantOf } from './lexicon';
import { headerRoleScores } from './match';
import { tokens } from './text';
import type { ColumnProfile } from './profile';
import { COLUMN_ROLES, type ColumnRole, type RoleScore } from './types';

export interface ColumnInput {
  readonly index: number;
  readonly header: string;
  /** The lower header cell alone, read first; the group text helps only where it is blank. */
  readonly name: string;
  readonly group: string;
  readonly profile: ColumnProfile;
}

export interface RoledColumn {
  readonly input: ColumnInput;
  role: ColumnRole;
  confidence: number;
  ranked: RoleScore[];
  /** Best header score alone, to tell a named column from one guessed from its cells. */
  readonly headerStrength: number;
}

/** Roles a table normally holds once; a second column claiming one gives way if it is less sure. */
const UNIQUE: ReadonlySet<ColumnRole> = new Set([
  'id',
  'kpi',
  'start',
  'due',
  'baseline',
  'target',
  'actual',
  'asOf',
  'direction',
  'unit',
  'frequency',
  'weight',
]);
const KPI_SIGNS: readonly ColumnRole[] = ['actual', 'direction', 'frequency', 'baseline', 'asOf', 'unit'];
const MIN_ROLE = 0.3;

const round = (x: number): number => Math.round(x * 100) / 100;

function scoreColumn(input: ColumnInput): RoledColumn {
  let header = headerRoleScores(input.name);
  if (header.size === 0 && input.group) header = headerRoleScores(input.group);
  const content = contentRoleScores(input.profile);
  const ranked: RoleScore[] = [];
  for (const role of COLUMN_ROLES) {
    if (!header.has(role) && !content.has(role)) continue;
    const c = content.get(role) ?? 0;
    let h = (header.get(role) ?? 0) * compatibility(role, input.profile);
    // A hint such as "Item" or "Name" needs the cells to agree before it names the column.
    if (h > 0 && h < 0.5 && c === 0 && input.profile.n > 0) h *= 0.6;
    const s = 1 - (1 - h) * (1 - 0.9 * c);
    if (s > 0.05) ranked.push({ role, confidence: round(Math.min(0.99, s)) });
  }
  ranked.sort((a, b) => b.confidence - a.confidence);
  let headerStrength = 0;
  for (const v of header.values()) headerStrength = Math.max(headerStrength, v);
  const top = ranked[0];
  const column: RoledColumn = { input, role: 'other', confidence: 0.5, ranked, headerStrength };
  if (top && top.confidence >= MIN_ROLE) {
    column.role = top.role;
    column.confidence = top.confidence;
  }
  return column;
}

function scoreOf(col: RoledColumn, role: ColumnRole): number {
  return col.ranked.find((r) => r.role === role)?.confidence ?? 0;
}

function assign(col: RoledColumn, role: ColumnRole, confidence = scoreOf(col, role)): void {
  col.role = role;
  col.confidence = round(Math.max(MIN_ROLE, confidence));
}

/** The next role this column could take that nobody holds yet, or `other`. */
function demote(col: RoledColumn, taken: ReadonlySet<ColumnRole>): void {
  const next = col.ranked.find(
    (r) => r.role !== col.role && r.confidence >= MIN_ROLE && !(UNIQUE.has(r.role) && taken.has(r.role)),
  );
  if (next) assign(col, next.role, next.confidence);
  else assign(col, 'other', 0.4);
}

function settleNames(cols: RoledColumn[]): void {
  const kpiTable = cols.some((c) => KPI_SIGNS.includes(c.role) || (c.role === 'kpi' && c.headerStrength >= 0.6));
  for (const col of cols) {
    const goal = scoreOf(col, 'goal');
    const kpi = scoreOf(col, 'kpi');
    // "Name" or "Title" alone: a KPI's name in a table of measures, a goal's otherwise.
    if ((col.role === 'goal' || col.role === 'kpi') && Math.abs(goal - kpi) < 0.05)
      assign(col, kpiTable ? 'kpi' : 'goal', Math.max(goal, kpi));
    // A goal or KPI column filled with codes points at rows elsewhere.
    if (
      (col.role === 'goal' || col.role === 'kpi') &&
      col.input.profile.codes >= 0.6 * col.input.profile.n &&
      col.input.profile.n > 0
    ) {
      assign(col, 'link', Math.max(0.6, col.confidence));
    }
  }
  // A table of measures names them: a column whose header hints at KPI names ("Finance" over them) is that column.
  const measured = cols.some((c) => c.role === 'actual' || c.role === 'target' || c.role === 'baseline');
  if (measured && !cols.some((c) => c.role === 'kpi' || c.role === 'goal')) {
    const named = cols
      .filter((c) => c.role === 'other' && headerRoleScores(c.input.name).has('kpi'))
      .sort((a, b) => scoreOf(b, 'kpi') - scoreOf(a, 'kpi'))[0];
    if (named) assign(named, 'kpi', Math.max(0.5, scoreOf(named, 'kpi')));
  }
  // The leftmost of goal and KPI is what the rows are; a goal column right of the KPI links to goals.
  const firstKpi = cols.find((c) => c.role === 'kpi');
  const firstGoal = cols.find((c) => c.role === 'goal');
  if (firstKpi && firstGoal && firstKpi.input.index < firstGoal.input.index) {
    for (const c of cols) if (c.role === 'goal') assign(c, 'link', Math.max(0.6, c.confidence));
  }
}

function settleDates(cols: RoledColumn[]): void {
  // A bare "Date" is the deadline of a goal, but the reading date of anything measured or logged.
  const goalTable = cols.some((c) => c.role === 'goal') && !cols.some((c) => c.role === 'kpi' || c.role === 'actual');
  for (const col of cols) {
    if ((col.role === 'asOf' || col.role === 'due') && col.headerStrength < 0.6) {
      const want: ColumnRole = goalTable ? 'due' : 'asOf';
      if (scoreOf(col, want) > 0) assign(col, want, Math.max(scoreOf(col, 'asOf'), scoreOf(col, 'due')));
    }
  }
}

function settleUnique(cols: RoledColumn[]): void {
  const taken = new Set<ColumnRole>();
  const byConfidence = [...cols].sort((a, b) => b.confidence - a.confidence || a.input.index - b.input.index);
  for (const col of byConfidence) {
    if (!UNIQUE.has(col.role)) continue;
    // Two columns both named for the role (duplicated headers) keep it; a guess gives way.
    if (taken.has(col.role) && col.headerStrength < 0.6) demote(col, taken);
    taken.add(col.role);
  }
}

const describes = (col: RoledColumn): boolean => tokens(col.input.name).some((t) => DESCRIPTION_WORDS.has(t));

function settleText(cols: RoledColumn[]): void {
  const named = cols.some((c) => (c.role === 'goal' || c.role === 'kpi') && c.headerStrength >= 0.6);
  for (const col of cols) {
    if (named && col.role === 'goal' && col.headerStrength < 0.3 && scoreOf(col, 'notes') > 0) assign(col, 'notes');
  }
  // Two goal columns, one headed "Description": the other names the goal, the description explains it.
  const goals = cols.filter((c) => c.role === 'goal');
  const described = goals.filter(describes);
  if (goals.length > described.length && described.length > 0)
    for (const col of described) assign(col, 'notes', Math.max(0.5, scoreOf(col, 'notes')));
}

export function inferRoles(inputs: readonly ColumnInput[]): RoledColumn[] {
  const cols = inputs.map(scoreColumn);
  settleNames(cols);
  settleDates(cols);
  settleUnique(cols);
  settleText(cols);
  return cols;
}

export function alternativesOf(col: RoledColumn): RoleScore[] {
  return col.ranked.filter((r) => r.role !== col.role && r.confidence >= 0.15).slice(0, 3);
}

/**
 * In a SWOT or strategy table, long text is the item or statement itself, not a goal. In a strategy table
 * the column whose cells say Mission, Value or Pillar is the type, and the wordiest other text the statement.
 */
export function settleForKind(cols: RoledColumn[], kind: string): void {
  if (kind === 'goals') settleFactorPairs(cols);
  if (kind !== 'swot' && kind !== 'strategy') return;
  for (const col of cols) {
    if ((col.role === 'goal' || col.role === 'kpi') && col.headerStrength < 0.6)
      assign(col, 'notes', Math.max(scoreOf(col, 'notes'), 0.5));
  }
  if (kind === 'swot') settleSwot(cols);
  if (kind === 'strategy') settleStrategy(cols);
}

const isQuadrantColumn = (col: RoledColumn): boolean =>
  swotQuadrantOf(col.input.name) !== undefined || swotQuadrantOf(col.input.group) !== undefined;

/** A goals table with columns headed by SWOT quadrants: those columns name the factors each goal answers. */
function settleFactorPairs(cols: RoledColumn[]): void {
  const factors = cols.filter(isQuadrantColumn);
  if (factors.length === 0) return;
  for (const col of factors) assign(col, 'link', 0.6);
  if (!cols.some((c) => c.role === 'goal')) {
    const action = cols.find((c) => c.role === 'kpi');
    if (action) assign(action, 'goal', action.confidence);
  }
}

/**
 * In a SWOT table, figures beside an item column under the same (merged) quadrant header score
 * the item; names guessed from the cells alone ("Teste" reads as a first name) are the items.
 */
function settleSwot(cols: RoledColumn[]): void {
  cols.forEach((col, i) => {
    const p = col.input.profile;
    const previous = cols[i - 1];
    const figures = p.n > 0 && (p.numeric + p.types.error) / p.n >= 0.7;
    if (figures && previous && col.input.header !== '' && col.input.header === previous.input.header)
      assign(col, 'weight', 0.6);
    if (col.role === 'owner' && col.headerStrength < 0.6) assign(col, 'other', 0.5);
    // Each quadrant box numbers its own items (S1, W1 …): more than one ID column is the layout, not a clash.
    if (col.role === 'other' && scoreOf(col, 'id') >= 0.5) assign(col, 'id');
  });
}

const typeShare = (col: RoledColumn): number => {
  const p = col.input.profile;
  return p.n === 0 ? 0 : p.strategy / p.n;
};

function settleStrategy(cols: RoledColumn[]): void {
  const type = cols.filter((c) => typeShare(c) >= 0.5).sort((a, b) => typeShare(b) - typeShare(a))[0];
  if (type) assign(type, 'type', 0.5 + 0.45 * typeShare(type));
  const statement = cols
    .filter((c) => c !== type && c.role !== 'id' && c.input.profile.types.text > 0 && c.input.profile.avgWords >= 2)
    .sort((a, b) => b.input.profile.avgWords - a.input.profile.avgWords)[0];
  if (statement) assign(statement, 'statement', 0.8);
}

/** Roles that only mean something in a goals or KPI table: a budget's "Planned" and "Actual" are just its figures. */
const MEASURING_ROLES: ReadonlySet<ColumnRole> = new Set([
  'goal',
  'kpi',
  'baseline',
  'target',
  'actual',
  'direction',
  'link',
  'weight',
]);

/**
 * A table that shows no evidence of goals or KPIs keeps no role that would make Structure read it as one; the
 * guessed role stays among the alternatives, for a user who knows better.
 */
export function settleOther(cols: RoledColumn[]): void {
  for (const col of cols) if (MEASURING_ROLES.has(col.role)) assign(col, 'other', 0.4);
}
