import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import type { Cell, Grid } from '../../src/domain/cells';
import { instantOf } from '../../src/domain/calendar';
import { demoSchool } from '../../src/demo';
import { changeNoticesJob, sendChangeNotices } from '../../src/jobs/change-notices';
import { askFor, endTrigger, runScheduledJobs } from '../../src/jobs/dispatcher';
import { notAgreedListJob } from '../../src/jobs/not-agreed-list';
import { publishNextDay } from '../../src/jobs/publish-schedule';
import { deliver } from '../../src/jobs/shared/delivery';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { SCHEDULED_JOBS } from '../../src/jobs/table';
import { sendTeacherReminders } from '../../src/jobs/teacher-reminders';
import { silentLog } from '../../src/ports/log';
import type { MailEnvelope } from '../../src/ports/mailer';

const zone = intlZone('Europe/Moscow');
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

/** A school as small as a test needs: 2 classes, 4 pupils, 3 teachers. */
function smallSchool(lessons: Cell[][], journal: Cell[][] = []): Record<string, Grid> {
  return {
    Настройки: [
      ['Ключ', 'Значение'],
      ['school_name', 'Школа № 1'],
      ['admin_emails', 'zavuch@school.test'],
      ['school_email', 'school@school.test'],
      ['hotline_phones', '62-76-04'],
      ['mail_mode', 'live'],
      ['quota_reserve', '0'],
    ],
    Классы: [
      ['Класс', 'Классный руководитель (email)', 'Email рассылки класса'],
      ['5А', 'ivanova@school.test', ''],
      ['6Б', 'petrov@school.test', 'class6b@groups.test'],
    ],
    Педагоги: [
      ['ФИО', 'Email', 'Роль', 'Предметы'],
      ['Иванова Анна Петровна', 'ivanova@school.test', 'учитель', 'Математика'],
      ['Петров Олег Ильич', 'petrov@school.test', 'учитель', 'История'],
      ['Сидорова Мария Ивановна', 'sidorova@school.test', 'учитель', 'Биология'],
      ['Завуч Ольга', 'zavuch@school.test', 'администратор', ''],
    ],
    Ученики: [
      [
        'ID',
        'ФИО',
        'Класс',
        'Email ученика',
        'Родитель 1',
        'Email родителя 1',
        'Телефон родителя 1',
        'Обучается',
      ],
      [
        'P1',
        'Алексеев Борис Ильич',
        '5А',
        'boris@pupil.test',
        'Алексеева Вера',
        'vera@home.test',
        '',
        'да',
      ],
      ['P2', 'Белова Дарья Олеговна', '5А', '', 'Белов Олег', 'oleg@home.test', '', 'да'],
      ['P3', 'Волков Ефим Петрович', '5А', '', 'Волкова Нина', '', '8 912 000-00-00', 'да'],
      ['P4', 'Гусева Зоя Ивановна', '5А', '', 'Гусев Иван', 'ivan@home.test', '', 'нет'],
    ],
    Расписание: [
      [
        'ID',
        'Дата',
        'Класс',
        'Урок',
        'Начало',
        'Конец',
        'Предмет',
        'Учитель (email)',
        'Форма',
        'Ресурс',
        'Тема',
        'Задание',
        'Срок сдачи',
        'Статус',
        'Комментарий администрации',
        'Опубликовано',
      ],
      ...lessons,
    ],
    Журнал: [
      [
        'Дата',
        'Класс',
        'Предмет',
        'ID ученика',
        'Ученик',
        'Посещение',
        'Отметка',
        'Работа',
        'Вид работы',
        'Комментарий',
        'Учитель',
        'ID урока',
      ],
      ...journal,
    ],
  };
}

