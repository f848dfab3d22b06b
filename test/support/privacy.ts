/**
 * Helpers for the personal-data tests (issue 13): what identifies a pupil and their family, and a
 * scan of every cell of every file for it; a generated school in two workbooks whose sheets, form
 * answers, outbox and reports all hold traces of its pupils.
 */
import { MemoryForms } from '../../src/adapters/memory/forms';
import type { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { instantOf } from '../../src/domain/calendar';
import { type Cell, cellText, normalizeWord } from '../../src/domain/cells';
import type { FormKind } from '../../src/domain/forms';
import type { Pupil } from '../../src/domain/rows';
import { intlZone } from '../../src/adapters/memory/zone';
import { ensureForms } from '../../src/jobs/ensure-forms';
import { sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { handleFormResponse } from '../../src/jobs/form-responses';
import { buildWeeklyReport } from '../../src/jobs/monitoring-report';
import { loadRegistry } from '../../src/jobs/shared/form-registry';
import { loadSchool } from '../../src/jobs/shared/school';
import { ru } from '../../src/i18n/ru';
import { type TwoFileSchool, twoFileSchool } from './two-files';
import { deliverNow } from './memory';

export const zone = intlZone('Europe/Moscow');
/** A Moscow wall-clock moment. */
export const moscow = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

/** What must not survive a pupil's erasure: their ID and name, their family's own contacts. */
export interface Needles {
  readonly id: string;
  /** Folded: the full name and «Фамилия Имя». */
  readonly names: readonly string[];
  readonly emails: readonly string[];
  /** Ten digits each. */
  readonly phones: readonly string[];
}

/** The needles of a pupil. */
export function needlesOf(pupil: Pupil): Needles {
  const words = normalizeWord(pupil.name).split(' ');
  return {
    id: pupil.id,
    names: [words.join(' '), `${words[0]} ${words[1]}`],
    emails: [pupil.email, ...pupil.guardians.map((g) => g.email)]
      .filter((e): e is string => e !== undefined && e !== '')
      .map((e) => e.toLowerCase()),
    phones: pupil.guardians
      .map((g) => (g.phone ?? '').replace(/\D/g, '').slice(-10))
      .filter((p) => p.length === 10),
  };
}

/** One cell holding a needle. */
export interface Found {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly needle: string;
}

/** The needle a cell holds, if any (the ID as a word, names folded, contacts anywhere). */
export function needleIn(cell: Cell | undefined, n: Needles): string | undefined {
  const text = cellText(cell);
  if (text === '') return undefined;
  const folded = normalizeWord(text);
  const digits = text.replace(/\D/g, '');
  const id = new RegExp(`(^|[^\\p{L}\\p{N}])${n.id}(?=$|[^\\p{L}\\p{N}])`, 'iu');
  if (id.test(text)) return n.id;
  return (
    n.names.find((name) => folded.includes(name)) ??
    n.emails.find((e) => folded.includes(e)) ??
    n.phones.find((p) => digits.includes(p))
  );
}

/** Every cell of every sheet of these files that holds a needle. */
export function scanFiles(files: Record<string, MemoryWorkbook>, n: Needles): Found[] {
  const found: Found[] = [];
  for (const [file, workbook] of Object.entries(files))
    for (const sheet of workbook.sheetNames())
      workbook.peek(sheet).forEach((row, r) =>
        row.forEach((cell, c) => {
          const needle = needleIn(cell, n);
          if (needle !== undefined) found.push({ file, sheet, row: r + 1, column: c + 1, needle });
        }),
      );
  return found;
}

/** Every cell's value of every file, for "nothing changed" comparisons. */
export function snapshot(files: Record<string, MemoryWorkbook>): string {
  const all: Record<string, unknown> = {};
  for (const [file, workbook] of Object.entries(files))
    for (const sheet of workbook.sheetNames()) all[`${file}/${sheet}`] = workbook.peek(sheet);
  return JSON.stringify(all);
}

const Q = ru.forms.questions;
const EMAIL = 'Адрес электронной почты';

/** A generated school in two files, its forms made, with traces of its pupils everywhere. */
export interface RichSchool extends TwoFileSchool {
  readonly forms: MemoryForms;
  readonly pupils: readonly Pupil[];
  /** Answers a form for a pupil as their parent would and routes the response. */
  answer(kind: FormKind, pupil: Pupil, at: Date, extra?: Record<string, Cell>): void;
}

/**
 * The demo school on Saturday morning after setup split it: forms made, answers from families,
 * the week's letters queued and partly sent, the monitoring report built.
 */
export function richSchool(settings: Record<string, string> = {}): RichSchool {
  const now = moscow('2026-11-28', '09:10');
  const school = twoFileSchool({ now, admin: 'vokueva.ki@school34.example' });
  const { admin, ctx } = school;
  setSettings(admin, { mail_mode: 'live', quota_reserve: '0', ...settings });
  const forms = new MemoryForms(admin);
  ensureForms({ ...ctx, forms });
  const registry = loadRegistry(ctx.store);
  const pupils = loadSchool(ctx.workbook, ctx.clock, ['pupils']).pupils.map((p) => p.value);
  const answer = (
    kind: FormKind,
    pupil: Pupil,
    at: Date,
    extra: Record<string, Cell> = {},
  ): void => {
    const parent = pupil.guardians[0];
    const common = { [EMAIL]: parent?.email ?? '', [Q.pupilId]: pupil.id };
    const answers: Record<string, Cell> =
      kind === 'request'
        ? {
            ...common,
            [Q.type]: 'консультация',
            [Q.class]: pupil.class,
            [Q.applicant]: parent?.name ?? '',
            [Q.phone]: parent?.phone ?? '',
            [Q.subject]: 'Математика',
            [Q.description]: `Просим консультацию для ${pupil.name}`,
          }
        : kind === 'access'
          ? {
              [Q.pupilId]: pupil.id,
              [Q.computer]: 'нет',
              [Q.internet]: 'нестабильный',
              [Q.device]: 'смартфон',
              [Q.paper]: 'да',
              [Q.contact]: parent?.phone ?? '',
              [Q.filledBy]: parent?.name ?? '',
            }
          : {
              ...common,
              [Q.organisation]: 1,
              [Q.clarity]: 2,
              [Q.feedback]: 4,
              [Q.workload]: 5,
              [Q.pupilClarity]: 3,
              [Q.pupilFeedback]: 4,
              [Q.pupilWorkload]: 2,
              [Q.comment]: `Пишет ${parent?.name ?? ''}, телефон ${parent?.phone ?? ''}`,
            };
    const response = forms.submit(registry[kind]!.formId, { ...answers, ...extra }, at);
    handleFormResponse(ctx, response);
  };
  return { ...school, forms, pupils, answer };
}

/** The week's letters and report: queued, partly sent (the quota runs out), the report built. */
export function runTheWeek(school: RichSchool, quota = 120): void {
  const { ctx, mailer } = school;
  sendWeeklySummaries(ctx);
  buildWeeklyReport(ctx);
  mailer.quota = quota;
  deliverNow(ctx);
}

/** Sets settings values on «Настройки» (rows appended when absent); counted as one write. */
export function setSettings(workbook: MemoryWorkbook, values: Record<string, string>): void {
  const name = ru.sheets.settings.name;
  const grid = workbook.peek(name).map((r) => [...r]);
  for (const [key, value] of Object.entries(values)) {
    const row = grid.findIndex((r, i) => i > 0 && r[0] === key);
    if (row >= 0) grid[row]![1] = value;
    else grid.push([key, value, '']);
  }
  workbook.write(name, 1, grid);
}

/** Pupils whose family's addresses and phones no other pupil shares. */
export function onlyChildren(pupils: readonly Pupil[]): Pupil[] {
  const count = new Map<string, number>();
  const keys = (p: Pupil): string[] =>
    [
      ...p.guardians.flatMap((g) => [g.email ?? '', (g.phone ?? '').replace(/\D/g, '').slice(-10)]),
    ].filter((k) => k !== '');
  for (const p of pupils) for (const k of new Set(keys(p))) count.set(k, (count.get(k) ?? 0) + 1);
  return pupils.filter((p) => keys(p).every((k) => count.get(k) === 1));
}

/** A school's pupils as its roster gives them (rows read back into the type the jobs use). */
export function rosterPupils(grids: Record<string, readonly (readonly Cell[])[]>): Pupil[] {
  const [header = [], ...rows] = grids[ru.sheets.pupils.name]!;
  const at = (row: readonly Cell[], key: string): string =>
    cellText(row[header.indexOf(ru.sheets.pupils.columns[key]!)]);
  return rows.map((row) => ({
    id: at(row, 'id'),
    name: at(row, 'name'),
    class: at(row, 'class'),
    email: at(row, 'email') || undefined,
    guardians: [1, 2].map((n) => ({
      name: at(row, `parent${n}Name`) || undefined,
      email: at(row, `parent${n}Email`) || undefined,
      phone: at(row, `parent${n}Phone`) || undefined,
    })),
    active: true,
  }));
}
