/**
 * Who may open and who may edit one file: the owner, editors, viewers, and (Workspace only) the
 * owner's domain as general access. Scripts act with the access of their effective user
 * (developers.google.com/apps-script/guides/services/authorization: a script runs as the user at
 * the keyboard, an installable trigger as the user who created it). Sharing methods:
 * developers.google.com/apps-script/reference/spreadsheet/spreadsheet.
 */
import { fail, type GasState } from './core';
import { FakeUser } from './session';

/**
 * Google's messages as scripts see them (English; Apps Script translates exception messages into
 * the user's language, which the fakes do not).
 */
export const MESSAGES = Object.freeze({
  /** SpreadsheetApp.openById / openByUrl of a file the user cannot open (widely reported; the
   * reference pages name no message). */
  noAccess: 'You do not have permission to access the requested document.',
  /** A viewer's write. Not documented: the message reported for a script writing into a file its
   * user can only view. */
  noEdit: 'You do not have permission to perform that action.',
  /** A write into a protected range or sheet by a user who is not among its editors (the message
   * Sheets shows and its API returns). */
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
});

/** What one user may do with a file. */
export type AccessLevel = 'owner' | 'editor' | 'viewer' | 'none';

/** General access for the users of the owner's Workspace domain ("anyone at school.example"). */
export type DomainAccess = 'none' | 'view' | 'edit';

/** E-mail addresses compare without case (Google accounts are case-insensitive). */
export function normEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The address of a User or of an e-mail argument. */
export function emailOf(user: unknown): string {
  return normEmail(user instanceof FakeUser ? user.getEmail() : String(user));
}

/** The part after '@' (lower-case), '' when there is none. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : normEmail(email.slice(at + 1));
}

/** Whether the account belongs to the environment's Workspace domain (never for consumer setups). */
export function inWorkspace(state: GasState, email: string): boolean {
  return state.workspaceDomain !== null && domainOf(email) === state.workspaceDomain;
}

/** The sharing of one file (Drive keeps one list per file; Sheets' own methods read it). */
export class FileSharing {
  owner: string;
  readonly editors = new Set<string>();
  readonly viewers = new Set<string>();
  domainAccess: DomainAccess = 'none';

  constructor(
    readonly state: GasState,
    owner: string,
  ) {
    this.owner = normEmail(owner);
    state.users.add(this.owner);
  }

  /** Whether the file belongs to a Workspace domain (its owner's), which domain settings need. */
  inDomain(): boolean {
    return inWorkspace(this.state, this.owner);
  }

  /** The strongest access `email` has: explicit sharing first, then the domain's general access. */
  level(email: string): AccessLevel {
    const e = normEmail(email);
    if (e === '') return 'none';
    if (e === this.owner) return 'owner';
    if (this.editors.has(e)) return 'editor';
    const domain =
      this.inDomain() && inWorkspace(this.state, e) ? this.domainAccess : ('none' as DomainAccess);
    if (domain === 'edit') return 'editor';
    if (this.viewers.has(e) || domain === 'view') return 'viewer';
    return 'none';
  }
  canView(email: string): boolean {
    return this.level(email) !== 'none';
  }
  canEdit(email: string): boolean {
    const l = this.level(email);
    return l === 'owner' || l === 'editor';
  }
  /** Refuses a user who cannot open the file. */
  requireView(email: string): void {
    if (!this.canView(email)) fail(MESSAGES.noAccess);
  }
  /** Refuses a user who cannot open the file, then one who can only view it. */
  requireEdit(email: string): void {
    this.requireView(email);
    if (!this.canEdit(email)) fail(MESSAGES.noEdit);
  }

  /** "If the user was already on the list of viewers, this method promotes the user out of the
   * list of viewers" (Spreadsheet.addEditor). The owner stays the owner. */
  addEditor(email: string): void {
    const e = normEmail(email);
    this.state.users.add(e);
    if (e === this.owner) return;
    this.viewers.delete(e);
    this.editors.add(e);
  }
  /** "If the user was already on the list of editors, this method has no effect" (addViewer). */
  addViewer(email: string): void {
    const e = normEmail(email);
    this.state.users.add(e);
    if (e === this.owner || this.editors.has(e)) return;
    this.viewers.add(e);
  }
  /** Spreadsheet.removeEditor: "For Google Drive files, this also removes the user from the list
   * of viewers." Domain-wide access is not touched ("This method doesn't block users from
   * accessing the Spreadsheet if they belong to a class of users who have general access"). */
  removeEditor(email: string): void {
    const e = normEmail(email);
    // The owner cannot lose access; Google's message for trying is unknown.
    if (e === this.owner) fail('The owner of a file cannot be removed from its editors.');
    this.editors.delete(e);
    this.viewers.delete(e);
  }
  /** Spreadsheet.removeViewer: "This method has no effect if the user is an editor, not a viewer
   * or commenter." */
  removeViewer(email: string): void {
    const e = normEmail(email);
    if (e === this.owner || this.editors.has(e)) return;
    this.viewers.delete(e);
  }

  /** The owner, then the editors in the order they were added. */
  editorList(): string[] {
    return [this.owner, ...this.editors];
  }
  /** Everyone who can open the file by explicit sharing: owner, editors, viewers. */
  viewerList(): string[] {
    return [this.owner, ...this.editors, ...this.viewers];
  }
  /** A plain copy for tests. */
  snapshot(): SharingView {
    return {
      owner: this.owner,
      editors: [...this.editors],
      viewers: [...this.viewers],
      domainAccess: this.domainAccess,
    };
  }
}

/** The sharing of a file as tests read it. */
export interface SharingView {
  owner: string;
  editors: string[];
  viewers: string[];
  domainAccess: DomainAccess;
}

/** How a test shares a file. */
export interface ShareSpec {
  owner?: string;
  editors?: readonly string[];
  viewers?: readonly string[];
  /** General access for the owner's Workspace domain (ignored for consumer accounts). */
  domainAccess?: DomainAccess;
}

/** Applies a ShareSpec (adding to what the file already has). */
export function applyShare(sharing: FileSharing, spec: ShareSpec): void {
  if (spec.owner !== undefined) {
    const owner = normEmail(spec.owner);
    sharing.state.users.add(owner);
    sharing.editors.delete(owner);
    sharing.viewers.delete(owner);
    sharing.owner = owner;
  }
  for (const e of spec.editors ?? []) sharing.addEditor(e);
  for (const v of spec.viewers ?? []) sharing.addViewer(v);
  if (spec.domainAccess !== undefined) sharing.domainAccess = spec.domainAccess;
}