const lesson = (
  id: string,
  date: string,
  cls: string,
  period: number,
  subject: string,
  teacher: string,
  status: string,
  extra: Partial<Record<'form' | 'resource' | 'topic' | 'task' | 'start' | 'end', string>> = {},
): Cell[] => [
  id,
  date,
  cls,
  period,
  extra.start ?? `${8 + period}:00`,
  extra.end ?? `${8 + period}:40`,
  subject,
  teacher,
  extra.form ?? 'онлайн',
  extra.resource ?? 'https://meet.example/x',
  extra.topic ?? 'Тема',
  extra.task ?? 'Упр. 1',
  '',
  status,
  '',
  '',
];

interface Harness {
  ctx: DeliveryContext;
  workbook: MemoryWorkbook;
  clock: FixedClock;
  sent: MailEnvelope[];
  store: MemoryStore;
}

function harness(sheets: Record<string, Grid>, now: Date): Harness {
  const workbook = new MemoryWorkbook(sheets);
  const clock = new FixedClock(now);
  const mailer = new MemoryMailer(1500);
  const store = new MemoryStore();
  return {
    ctx: { workbook, clock, log: silentLog, mailer, lock: new MemoryLock(), hmac: nodeHmac, store },
    workbook,
    clock,
    sent: mailer.sent,
    store,
  };
}

function flush(h: Harness): void {
  const school = loadSchool(h.workbook, h.clock, []);
  deliver(h.ctx, { settings: school.settings, strings: school.strings, budgetMs: 1e9 });
}

const column = (h: Harness, sheet: string, header: string): Cell[] => {
  const grid = h.workbook.peek(sheet);
  const index = grid[0]!.indexOf(header);
  return grid.slice(1).map((r) => r[index] ?? '');
};

