/** Naming entities in messages: "KPI K-004 'Waste %'", or "the goal on row 7 of Goals" when a row has no ID. */
import { clip, type EntityRef, type StrategyModel } from '../model';
import type { Finding, RuleId, Severity } from './types';
import { fill, NOUN } from './messages';

interface Named {
  readonly id: string;
  readonly noun: string;
  readonly text: string;
  readonly sheet: string;
  readonly row: number;
  readonly cell: string;
}

export function named(model: StrategyModel, ref: EntityRef): Named {
  switch (ref.kind) {
    case 'goal': {
      const g = model.goals[ref.index];
      return {
        id: g.id,
        noun: NOUN.goal,
        text: g.text,
        sheet: g.location.sheet,
        row: g.location.row,
        cell: g.location.cell,
      };
    }
    case 'kpi': {
      const k = model.kpis[ref.index];
      return {
        id: k.id,
        noun: NOUN.kpi,
        text: k.name,
        sheet: k.location.sheet,
        row: k.location.row,
        cell: k.location.cell,
      };
    }
    case 'strategy': {
      const s = model.strategy[ref.index];
      return {
        id: s.id,
        noun: NOUN.strategy[s.type],
        text: s.statement,
        sheet: s.location.sheet,
        row: s.location.row,
        cell: s.location.cell,
      };
    }
    case 'swot': {
      const s = model.swot[ref.index];
      return {
        id: s.id,
        noun: NOUN.swot[s.quadrant ?? 'unknown'],
        text: s.text,
        sheet: s.location.sheet,
        row: s.location.row,
        cell: s.location.cell,
      };
    }
    case 'tows': {
      const t = model.tows[ref.index];
      return {
        id: t.id,
        noun: NOUN.tows,
        text: t.text,
        sheet: t.location.sheet,
        row: t.location.row,
        cell: t.location.cell,
      };
    }
  }
}

/** The ID, or "row 7 of Goals" for a row without one: what fixes and subject lists use. */
export function idOf(model: StrategyModel, ref: EntityRef): string {
  return idOfNamed(named(model, ref));
}

function idOfNamed(n: Named): string {
  return n.id !== '' ? n.id : `row ${n.row} of ${n.sheet}`;
}

/** "KPI K-004 'Waste %'" */
export function labelOf(model: StrategyModel, ref: EntityRef): string {
  return labelOfNamed(named(model, ref));
}

function labelOfNamed(n: Named): string {
  const text = n.text !== '' ? ` '${clip(n.text)}'` : '';
  if (n.id === '') return `${fill(NOUN.unnamedRow, { noun: n.noun, row: n.row, sheet: n.sheet })}${text}`;
  return `${n.noun} ${n.id}${text}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Vars every message about one entity can use: {What}, {what}, {id}. */
export function entityVars(model: StrategyModel, ref: EntityRef): { What: string; what: string; id: string } {
  const n = named(model, ref);
  const what = labelOfNamed(n);
  return { What: capitalise(what), what, id: idOfNamed(n) };
}

/** `entityVars` with a message's own vars added; its own win a clash. */
export function entityVarsWith<T extends object>(
  model: StrategyModel,
  ref: EntityRef,
  own: T,
): ReturnType<typeof entityVars> & T {
  return Object.assign(entityVars(model, ref), own);
}

/** Joins names for a sentence: "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** Lists at most `max` IDs, then "and N more", so a message stays readable with hundreds of subjects. */
export function listSome(items: readonly string[], max = 6): string {
  return listFirst(items.length, (i) => items[i], max);
}

/** `listSome` over `count` items named on demand: an owner with thousands of goals needs only the first few named. */
export function listFirst(count: number, itemAt: (i: number) => string, max = 6): string {
  const shown: string[] = [];
  for (let i = 0; i < Math.min(count, max); i++) shown.push(itemAt(i));
  if (count <= max) return joinAnd(shown);
  return `${shown.join(', ')} and ${count - max} more`;
}

export function finding(
  rule: RuleId,
  severity: Severity,
  at: { readonly sheet: string; readonly cell: string },
  message: string,
  fix: string,
  subjects: readonly string[],
): Finding {
  return { rule, severity, sheet: at.sheet, cell: at.cell, message, fix, subjects };
}
