/** A question as Google Forms asks it: already in the school's language. */
export interface FormQuestion {
  readonly title: string;
  readonly help?: string | undefined;
  readonly type: 'text' | 'paragraph' | 'scale' | 'choice';
  readonly required: boolean;
  /** The choices of a choice question. */
  readonly choices?: readonly string[] | undefined;
  /** Offer «Другое» with a free answer. */
  readonly other?: boolean | undefined;
  /** The words at both ends of a scale question (1 … 5). */
  readonly labels?: { readonly low: string; readonly high: string } | undefined;
}

/** A whole form to create. */
export interface FormSpec {
  readonly title: string;
  readonly description: string;
  readonly confirmation: string;
  /** Google collects the respondent's e-mail (a column of its own on the response sheet). */
  readonly collectEmail: boolean;
  readonly questions: readonly FormQuestion[];
}

/** Whether respondents can answer a form: both must hold. */
export interface FormOpenness {
  /** Published: visible to respondents (a form made by a script starts unpublished). */
  readonly published: boolean;
  /** Accepting responses (a school may close a form; an unpublished one never accepts). */
  readonly accepting: boolean;
}

/** A form made earlier, as it is now. */
export interface FoundForm extends FormOpenness {
  readonly url: string;
  /** Where an administrator edits it (publishes it, turns responses on). */
  readonly editUrl: string;
  /** True while its answers go to this spreadsheet. */
  readonly linked: boolean;
}

/** The response sheet a link created. */
export interface LinkedSheet {
  readonly sheetId: number;
  readonly sheetName: string;
}

/**
 * Google Forms whose answers land in this spreadsheet (FormApp in Apps Script). Five primitives;
 * what to create or repair is decided by the pure `jobs/ensure-forms`.
 */
export interface Forms {
  /** A form made earlier, with its publish state; null when it was deleted or cannot be opened. */
  find(formId: string): FoundForm | null;
  /** Creates a form with its questions, unpublished (as Google makes it) and not yet linked. */
  create(spec: FormSpec): {
    readonly formId: string;
    readonly url: string;
    readonly editUrl: string;
  };
  /**
   * Lets these people edit the form (those who can already are left as they are): every
   * administrator can then open it, so a second administrator's setup repairs it rather than
   * making a new one.
   */
  share(formId: string, editors: readonly string[]): void;
  /** Publishes a form (which also opens it to responses); returns its state afterwards. */
  publish(formId: string): FormOpenness;
  /**
   * Sends the form's answers to this spreadsheet. Google creates a new response sheet; it is
   * renamed `sheetName` (or `sheetName (2)`, … when that name is taken).
   */
  link(formId: string, sheetName: string): LinkedSheet;
  /** The current name of a sheet by its id; null when the sheet is gone. */
  sheetName(sheetId: number): string | null;
  /**
   * The form's link with text questions answered in advance (Google's pre-filled link), the
   * answers given by question title; questions not named stay empty.
   */
  prefilledUrl(formId: string, answers: ReadonlyArray<{ title: string; value: string }>): string;
}
