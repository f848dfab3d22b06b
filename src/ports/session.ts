/** Who is pressing the button, and how to tell them the outcome. */
export interface UserSession {
  /** The caller's e-mail, lower case; '' when Apps Script does not reveal it. */
  email(): string;
  /** A short message in the corner of the spreadsheet. */
  toast(message: string, title: string): void;
  /** A message that needs an OK. */
  alert(title: string, message: string): void;
}
