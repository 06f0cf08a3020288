/**
 * Shared formulas (`<f t="shared">`) in the rows `bulkSheetRows.ts` writes apart from ExcelJS. A cell ExcelJS
 * holds as `{ sharedFormula: 'O2' }` is the formula of O2 moved; ExcelJS turns O2 into the group's master when
 * it writes, numbering the groups of each sheet from 0 (`si`) and giving the master a range (`ref`) over every
 * cell that points to it. With most of the rows written apart, that is done here: a master ExcelJS still writes
 * gets its full range set on its cell (its `si` is read from ExcelJS's output), and a master in the rows written
 * apart gets a number past every one ExcelJS gave. Node only.
 */
import ExcelJS from 'exceljs';
import { parseCellAddress, parseRangeAddress, rangeAddress, type RangeRef } from '../../core/grid/a1';

/** What of a cell's model the groups are read from. */
export interface SharedCellModel {
  readonly address: string;
  readonly type: ExcelJS.ValueType;
  readonly formula?: string;
  readonly shareType?: string;
  readonly sharedFormula?: string;
  readonly ref?: string;
}

/** One group: its master's address and the range over the master and every cell pointing to it (0-based). */
interface Group {
  readonly master: string;
  readonly mark: number;
  box: RangeRef;
  /** Where the first cell pointing to the master sits, as a row-major rank (the master must come before it). */
  firstUse: number;
}

function rank(row: number, col: number): number {
  return row * 16_384 + col;
}

function widened(box: RangeRef, other: RangeRef): RangeRef {
  return {
    top: Math.min(box.top, other.top),
    left: Math.min(box.left, other.left),
    bottom: Math.max(box.bottom, other.bottom),
    right: Math.max(box.right, other.right),
  };
}

function cellBox(address: string): RangeRef {
  const { row, col } = parseCellAddress(address);
  return { top: row, left: col, bottom: row, right: col };
}

/** The `ref` text of a master's range, as Excel writes it (one cell has no colon). */
function refText(box: RangeRef): string {
  return rangeAddress(box.top, box.left, box.bottom, box.right);
}

/** The shared-formula groups of one sheet, found in a first pass over every row, used in the second. */
export class SharedFormulaGroups {
  private readonly groups = new Map<string, Group>();
  /** Each group mark's master address when ExcelJS writes the master (its `si` is read from its output), else null. */
  private readonly keptMasters: (string | null)[] = [];

  /** `keptRows`: how many rows at the top of the sheet ExcelJS writes itself. */
  constructor(private readonly keptRows: number) {}

  /**
   * Notes the cell in the first pass, over every row of the sheet. False when the cell is a formula form this
   * writer does not take (an array formula).
   */
  note(cell: SharedCellModel): boolean {
    if (cell.type !== ExcelJS.ValueType.Formula) return true;
    if (cell.shareType !== undefined && cell.shareType !== 'shared') return false;
    if (cell.sharedFormula !== undefined) {
      const { row, col } = parseCellAddress(cell.address);
      const group = this.groupOf(cell.sharedFormula, rank(row, col));
      group.box = widened(group.box, cellBox(cell.address));
      return true;
    }
    if (typeof cell.formula !== 'string') return false;
    if (cell.shareType === 'shared') {
      const group = this.groupOf(cell.address, Number.MAX_SAFE_INTEGER);
      if (cell.ref !== undefined) group.box = widened(group.box, parseRangeAddress(cell.ref));
    }
    return true;
  }

  /**
   * Whether every group's master is a formula of its own, before the cells pointing to it, as ExcelJS requires
   * (else the sheet is left to ExcelJS, which says what is wrong).
   */
  complete(ws: ExcelJS.Worksheet): boolean {
    for (const group of this.groups.values()) {
      const { row, col } = parseCellAddress(group.master);
      if (rank(row, col) >= group.firstUse) return false;
      const master = ws.findCell(row + 1, col + 1);
      const model = master === undefined ? undefined : (master.model as unknown as SharedCellModel);
      if (model === undefined || model.type !== ExcelJS.ValueType.Formula || typeof model.formula !== 'string')
        return false;
    }
    return true;
  }

  private groupOf(master: string, use: number): Group {
    let group = this.groups.get(master);
    if (group === undefined) {
      const box = cellBox(master);
      group = { master, mark: this.keptMasters.length, box, firstUse: use };
      this.groups.set(master, group);
      this.keptMasters.push(box.top < this.keptRows ? master : null);
    }
    group.firstUse = Math.min(group.firstUse, use);
    return group;
  }

  /** The attributes of a cell's `<f>` in the rows written apart, with `si` as a mark; '' for a formula of its own. */
  attributes(cell: SharedCellModel): string {
    if (cell.sharedFormula !== undefined) {
      const group = this.groups.get(cell.sharedFormula);
      return group === undefined ? '' : ` t="shared" si="#${group.mark}"`;
    }
    const group = this.groups.get(cell.address);
    return group === undefined ? '' : ` t="shared" ref="${refText(group.box)}" si="#${group.mark}"`;
  }

  /** Whether the cell points to a master (its `<f>` then holds no formula text). */
  static isDependent(cell: SharedCellModel): boolean {
    return cell.sharedFormula !== undefined;
  }

  /**
   * The masters ExcelJS writes, each with the range over its whole group, which its cell must carry: ExcelJS
   * would see only the cells it writes itself.
   */
  keptMasterRanges(): { readonly address: string; readonly ref: string }[] {
    return [...this.groups.values()]
      .filter((g) => this.keptMasters[g.mark] !== null)
      .map((g) => ({ address: g.master, ref: refText(g.box) }));
  }

  /** For each group mark, the master ExcelJS writes (whose `si` it gave) or null for a master written apart. */
  marks(): readonly (string | null)[] {
    return this.keptMasters;
  }
}

/**
 * Makes each master ExcelJS writes a shared formula over its whole group, so ExcelJS numbers it even when every
 * cell pointing to it is written apart; returns what puts the cells back as they were.
 */
export function widenKeptMasters(ws: ExcelJS.Worksheet, groups: SharedFormulaGroups): () => void {
  const undo: (() => void)[] = [];
  for (const { address, ref } of groups.keptMasterRanges()) {
    const cell = ws.getCell(address);
    const before = cell.value;
    const value = before as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    if (value.shareType === 'shared' && value.ref === ref) continue;
    cell.value = { ...value, shareType: 'shared', ref } as ExcelJS.CellValue;
    undo.push(() => (cell.value = before));
  }
  return () => undo.forEach((u) => u());
}