describe('publication of the next school day', () => {
  test('the demo school: one letter per class for Monday when run on Friday evening', () => {
    const h = harness(demoSchool({ weekOf: '2026-11-27', zone }), at('2026-11-27', '18:00'));
    const school = loadSchool(h.workbook, h.clock);
    const mondayClasses = new Set(
      school.lessons
        .filter((l) => l.value.date === '2026-11-30' && l.value.status === 'agreed')
        .map((l) => l.value.class),
    );
    const outcome = publishNextDay(h.ctx);
    flush(h);
    const classLetters = h.sent.filter((m) => m.key?.startsWith('publish|2026-11-30|'));
    expect(classLetters).toHaveLength(mondayClasses.size);
    expect(new Set(classLetters.map((m) => m.subject)).size).toBe(mondayClasses.size);
    expect(classLetters.every((m) => /понедельник, 30\.11\.2026/.test(m.subject))).toBe(true);
    expect(outcome.summary).toMatch(/понедельник/);
    // Publishing again the same day sends nothing new.
    const before = h.sent.length;
    publishNextDay(h.ctx);
    flush(h);
    expect(h.sent.length).toBe(before);
  });

  test('an agreed lesson always appears; one not agreed keeps its slot as «уточняется» with nothing of its details', () => {
    const secret = {
      topic: 'Тайная тема',
      task: 'Тайное задание',
      resource: 'https://secret.example/x',
    };
    const h = harness(
      smallSchool([
        lesson('L1', '30.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано'),
        lesson('L2', '30.11.2026', '5А', 2, 'История', 'petrov@school.test', 'черновик', secret),
        lesson(
          'L3',
          '30.11.2026',
          '5А',
          3,
          'Биология',
          'sidorova@school.test',
          'на согласовании',
          secret,
        ),
        lesson('L4', '30.11.2026', '5А', 4, 'Физкультура', 'sidorova@school.test', 'отменено'),
        lesson('L5', '30.11.2026', '5А', 5, 'Литература', 'ivanova@school.test', 'согласовано', {
          resource: '',
        }),
      ]),
      at('2026-11-27', '17:30'),
    );
    publishNextDay(h.ctx);
    flush(h);
    const letter = h.sent.find((m) => m.key?.startsWith('publish|'))!;
    // Every lesson of the day but the cancelled one, in period order.
    const order = [
      '1 урок, 09:00–09:40 — Математика',
      '2 урок, 10:00–10:40 — История',
      '3 урок, 11:00–11:40 — Биология',
      '5 урок, 13:00–13:40 — Литература',
    ].map((l) => letter.text.indexOf(l));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(letter.text).not.toContain('Физкультура');
    // Not agreed: time and subject only.
    for (const word of [secret.topic, secret.task, 'secret.example', 'Петров Олег'])
      expect(letter.text + letter.html).not.toContain(word);
    expect(letter.text.split('уточняется').length - 1).toBe(3); // two slots, one missing link
    // Agreed but the online lesson lacks its link: in the letter, the link «уточняется».
    expect(letter.text).toMatch(/5 урок, 13:00–13:40 — Литература[\s\S]*Ресурс: уточняется/);
    // A link becomes a button named after its platform (here the host).
    expect(letter.html).toMatch(
      /<a href="https:\/\/meet\.example\/x" style="display:inline-block[^"]*">meet\.example<\/a>/,
    );
    // Active pupils and parents with an e-mail, in Bcc; the inactive pupil's parent is not there.
    expect([...letter.bcc].sort()).toEqual([
      'boris@pupil.test',
      'oleg@home.test',
      'vera@home.test',
    ]);
    expect(letter.to).toEqual(['school@school.test']);
    // The teacher of the incomplete lesson is told what is missing, the administrators in Cc.
    const notice = h.sent.find((m) => m.key?.startsWith('incomplete|'))!;
    expect(notice.to).toEqual(['ivanova@school.test']);
    expect(notice.cc).toEqual(['zavuch@school.test']);
    expect(notice.text).toContain('Здравствуйте, Анна Петровна!');
    expect(notice.text).toContain('5А, 5 урок — Литература (Иванова А. П.): не заполнено — Ресурс');
    // The list of lessons not agreed left hours before (jobs/not-agreed-list), not with publication.
    expect(h.sent.some((m) => m.key?.startsWith('notAgreed|'))).toBe(false);
    // Only agreed lessons are stamped published.
    const stamps = column(h, 'Расписание', 'Опубликовано');
    expect(stamps.map((s) => s !== '')).toEqual([true, false, false, false, true]);
  });

  test('three hours before publication the administrators get the not-agreed list: awaiting apart from drafts, what is missing, the sheet', () => {
    const h = harness(
      smallSchool([
        lesson('L1', '30.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано'),
        lesson('L2', '30.11.2026', '5А', 2, 'История', 'petrov@school.test', 'черновик'),
        lesson('L3', '30.11.2026', '5А', 3, 'Биология', 'sidorova@school.test', 'на согласовании'),
        lesson('L4', '30.11.2026', '5А', 4, 'Физкультура', 'sidorova@school.test', 'отменено'),
        lesson('L5', '30.11.2026', '5А', 5, 'Литература', 'ivanova@school.test', 'согласовано', {
          resource: '',
        }),
      ]),
      at('2026-11-27', '13:30'),
    );
    const run = (time: string) => {
      h.clock.beginRun(at('2026-11-27', time));
      return runScheduledJobs(h.ctx, { jobs: [notAgreedListJob] });
    };
    expect(run('13:30').jobs).toEqual([]);
    expect(run('14:05').jobs.map((j) => j.job)).toEqual(['notAgreedList']);
    flush(h);
    const admins = h.sent.find((m) => m.key?.startsWith('notAgreed|'))!;
    expect(admins.to).toEqual(['zavuch@school.test']);
    expect(admins.subject).toBe('Не согласовано на пн 30.11: 3 урока — публикация в 17:00');
    const text = admins.text;
    const awaiting = text.indexOf('Ждут согласования: 1');
    const drafts = text.indexOf('Черновики учителей (на согласование не отправлены): 1');
    const incomplete = text.indexOf('Согласованы, но не хватает данных');
    expect([awaiting, drafts, incomplete].every((i) => i >= 0)).toBe(true);
    expect(text.indexOf('Биология')).toBeGreaterThan(awaiting);
    expect(text.indexOf('Биология')).toBeLessThan(drafts);
    expect(text.indexOf('История')).toBeGreaterThan(drafts);
    expect(text).toContain('Литература (Иванова А. П.): не заполнено — Ресурс');
    expect(text).not.toContain('Физкультура');
    expect(text).toContain(`Открыть расписание: ${h.workbook.url('Расписание')}`);
    // A staff letter: no families' hotline.
    expect(text).not.toContain('62-76-04');
  });

  test('a class with a group address gets one letter to it; holidays are skipped', () => {
    const sheets = smallSchool([
      lesson('L1', '02.12.2026', '6Б', 1, 'История', 'petrov@school.test', 'согласовано'),
    ]);
    sheets['Настройки']!.push(['holidays', '30.11.2026–01.12.2026']);
    const h = harness(sheets, at('2026-11-27', '17:30'));
    publishNextDay(h.ctx);
    flush(h);
    const letter = h.sent.find((m) => m.key?.startsWith('publish|'))!;
    expect(letter.to).toEqual(['class6b@groups.test']);
    expect(letter.bcc).toEqual([]);
    expect(letter.subject).toContain('02.12.2026');
  });

  test('a javascript: resource is not a link and markup in a topic arrives as text', () => {
    const h = harness(
      smallSchool([
        lesson('L1', '30.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано', {
          resource: 'javascript:alert(1)',
          topic: '<script>alert("x")</script>',
        }),
      ]),
      at('2026-11-27', '17:30'),
    );
    publishNextDay(h.ctx);
    flush(h);
    const letter = h.sent.find((m) => m.key?.startsWith('publish|'))!;
    expect(letter.html).not.toContain('href="javascript');
    expect(letter.html).not.toContain('<script>');
    expect(letter.html).toContain('&lt;script&gt;');
    expect(letter.text).toContain('<script>alert("x")</script>');
  });
});

