/**
 * Protected sheets and ranges as Sheets enforces them ("Class Protection",
 * developers.google.com/apps-script/reference/spreadsheet/protection). A protection restricts
 * edits only; it never hides data: whoever can open the file reads every cell.
 */
import { fail, GasObject, type GasState } from './core';
import { FakeUser } from './session';
import { emailOf, inWorkspace, MESSAGES, normEmail } from './sharing';
import type { FakeRange, FakeSheet } from './spreadsheet-app';

/** A block of cells, 1-based. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

function rectOf(r: FakeRange): Rect {
  return { row: r._row, col: r._col, numRows: r._numRows, numCols: r._numCols };
}

/** A protected sheet or range. */
export class FakeProtection extends GasObject {
  private description = '';
  private warningOnly = false;
  private readonly editors: Set<string>;
  private domainEdit: boolean;
  /** Until a script changes the editors or the domain setting, the protection mirrors the file. */
  private mirroring = true;
  private unprotected: FakeRange[] = [];
  _removed = false;

  constructor(
    private readonly state: GasState,
    readonly _sheet: FakeSheet,
    private readonly type: 'SHEET' | 'RANGE',
    private readonly range: FakeRange,
  ) {
    super('Protection');
    const sharing = _sheet._ss._sharing;
    // "a new protect() lists every current editor of the file" (Protection reference sample:
    // add yourself, then removeEditors(protection.getEditors())).
    this.editors = new Set(sharing.editorList());
    // Unknown whether a new protection in a Workspace file starts with domain editing on; the
    // fakes say yes (the reference sample turns it off "if (protection.canDomainEdit())"), so code
    // that forgets setDomainEdit(false) leaves the domain's editors able to edit.
    this.domainEdit = sharing.inDomain();
  }

  /** Whether `email` may write into the protected area (the file's own access comes first). */
  _allows(email: string): boolean {
    const sharing = this._sheet._ss._sharing;
    const e = normEmail(email);
    if (!sharing.canEdit(e)) return false;
    // "The spreadsheet owner is always able to edit protected ranges and sheets" (canEdit()).
    if (sharing.level(e) === 'owner') return true;
    // Warning-based protection: "every user can edit data in the area" (setWarningOnly).
    if (this.warningOnly || this.mirroring) return true;
    if (this.editors.has(e)) return true;
    return this.domainEdit && sharing.inDomain() && inWorkspace(this.state, e);
  }

  /** Whether a write of `rect` by `email` is refused by this protection. */
  _blocks(email: string, rect: Rect | 'structure'): boolean {
    if (this._removed || this._allows(email)) return false;
    if (rect === 'structure') return this.type === 'SHEET';
    if (this.type === 'RANGE') return intersects(rect, rectOf(this.range));
    if (this.unprotected.length === 0) return true;
    const holes = this.unprotected.map(rectOf);
    for (let r = rect.row; r < rect.row + rect.numRows; r += 1)
      for (let c = rect.col; c < rect.col + rect.numCols; c += 1)
        if (!holes.some((h) => intersects({ row: r, col: c, numRows: 1, numCols: 1 }, h)))
          return true;
    return false;
  }

  override _guard(prop: string): void {
    const caller = this.state.effectiveUserEmail;
    this._sheet._ss._sharing.requireView(caller);
    const reads = ['getDescription', 'isWarningOnly', 'getRange', 'getProtectionType', 'canEdit'];
    // getEditors and canDomainEdit: "Throws an exception if the user does not have permission to
    // edit the protected range or sheet"; the message is unknown. Changes need the same right.
    if (!reads.includes(prop) && prop !== 'toString' && !this._allows(caller))
      fail(MESSAGES.noEdit);
  }

  getDescription(): string {
    return this.description;
  }
  setDescription(d: string): FakeProtection {
    this.description = String(d);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  /** Warning-only protection restricts nobody. */
  setWarningOnly(w: boolean): FakeProtection {
    this.warningOnly = Boolean(w);
    return this;
  }
  /** Adds an editor (e-mail or User); from now on the protection no longer mirrors the file. */
  addEditor(user: unknown): FakeProtection {
    this.editors.add(emailOf(user));
    this.mirroring = false;
    return this;
  }
  addEditors(users: unknown[]): FakeProtection {
    users.forEach((u) => this.addEditor(u));
    return this;
  }
  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditor(user: unknown): FakeProtection {
    return this.removeEditors([user]);
  }
  /** Removes editors except the owner and the current (effective) user. */
  removeEditors(users: unknown[]): FakeProtection {
    const keep = [this._sheet._ss._sharing.owner, normEmail(this.state.effectiveUserEmail)];
    for (const u of users) {
      const e = emailOf(u);
      if (!keep.includes(e)) this.editors.delete(e);
    }
    this.mirroring = false;
    return this;
  }
  getEditors(): FakeUser[] {
    return [...this.editors].map((e) => new FakeUser(e));
  }
  /** Whether the current user may edit the protected area. */
  canEdit(): boolean {
    return this._allows(this.state.effectiveUserEmail);
  }
  /** "Determines whether all users in the domain that owns the spreadsheet have permission to
   * edit"; false for a file owned by a consumer account. */
  canDomainEdit(): boolean {
    return this.domainEdit && this._sheet._ss._sharing.inDomain();
  }
  /** "Throws an exception if the spreadsheet does not belong to a Google Workspace domain" (the
   * message is unknown). */
  setDomainEdit(editable: boolean): FakeProtection {
    if (!this._sheet._ss._sharing.inDomain())
      fail('Domain editing can only be set on a spreadsheet owned by a Google Workspace domain.');
    this.domainEdit = Boolean(editable);
    this.mirroring = false;
    return this;
  }
  getRange(): FakeRange {
    return this.range;
  }
  getProtectionType(): string {
    return this.type;
  }
  /** Holes in a protected sheet (sheet protections only; the real message for a range is unknown). */
  setUnprotectedRanges(ranges: unknown[]): FakeProtection {
    if (this.type !== 'SHEET') fail('Unprotected ranges can only be set on a protected sheet.');
    this.unprotected = (ranges as FakeRange[]).filter((r) => r._sheet === this._sheet);
    return this;
  }
  getUnprotectedRanges(): FakeRange[] {
    return this.unprotected.slice();
  }
  remove(): void {
    this._removed = true;
  }
}

/** Refuses a write of `rect` (or a structural change) on `sheet` that a protection forbids. */
export function checkProtections(
  state: GasState,
  sheet: FakeSheet,
  rect: Rect | 'structure',
): void {
  const caller = state.effectiveUserEmail;
  if (sheet._protections.some((p) => p._blocks(caller, rect))) fail(MESSAGES.protectedCell);
}
