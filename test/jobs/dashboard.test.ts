/**
 * The dashboard's figures against a small school written by hand, on the in-memory workbook. The
 * expected figures are worked out in the comments from the rows below, not with the report code.
 * Now is Thursday 26.11.2026 12:00 in Moscow (09:00Z), in week 2026-W48 (23–29 November).
 */
import { instantOf } from '../../src/domain/calendar';
import type { Cell, Grid } from '../../src/domain/cells';
import type { SheetKey } from '../../src/domain/sheets';
import { intlZone } from '../../src/adapters/memory/zone';
import { ru } from '../../src/i18n/ru';
import { dashboard, type DashboardFigures } from '../../src/jobs/dashboard';
import { quotaReport } from '../../src/jobs/quota-report';
import { saveRegistry } from '../../src/jobs/shared/form-registry';
import { saveState } from '../../src/jobs/shared/state';
import type { Forms, FoundForm } from '../../src/ports/forms';
import type { Workbook } from '../../src/ports/workbook';
import { memorySchool, settingsSheet } from '../support/memory';

const zone = intlZone('Europe/Moscow');
const NOW = instantOf(zone, '2026-11-26', 12 * 60);
const ADMIN = 'zavuch@school.test';
const IVANOVA = 'ivanova@school.test';
const STRANGER = 'stranger@mail.test';

function sheet(key: SheetKey, records: readonly Record<string, Cell>[]): Grid {
  const columns = ru.sheets[key].columns;
  const keys = Object.keys(columns);
  return [keys.map((k) => columns[k]!), ...records.map((r) => keys.map((k) => r[k] ?? ''))];
}

const lesson = (id: string, date: string, status: string): Record<string, Cell> => ({
  id,
  date,
  class: '5А',
  period: 1,
  start: '09:00',
  end: '09:40',
  subject: 'Математика',
  teacher: IVANOVA,
  form: 'онлайн',
  resource: 'https://meet.example.org/x',
  status,
});

/**
 * L1 Monday and L2 Tuesday are agreed and past: held 2. L1 has journal rows, L2 none and its
 * 24 hours ran out on Wednesday 09:40: journaled 1 of 2 (50 %), overdue 1. L3 is a draft.
 * Attendance: P1 present, P2 absent: 1 of 2 (50 %). One unexcused absence and a 5 need nobody's
 * attention. The family letters go on Friday at 15:00: families informed is not measured yet.
 * No survey sheet: satisfaction unmeasured. No census row: class 5А lacks it. «Требует действий»:
 * Ivanova's journal (1) and 5А's census (1) = 2; no request at all, so none overdue.
 */
const SCHEDULE = sheet('schedule', [
  lesson('L1', '23.11.2026', 'согласовано'),
  lesson('L2', '24.11.2026', 'согласовано'),
  lesson('L3', '25.11.2026', 'черновик'),
]);
const JOURNAL = sheet('journal', [
  {
    date: '23.11.2026',
    class: '5А',
    subject: 'Математика',
    pupilId: 'P1',
    attendance: 'был',
    mark: 5,
    lessonId: 'L1',
  },
  {
    date: '23.11.2026',
    class: '5А',
    subject: 'Математика',
    pupilId: 'P2',
    attendance: 'н',
    lessonId: 'L1',
  },
]);

/**
 * The outbox: two letters waiting (1 and 2 recipients: 3 recipients, all of them fit today's
 * 1500), one sent this morning and one yesterday evening (sent today: 1), one of unknown fate,
 * one error.
 */
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
const OUTBOX = sheet('outbox', [
  {
    key: 'k1',
    job: 'test',
    created: at('2026-11-26', '08:00'),
    recipients: 'a@x.ru',
    subject: 'A',
    status: 'в очереди',
    attempts: 0,
    content: '{}',
  },
  {
    key: 'k2',
    job: 'test',
    created: at('2026-11-26', '08:01'),
    recipients: 'b@x.ru, c@x.ru',
    subject: 'B',
    status: 'в очереди',
    attempts: 0,
    content: '{}',
  },
  {
    key: 'k3',
    job: 'test',
    created: at('2026-11-26', '08:02'),
    recipients: 'd@x.ru',
    subject: 'C',
    status: 'отправлено',
    attempts: 1,
    sentAt: at('2026-11-26', '09:00'),
  },
  {
    key: 'k4',
    job: 'test',
    created: at('2026-11-25', '17:00'),
    recipients: 'e@x.ru',
    subject: 'D',
    status: 'отправлено',
    attempts: 1,
    sentAt: at('2026-11-25', '18:00'),
  },
  {
    key: 'k5',
    job: 'test',
    created: at('2026-11-25', '17:00'),
    recipients: 'f@x.ru',
    subject: 'E',
    status: 'неизвестно',
    attempts: 1,
  },
  {
    key: 'k6',
    job: 'test',
    created: at('2026-11-25', '17:00'),
    recipients: 'g@x.ru',
    subject: 'F',
    status: 'ошибка',
    attempts: 3,
    error: 'Invalid email',
  },
]);