describe('change notices', () => {
  function published(): Harness {
    const h = harness(
      smallSchool([
        lesson('L1', '30.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано'),
        lesson('L2', '30.11.2026', '5А', 2, 'История', 'petrov@school.test', 'согласовано'),
        lesson('L3', '30.11.2026', '5А', 3, 'Биология', 'sidorova@school.test', 'черновик'),
      ]),
      at('2026-11-27', '17:30'),
    );
    publishNextDay(h.ctx);
    flush(h);
    h.sent.length = 0;
    return h;
  }
  const edit = (h: Harness, id: string, header: string, value: Cell): void => {
    const grid = h.workbook.peek('Расписание');
    const row = grid.findIndex((r) => r[0] === id);
    h.workbook.write('Расписание', row + 1, [[value]], grid[0]!.indexOf(header) + 1);
  };
  const notices = (h: Harness): MailEnvelope[] =>
    h.sent.filter((m) => m.key?.startsWith('change|'));

  test('moving a lesson, changing its link and cancelling one → one notice for the class with old and new values', () => {
    const h = published();
    edit(h, 'L1', 'Начало', '10:00');
    edit(h, 'L1', 'Конец', '10:40');
    edit(h, 'L1', 'Ресурс', 'https://meet.example/new');
    edit(h, 'L2', 'Статус', 'отменено');
    h.clock.set(at('2026-11-27', '18:20'));
    sendChangeNotices(h.ctx);
    flush(h);
    expect(notices(h)).toHaveLength(1);
    const text = notices(h)[0]!.text;
    expect(text).toContain('09:00–09:40 → 10:00–10:40');
    expect(text).toContain('Ресурс — новая ссылка: meet.example: https://meet.example/new');
    expect(text).toContain('урок отменён');
    // The subject names the class, the day and what changed first.
    expect(notices(h)[0]!.subject).toBe(
      '5А, пн 30.11: математика: новое время 10:00–10:40 и ещё 2 изменения',
    );
    // Nothing new the next hour.
    h.clock.set(at('2026-11-27', '19:20'));
    sendChangeNotices(h.ctx);
    flush(h);
    expect(notices(h)).toHaveLength(1);
  });

  test('three edits within the hour arrive as one notice through the dispatcher', () => {
    const h = published();
    edit(h, 'L1', 'Задание', 'Упр. 2');
    endTrigger(h.ctx, askFor(changeNoticesJob.id));
    edit(h, 'L1', 'Задание', 'Упр. 3');
    endTrigger(h.ctx, askFor(changeNoticesJob.id));
    edit(h, 'L2', 'Ресурс', 'https://meet.example/y');
    endTrigger(h.ctx, askFor(changeNoticesJob.id));
    h.clock.beginRun(at('2026-11-27', '18:41'));
    runScheduledJobs(h.ctx, { jobs: SCHEDULED_JOBS });
    expect(notices(h)).toHaveLength(1);
    expect(notices(h)[0]!.text).toContain('Упр. 1 → Упр. 3');
  });

  test('editing a comment or an unpublished lesson sends nothing', () => {
    const h = published();
    edit(h, 'L1', 'Комментарий администрации', 'проверено');
    edit(h, 'L3', 'Тема', 'Новая тема');
    edit(h, 'L3', 'Начало', '12:00');
    sendChangeNotices(h.ctx);
    flush(h);
    expect(notices(h)).toHaveLength(0);
  });
});

