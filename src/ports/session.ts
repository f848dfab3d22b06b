/** Who is pressing the button, and how to tell them the outcome. */
export interface UserSession {
  /** The caller's e-mail, lower case; '' when Apps Script does not reveal it. */
  email(): string;
  /** A short message in the corner of the spreadsheet. */
  toast(message: string, title: string): void;
  /** A message that needs an OK. */
  alert(title: string, message: string): void;
  /** Asks for one line of text: what was typed (trimmed), or null when the person cancelled. */
  prompt(title: string, message: string): string | null;
}