/** The forms: the parents' survey open, the pupils' unpublished, requests closed, access never made. */
const FOUND: Record<string, FoundForm> = {
  f1: { url: '', editUrl: '', linked: true, published: true, accepting: true },
  f2: { url: '', editUrl: '', linked: true, published: false, accepting: false },
  f3: { url: '', editUrl: '', linked: true, published: true, accepting: false },
};

function school() {
  const s = memorySchool({ now: NOW, settings: { school_name: 'Школа <b>№1</b>' } });
  const sheets: Record<string, Grid> = {
    Настройки: settingsSheet({
      admin_emails: ADMIN,
      school_name: 'Школа <b>№1</b>',
      journal_deadline_hours: 24,
      summary_day: 'пт',
      summary_hour: 15,
    }),
    Классы: sheet('classes', [{ class: '5А', classTeacher: IVANOVA }]),
    Педагоги: sheet('staff', [
      { name: 'Завучева Мария Ивановна', email: ADMIN, role: 'администратор' },
      { name: 'Иванова Анна Петровна', email: IVANOVA, role: 'учитель' },
    ]),
    Ученики: sheet('pupils', [
      {
        id: 'P1',
        name: 'Алексеев Борис Ильич',
        class: '5А',
        parent1Email: 'p1@family.test',
        active: 'да',
      },
      {
        id: 'P2',
        name: 'Белова Дарья Олеговна',
        class: '5А',
        parent1Email: 'p2@family.test',
        active: 'да',
      },
    ]),
    Расписание: SCHEDULE,
    Журнал: JOURNAL,
    'Очередь писем': OUTBOX,
  };
  for (const [name, grid] of Object.entries(sheets)) {
    if (!s.workbook.sheetNames().includes(name)) s.workbook.createSheet(name);
    s.workbook.write(name, 1, grid);
  }
  // The owner, the administrator, a teacher and a stranger can edit the file.
  s.workbook.owner = 'owner@school.test';
  s.workbook.addEditors([ADMIN, IVANOVA, STRANGER]);
  // The last hourly run at 11:05 (55 minutes ago), by the administrator's triggers, 12 minutes of
  // trigger time in the window opened at 09:00.
  saveState(s.store, {
    heartbeat: at('2026-11-26', '11:05').toISOString(),
    pending: 2,
    requested: [],
    jobs: {},
    owner: { email: ADMIN, triggers: ['t1'] },
    triggerTime: [{ start: at('2026-11-26', '09:00').toISOString(), ms: 12 * 60_000 }],
  });
  saveRegistry(s.store, {
    parentSurvey: { formId: 'f1', url: '', sheetId: 1, links: 1 },
    pupilSurvey: { formId: 'f2', url: '', sheetId: 2, links: 1 },
    request: { formId: 'f3', url: '', sheetId: 3, links: 1 },
  });
  const looked: string[] = [];
  const forms: Forms = {
    find: (id) => {
      looked.push(id);
      return FOUND[id] ?? null;
    },
    create: () => fail('created a form'),
    share: () => fail('shared a form'),
    publish: () => fail('published a form'),
    link: () => fail('linked a form'),
    sheetName: () => null,
    prefilledUrl: () => '',
  };
  return { ...s, forms, looked };
}

function fail(what: string): never {
  throw new Error(`the dashboard ${what}`);
}

