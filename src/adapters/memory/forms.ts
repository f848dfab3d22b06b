import type { Cell } from '../../domain/cells';
import { type FormResponse, freeSheetName } from '../../domain/forms';
import type { FormOpenness, FormSpec, Forms, FoundForm, LinkedSheet } from '../../ports/forms';
import type { MemoryWorkbook } from './workbook';

/** A form kept in memory. */
interface MemoryForm {
  readonly spec: FormSpec;
  readonly url: string;
  sheetId: number | undefined;
  published: boolean;
  accepting: boolean;
  readonly editors: Set<string>;
}

const editUrlOf = (formId: string): string => `https://docs.google.com/forms/d/${formId}/edit`;

/** The columns Google Forms writes before the questions, as a Russian account names them. */
const TIMESTAMP = 'Отметка времени';
const EMAIL = 'Адрес электронной почты';

/**
 * Google Forms in memory, answering into a MemoryWorkbook: for job tests (and a runner that
 * wants to show what setup would create). Test helpers delete, unlink and answer forms.
 */
export class MemoryForms implements Forms {
  private readonly forms = new Map<string, MemoryForm>();
  private readonly sheets = new Map<number, string>();
  private next = 1;

  constructor(private readonly workbook: MemoryWorkbook) {}

  find(formId: string): FoundForm | null {
    const form = this.forms.get(formId);
    return form
      ? {
          url: form.url,
          editUrl: editUrlOf(formId),
          linked: form.sheetId !== undefined,
          ...this.openness(form),
        }
      : null;
  }

  /** Made unpublished, as Google makes a script's form since 30 June 2026. */
  create(spec: FormSpec): {
    readonly formId: string;
    readonly url: string;
    readonly editUrl: string;
  } {
    const formId = `form-${this.next++}`;
    const url = `https://docs.google.com/forms/d/e/${formId}/viewform`;
    this.forms.set(formId, {
      spec,
      url,
      sheetId: undefined,
      published: false,
      accepting: false,
      editors: new Set(),
    });
    return { formId, url, editUrl: editUrlOf(formId) };
  }

  share(formId: string, editors: readonly string[]): void {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    for (const e of editors) form.editors.add(e);
  }

  /** Test helper: who may edit the form besides its maker. */
  editorsOf(formId: string): string[] {
    return [...(this.forms.get(formId)?.editors ?? [])].sort();
  }

  publish(formId: string): FormOpenness {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    form.published = true;
    form.accepting = true;
    return this.openness(form);
  }

  private openness(form: MemoryForm): FormOpenness {
    return { published: form.published, accepting: form.published && form.accepting };
  }

  /** Test helper: the school closes (or unpublishes) a form. */
  close(formId: string, how: 'unpublish' | 'stopAccepting'): void {
    const form = this.forms.get(formId);
    if (!form) return;
    if (how === 'unpublish') form.published = false;
    form.accepting = false;
  }

  link(formId: string, sheetName: string): LinkedSheet {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    const name = freeSheetName(sheetName, this.workbook.sheetNames());
    this.workbook.createSheet(name);
    const header = [
      TIMESTAMP,
      ...(form.spec.collectEmail ? [EMAIL] : []),
      ...form.spec.questions.map((q) => q.title),
    ];
    this.workbook.write(name, 1, [header]);
    const sheetId = 1000 + this.next++;
    this.sheets.set(sheetId, name);
    form.sheetId = sheetId;
    return { sheetId, sheetName: name };
  }

  sheetName(sheetId: number): string | null {
    const name = this.sheets.get(sheetId);
    return name !== undefined && this.workbook.sheetNames().includes(name) ? name : null;
  }

  prefilledUrl(formId: string, answers: ReadonlyArray<{ title: string; value: string }>): string {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`No form ${formId}.`);
    const params = form.spec.questions.flatMap((q, i) => {
      const answer = q.type === 'text' ? answers.find((a) => a.title === q.title) : undefined;
      return answer === undefined ? [] : [`entry.${i + 1}=${encodeURIComponent(answer.value)}`];
    });
    return `${form.url}?usp=pp_url${params.map((p) => `&${p}`).join('')}`;
  }

  /** Test helper: every form with its spec and response sheet. */
  list(): Array<{ formId: string; spec: FormSpec; sheetName: string | null }> {
    return [...this.forms].map(([formId, f]) => ({
      formId,
      spec: f.spec,
      sheetName: f.sheetId === undefined ? null : this.sheetName(f.sheetId),
    }));
  }

  /** Test helper: the form is deleted in Drive. */
  remove(formId: string): void {
    this.forms.delete(formId);
  }

  /** Test helper: the school unlinks the form from the spreadsheet. */
  unlink(formId: string): void {
    const form = this.forms.get(formId);
    if (form) form.sheetId = undefined;
  }

  /**
   * Test helper: answers a form as Google would — a row on its response sheet (timestamp first,
   * then the e-mail when collected) — and returns the response the trigger would deliver.
   */
  submit(formId: string, answers: Readonly<Record<string, Cell>>, at: Date): FormResponse {
    const form = this.forms.get(formId);
    if (!form || form.sheetId === undefined) throw new Error(`Form ${formId} is not linked.`);
    if (!form.published || !form.accepting)
      throw new Error(`Form ${formId} is not published or not accepting responses.`);
    const sheetName = this.sheetName(form.sheetId);
    if (sheetName === null) throw new Error(`The response sheet of ${formId} is gone.`);
    const header = (this.workbook.peek(sheetName)[0] ?? []).map(String);
    const row = this.workbook.peek(sheetName).length + 1;
    const values: Cell[] = header.map((title) =>
      title === TIMESTAMP ? at : (answers[title] ?? ''),
    );
    this.workbook.write(sheetName, row, [values]);
    return {
      sheetName,
      sheetId: form.sheetId,
      row,
      submittedAt: at,
      answers: Object.fromEntries(header.map((title, i) => [title, values[i] ?? ''])),
    };
  }
}