describe('teacher reminders', () => {
  test('a teacher with two unjournaled lessons gets one reminder naming both; a teacher with none gets nothing', () => {
    const h = harness(
      smallSchool(
        [
          lesson('L1', '23.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано'),
          lesson('L2', '24.11.2026', '5А', 2, 'Математика', 'ivanova@school.test', 'согласовано'),
          lesson('L3', '24.11.2026', '5А', 3, 'История', 'petrov@school.test', 'согласовано'),
          lesson('L4', '26.11.2026', '5А', 4, 'Биология', 'sidorova@school.test', 'согласовано'),
        ],
        [
          [
            '24.11.2026',
            '5А',
            'История',
            'P1',
            '',
            'был',
            '5',
            '',
            '',
            '',
            'petrov@school.test',
            'L3',
          ],
        ],
      ),
      at('2026-11-26', '08:30'),
    );
    sendTeacherReminders(h.ctx);
    flush(h);
    const reminders = h.sent.filter((m) => m.key?.startsWith('reminder|'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.to).toEqual(['ivanova@school.test']);
    expect(reminders[0]!.text).toContain('23.11.2026');
    expect(reminders[0]!.text).toContain('24.11.2026');
    // The same day again: nothing more.
    sendTeacherReminders(h.ctx);
    flush(h);
    expect(h.sent.filter((m) => m.key?.startsWith('reminder|'))).toHaveLength(1);
  });

  test('a gap is chased for a week, then left to the weekly report', () => {
    // Tuesday 1 December: the lesson of Tuesday 24 November (7 days ago) is still chased; the
    // one of Monday 23 November (8 days ago) is the administration's now (the report lists it).
    const h = harness(
      smallSchool([
        lesson('L1', '23.11.2026', '5А', 1, 'Математика', 'ivanova@school.test', 'согласовано'),
        lesson('L2', '24.11.2026', '5А', 2, 'Математика', 'ivanova@school.test', 'согласовано'),
      ]),
      at('2026-12-01', '08:30'),
    );
    sendTeacherReminders(h.ctx);
    flush(h);
    const reminders = h.sent.filter((m) => m.key?.startsWith('reminder|'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('24.11.2026');
    expect(reminders[0]!.text).not.toContain('23.11.2026');
  });

  test('from Friday, next week’s drafts are named too', () => {
    const h = harness(
      smallSchool([
        lesson('L9', '01.12.2026', '5А', 1, 'Биология', 'sidorova@school.test', 'черновик'),
      ]),
      at('2026-11-27', '08:30'),
    );
    sendTeacherReminders(h.ctx);
    flush(h);
    const reminder = h.sent.find((m) => m.key?.startsWith('reminder|'))!;
    expect(reminder.to).toEqual(['sidorova@school.test']);
    expect(reminder.text).toContain('черновик');
  });
});