/** The workbook, counting reads by sheet and refusing every write. */
function watched(workbook: Workbook): { workbook: Workbook; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const proxy = new Proxy(workbook, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'read' || prop === 'readColumns')
        return (name: string, ...rest: unknown[]) => {
          reads.set(name, (reads.get(name) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).call(target, name, ...rest);
        };
      if (
        ['write', 'replaceBody', 'createSheet', 'deleteSheet', 'applyLayout', 'append'].includes(
          String(prop),
        )
      )
        return () => fail(`wrote (${String(prop)})`);
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return { workbook: proxy, reads };
}

describe('the dashboard of a hand-made school', () => {
  const s = school();
  const { workbook, reads } = watched(s.workbook);
  const result = dashboard({ ...s.ctx, workbook, forms: s.forms }, ADMIN);
  const figures = (result as { figures: DashboardFigures }).figures;

  it('gives the figures to an administrator', () => {
    expect(result.kind).toBe('figures');
    expect(figures.schoolName).toBe('Школа <b>№1</b>');
    expect(figures.builtAt).toBe('26.11.2026 12:00');
  });

  it('the week so far: journal, attendance, what needs action', () => {
    expect(figures.week).toEqual({
      range: '23–29 ноября 2026',
      complete: false,
      held: 2,
      journaled: 1,
      overdue: 1,
      shares: { journal: 0.5, attendance: 0.5, informed: undefined, satisfied: undefined },
      actions: 2,
      attention: 0,
      overdueRequests: 0,
    });
  });

  it('the outbox, the mail mode and the quota', () => {
    expect(figures.outbox).toEqual({ queued: 2, sentToday: 1, unknown: 1, errors: 1 });
    expect(figures.mailMode).toBe('live');
    const plan = quotaReport(s.ctx).plan;
    expect(figures.quota).toEqual({
      leftToday: 1500,
      days: 1,
      never: 0,
      // The quota dialog's own plan, and the consumer account's 100 a day.
      peakDay: plan.peakDay,
      dailyLimit: 100,
    });
  });

  it('the last hourly run, whose triggers send, and the trigger time', () => {
    expect(figures.dispatcher).toEqual({
      lastRun: '26.11 11:05',
      stale: false,
      owner: ADMIN,
      usedMinutes: 12,
      // 80 % (trigger_time_share) of a consumer account's 90 minutes.
      limitMinutes: 72,
    });
  });

  it('each form as Google has it; the one never made is told, not looked up', () => {
    expect(figures.forms.map((f) => [f.name, f.standing])).toEqual([
      ['Опрос родителей', 'open'],
      ['Опрос учащихся', 'unpublished'],
      ['Заявки (ответы)', 'closed'],
      ['Доступ (ответы)', 'missing'],
    ]);
    expect(s.looked).toEqual(['f1', 'f2', 'f3']);
  });

  it('who besides the administrators can edit: the teacher and the stranger, not the owner', () => {
    expect(figures.editors).toEqual([IVANOVA, STRANGER]);
  });

  it('reads each sheet once and writes nothing', () => {
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect([...reads.keys()]).toEqual(
      expect.arrayContaining(['Настройки', 'Расписание', 'Журнал', 'Очередь писем']),
    );
    expect(s.mailer.sent).toEqual([]);
  });

  it.each([
    ['a teacher', IVANOVA, ru.ui.deniedNotAdmin(IVANOVA)],
    ['an empty identity', '', ru.ui.deniedNoEmail],
    ['a stranger who can edit the file', STRANGER, ru.ui.deniedNotAdmin(STRANGER)],
  ])('refuses %s, in the workbook’s language, with no figure', (_who, email, message) => {
    const t = school();
    expect(dashboard({ ...t.ctx, forms: t.forms }, email)).toEqual({
      kind: 'denied',
      message,
      strings: ru,
    });
    expect(t.looked).toEqual([]);
  });

  it('refuses in English in an English workbook', () => {
    const t = school();
    t.workbook.write('Настройки', 1, [
      ['Ключ', 'Значение'],
      ['admin_emails', ADMIN],
      ['locale', 'en'],
    ]);
    const denied = dashboard({ ...t.ctx, forms: t.forms }, IVANOVA);
    expect(denied.kind === 'denied' && denied.message).toBe(
      `Only administrators may do this. ${IVANOVA} is not an administrator.`,
    );
  });
});
