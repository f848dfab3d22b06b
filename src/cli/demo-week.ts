/**
 * The people of the demo week (src/demo/week.ts) at work between the dispatcher's hourly runs:
 * each event goes into the workbook as the person would put it there, then through the handler
 * Apps Script would call for it — a form answer lands on its response sheet as Google writes it
 * and is routed by the form-submit handler; an edit of «Расписание» or «Согласование» asks the
 * dispatcher for the job the edit trigger asks for (adapters/gas/handlers).
 */
import type { MemoryForms } from '../adapters/memory/forms';
import { type Cell, cellText } from '../domain/cells';
import {
  answersOfRow,
  FORM_KINDS,
  type FormKind,
  isEmailTitle,
  isTimestampTitle,
  questionKeyOf,
} from '../domain/forms';
import type { SheetKey } from '../domain/sheets';
import { matchHeaders } from '../domain/table';
import type {
  DemoEvent,
  DecisionEvent,
  FormEvent,
  JournalEvent,
  LessonEditEvent,
} from '../demo/week';
import { ALL_NAMES, type Strings } from '../i18n';
import { agreementJob } from '../jobs/agreement';
import { changeNoticesJob } from '../jobs/change-notices';
import { askFor, endTrigger } from '../jobs/dispatcher';
import { handleFormResponse } from '../jobs/form-responses';
import { loadRegistry } from '../jobs/shared/form-registry';
import type { DeliveryContext } from '../jobs/shared/outbox';
import { findSheet, loadSchool } from '../jobs/shared/school';

/** What the people did during the replay, in counts only (the console holds no personal data). */
export interface DemoActivity {
  /** Journal rows the teachers added. */
  journalRows: number;
  /** Lessons teachers changed after their publication. */
  lessonEdits: number;
  /** The administration's decisions on «Согласование». */
  decisions: number;
  /** Form answers routed by the form-submit handler, by form. */
  answers: Record<FormKind, number>;
}

/** The demo's people; `until(at)` performs every event up to `at` not yet performed. */
export class DemoPeople {
  readonly activity: DemoActivity = {
    journalRows: 0,
    lessonEdits: 0,
    decisions: 0,
    answers: Object.fromEntries(FORM_KINDS.map((k) => [k, 0])) as Record<FormKind, number>,
  };
  private next = 0;

  constructor(
    private readonly ctx: DeliveryContext & { beginRun(at: Date): void },
    private readonly forms: MemoryForms,
    private readonly events: readonly DemoEvent[],
  ) {}

  until(at: Date): void {
    while (this.next < this.events.length && this.events[this.next]!.at <= at) {
      const event = this.events[this.next++]!;
      // The clock at the moment of the event: form timestamps, decisions and letters are dated by it.
      this.ctx.beginRun(event.at);
      const strings = loadSchool(this.ctx.workbook, this.ctx.clock, []).strings;
      switch (event.kind) {
        case 'journal':
          this.journal(event, strings);
          break;
        case 'lessonEdit':
          this.editLesson(event, strings);
          break;
        case 'decision':
          this.decide(event, strings);
          break;
        case 'form':
          this.answer(event);
          break;
      }
    }
  }

  private sheet(key: SheetKey, strings: Strings): string | undefined {
    return findSheet(this.ctx.workbook.sheetNames(), key, strings);
  }

  private journal(event: JournalEvent, strings: Strings): void {
    const name = this.sheet('journal', strings);
    const header = name === undefined ? null : this.ctx.workbook.readHeader(name);
    if (name === undefined || header === null) return;
    const columns = [...matchHeaders('journal', header, ALL_NAMES)];
    const rows = event.rows.map((record) => {
      const row: Cell[] = header.map(() => '');
      for (const [key, i] of columns) row[i] = record[key] ?? '';
      return row;
    });
    this.ctx.workbook.append(name, rows);
    this.activity.journalRows += rows.length;
  }

  /** Writes cells of the rows whose `lessonId` column is one of `ids`; returns how many rows. */
  private writeRows(
    key: 'schedule' | 'agreements',
    strings: Strings,
    ids: readonly string[],
    cells: Readonly<Record<string, Cell>>,
    only: (row: readonly Cell[], column: (key: string) => Cell) => boolean = () => true,
  ): number {
    const name = this.sheet(key, strings);
    const grid = name === undefined ? null : this.ctx.workbook.read(name);
    if (name === undefined || grid === null) return 0;
    const columns = matchHeaders(key, grid[0] ?? [], ALL_NAMES);
    const idColumn = columns.get(key === 'schedule' ? 'id' : 'lessonId') ?? -1;
    let written = 0;
    grid.forEach((row, i) => {
      const column = (k: string): Cell => row[columns.get(k) ?? -1] ?? '';
      if (i === 0 || !ids.includes(cellText(row[idColumn] ?? '').trim()) || !only(row, column))
        return;
      for (const [k, value] of Object.entries(cells)) {
        const c = columns.get(k);
        if (c !== undefined) this.ctx.workbook.write(name, i + 1, [[value]], c + 1);
      }
      written++;
    });
    return written;
  }

  private editLesson(event: LessonEditEvent, strings: Strings): void {
    if (this.writeRows('schedule', strings, [event.lessonId], event.cells) === 0) return;
    this.activity.lessonEdits++;
    endTrigger(this.ctx, askFor(changeNoticesJob.id));
  }

  private decide(event: DecisionEvent, strings: Strings): void {
    // A decision is taken on a lesson the list shows as awaiting one.
    const decided = this.writeRows(
      'agreements',
      strings,
      event.lessonIds,
      {
        decision: strings.labels.decision[event.decision],
        ...(event.comment === undefined ? {} : { comment: event.comment }),
      },
      (_, column) => cellText(column('pendingAs')) !== '' && cellText(column('decision')) === '',
    );
    if (decided === 0) return;
    this.activity.decisions += decided;
    endTrigger(this.ctx, askFor(agreementJob.id));
  }

  /** Google writes the answer on the response sheet; the form-submit handler routes it. */
  private answer(event: FormEvent): void {
    const formId = loadRegistry(this.ctx.store)[event.form]?.formId;
    const form = this.forms.list().find((f) => f.formId === formId);
    if (formId === undefined || form?.sheetName == null) return;
    const titles = (this.ctx.workbook.readHeader(form.sheetName) ?? []).map((c) => cellText(c));
    const typed: Record<string, string> = {};
    for (const title of titles) {
      if (isTimestampTitle(title)) continue;
      const key = questionKeyOf(title, ALL_NAMES);
      const value = isEmailTitle(title) ? event.email : key && event.answers[key];
      if (value !== undefined) typed[title] = value;
    }
    const { sheetName, sheetId, row } = this.forms.submit(formId, typed, event.at);
    // As onFormSubmitNow reads it: the row's cells, the event's namedValues for what was typed.
    const cells = this.ctx.workbook.read(sheetName)?.[row - 1] ?? [];
    const named = Object.fromEntries(Object.entries(typed).map(([t, v]) => [t, [v]]));
    const { answers, submittedAt } = answersOfRow(titles, cells, named);
    const quiet = { ...this.ctx, log: { ...this.ctx.log, info: () => undefined } };
    handleFormResponse(quiet, { sheetName, sheetId, row, submittedAt, answers, cells });
    this.activity.answers[event.form]++;
  }
}
