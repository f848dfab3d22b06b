/**
 * zod/mini schemas of every school sheet: each turns a row of raw cells (keyed by column) into a
 * typed row, or into issues whose path names the column and whose message is the plain reason.
 */
import * as z from 'zod/mini';
import type { LocalDate, LocalTime } from './calendar';
import { cellText, isBlank } from './cells';
import {
  type Failure,
  isFailure,
  type Mark,
  type ParseContext,
  parseChoice,
  parseClassName,
  parseDate,
  parseEmail,
  parseInteger,
  parseMark,
  parsePhone,
  parseTime,
  parseYesNo,
} from './parse';
import type {
  AccessRecord,
  Guardian,
  JournalEntry,
  Lesson,
  Pupil,
  SchoolClass,
  SchoolRequest,
  SettingRow,
  StaffMember,
} from './rows';
import type { SheetKey } from './sheets';
import type { VocabularyName, VocabularyValue } from './vocabulary';

type Reader<T> = (raw: unknown) => T | Failure;
/** A schema from one raw cell to a typed value. */
export type CellCodec<T> = z.ZodMiniType<T, unknown>;

function codec<T>(read: Reader<T>, required: string | null): CellCodec<T> {
  return z.transform((raw: unknown, payload) => {
    if (isBlank(raw)) {
      if (required === null) return undefined as T;
      payload.issues.push({ code: 'custom', message: required, input: raw });
      return z.NEVER;
    }
    const out = read(raw);
    if (isFailure(out)) {
      payload.issues.push({ code: 'custom', message: out.failure, input: raw });
      return z.NEVER;
    }
    return out;
  });
}

/** Checks at compile time that a schema's output fits the row type it stands for. */
const shaped = <T>(schema: z.ZodMiniType<T, unknown>): z.ZodMiniType<T, unknown> => schema;

/** The cell codecs of one school, bound to its time zone and language. */
export function cellCodecs(ctx: ParseContext) {
  const req = ctx.strings.problems.required;
  const text: Reader<string> = (raw) => cellText(raw);
  const list: Reader<string[]> = (raw) =>
    cellText(raw)
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  const choice =
    <N extends VocabularyName>(name: N): Reader<VocabularyValue<N>> =>
    (raw) =>
      parseChoice(name, raw, ctx);
  const both = <T>(read: Reader<T>) => ({
    required: codec(read, req),
    optional: codec<T | undefined>(read, null),
  });
  return {
    text: both(text),
    list: both(list),
    email: both((raw) => parseEmail(raw, ctx)),
    phone: both((raw) => parsePhone(raw, ctx)),
    className: both((raw) => parseClassName(raw, ctx)),
    date: both<LocalDate>((raw) => parseDate(raw, ctx)),
    time: both<LocalTime>((raw) => parseTime(raw, ctx)),
    yesNo: both((raw) => parseYesNo(raw, ctx)),
    mark: both<Mark>((raw) => parseMark(raw, ctx)),
    period: both((raw) => parseInteger(raw, ctx, 0, 20)),
    stamp: both<string>((raw) => cellText(raw)),
    choice: <N extends VocabularyName>(name: N) => both(choice(name)),
  };
}

/** The row schemas of every sheet the add-on reads, bound to one school's context. */
export function rowSchemas(ctx: ParseContext) {
  const c = cellCodecs(ctx);
  const guardiansOf = (flat: Record<string, unknown>): Guardian[] =>
    [1, 2]
      .map((n) => ({
        name: flat[`parent${n}Name`] as string | undefined,
        email: flat[`parent${n}Email`] as string | undefined,
        phone: flat[`parent${n}Phone`] as string | undefined,
      }))
      .filter((g) => g.name !== undefined || g.email !== undefined || g.phone !== undefined);

  return {
    settings: shaped<SettingRow>(z.object({ key: c.text.required, value: z.unknown() })),
    classes: shaped<SchoolClass>(
      z.pipe(
        z.object({
          class: c.className.required,
          classTeacher: c.email.optional,
          groupEmail: c.email.optional,
        }),
        z.transform((r): SchoolClass => ({
          name: r.class,
          classTeacher: r.classTeacher,
          groupEmail: r.groupEmail,
        })),
      ),
    ),
    staff: shaped<StaffMember>(
      z.object({
        name: c.text.required,
        email: c.email.required,
        role: c.choice('role').required,
        subjects: z.pipe(
          c.list.optional,
          z.transform((s) => s ?? []),
        ),
        phone: c.phone.optional,
      }),
    ),
    pupils: shaped<Pupil>(
      z.pipe(
        z.object({
          id: c.text.required,
          name: c.text.required,
          class: c.className.required,
          email: c.email.optional,
          parent1Name: c.text.optional,
          parent1Email: c.email.optional,
          parent1Phone: c.phone.optional,
          parent2Name: c.text.optional,
          parent2Email: c.email.optional,
          parent2Phone: c.phone.optional,
          active: c.yesNo.optional,
        }),
        z.transform((r): Pupil => ({
          id: r.id,
          name: r.name,
          class: r.class,
          email: r.email,
          guardians: guardiansOf(r),
          active: r.active ?? true,
        })),
      ),
    ),
    schedule: shaped<Lesson>(
      z.object({
        id: c.text.required,
        date: c.date.required,
        class: c.className.required,
        period: c.period.required,
        start: c.time.optional,
        end: c.time.optional,
        subject: c.text.required,
        teacher: c.email.required,
        form: c.choice('lessonForm').optional,
        resource: c.text.optional,
        topic: c.text.optional,
        task: c.text.optional,
        deadline: c.date.optional,
        status: c.choice('lessonStatus').required,
        adminComment: c.text.optional,
        published: c.stamp.optional,
      }),
    ),
    journal: shaped<JournalEntry>(
      z.object({
        date: c.date.required,
        class: c.className.required,
        subject: c.text.required,
        pupilId: c.text.required,
        pupilName: c.text.optional,
        attendance: c.choice('attendance').optional,
        mark: c.mark.optional,
        work: c.choice('work').optional,
        workKind: c.text.optional,
        comment: c.text.optional,
        teacher: c.text.optional,
        lessonId: c.text.optional,
      }),
    ),
    access: shaped<AccessRecord>(
      z.object({
        pupilId: c.text.required,
        date: c.date.optional,
        computer: c.yesNo.optional,
        internet: c.choice('internet').optional,
        device: c.text.optional,
        paper: c.yesNo.optional,
        contact: c.text.optional,
        filledBy: c.text.optional,
      }),
    ),
    requests: shaped<SchoolRequest>(
      z.object({
        id: c.text.required,
        date: c.date.optional,
        type: c.choice('requestType').required,
        pupilId: c.text.optional,
        class: c.className.optional,
        applicant: c.text.optional,
        phone: c.phone.optional,
        subject: c.text.optional,
        description: c.text.optional,
        status: c.choice('requestStatus').required,
        assignee: c.text.optional,
        due: c.date.optional,
        doneAt: c.date.optional,
        answer: c.text.optional,
      }),
    ),
  } satisfies Partial<Record<SheetKey, z.ZodMiniType<unknown, unknown>>>;
}

/** The row schemas type, for code that takes them as a parameter. */
export type RowSchemas = ReturnType<typeof rowSchemas>;
