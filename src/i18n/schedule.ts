import { pluralRu as plural } from './plural';

/** What a change notice's subject says about the first change. */
export interface ChangeSummary {
  readonly subject: string;
  readonly kind:
    'cancelled' | 'removed' | 'date' | 'time' | 'resource' | 'teacher' | 'task' | 'deadline';
  /** The new value, already formatted (a day, a time). */
  readonly after: string;
}

/** What a teacher's reminder subject counts. */
export interface ReminderSummary {
  readonly unjournaled: number;
  /** «пн 23.11» … «ср 25.11» of the oldest and newest lesson without journal rows. */
  readonly from: string;
  readonly to: string;
  readonly drafts: number;
  /** The day of reminding about the same lessons: 1 the first, 2 the next school day … */
  readonly day: number;
}

/** Strings of the schedule letters (publication, change notices, reminders), in both languages. */
export interface ScheduleStrings {
  readonly weekdays: readonly string[];
  /** The weekday after «на» (accusative in Russian: «на среду»). */
  readonly weekdaysOn: readonly string[];
  readonly publishSubject: (cls: string, day: string) => string;
  readonly publishUpdatedSubject: (cls: string, day: string) => string;
  readonly publishIntro: (cls: string, day: string) => string;
  readonly lessonTitle: (period: number, time: string, subject: string) => string;
  readonly field: {
    readonly teacher: string;
    readonly form: string;
    readonly resource: string;
    readonly topic: string;
    readonly task: string;
    readonly deadline: string;
    readonly date: string;
    readonly time: string;
    readonly status: string;
  };
  /** A slot not agreed yet, a detail still missing: «уточняется». */
  readonly tbd: string;
  readonly timeTbd: string;
  readonly pendingNote: string;
  /** Link buttons named after the platform, by the end of the host name (`sferum.ru`). */
  readonly platforms: readonly (readonly [string, string])[];
  /** Task words that ask pupils to send their work («прислать фото»). */
  readonly handInWords: RegExp;
  readonly handIn: string;
  readonly handInText: string;
  readonly handInButton: string;
  readonly handInSubject: (cls: string, subject: string, day: string) => string;
  readonly greeting: (name: string) => string;
  readonly openJournal: string;
  readonly openSchedule: string;
  readonly notAgreedSubject: (day: string, count: number, time: string) => string;
  readonly notAgreedIntro: (day: string, time: string) => string;
  readonly awaitingHeading: (count: number) => string;
  readonly draftsHeading: (count: number) => string;
  readonly incompleteHeading: (count: number) => string;
  readonly lessonLine: (cls: string, period: number, subject: string, teacher: string) => string;
  readonly missingLine: (line: string, columns: string) => string;
  readonly incompleteSubject: (day: string, count: number, first: string) => string;
  readonly incompleteIntro: string;
  readonly incompleteHowTo: (sheet: string) => string;
  readonly notAgreedQueued: (lessons: number) => string;
  /** «5А, пн 30.11: математика отменена». */
  readonly changeSubject: (cls: string, days: string, what: string) => string;
  readonly changeWhat: (change: ChangeSummary, more: number) => string;
  readonly changeIntro: (cls: string) => string;
  readonly changeLesson: (day: string, period: number, subject: string) => string;
  readonly cancelled: string;
  readonly removed: string;
  readonly newLink: string;
  readonly empty: string;
  readonly reminderSubject: (info: ReminderSummary) => string;
  readonly reminderRepeat: (day: number) => string;
  readonly reminderJournalIntro: (hours: number) => string;
  readonly reminderDraftIntro: string;
  readonly reminderLesson: (day: string, cls: string, period: number, subject: string) => string;
  readonly reminderHowTo: (journal: string, schedule: string) => string;
  readonly published: (classes: number, lessons: number, day: string) => string;
  readonly nothingToPublish: (day: string) => string;
  readonly noSchoolDay: string;
  readonly changesSent: (classes: number) => string;
  readonly remindersQueued: (teachers: number) => string;
}

/**
 * A school subject inside a Russian sentence: lower case unless an abbreviation («ИЗО»), and the
 * grammatical gender by its last word («математика» f, «русский язык» m, «чтение» n) for the
 * past participle after it; an abbreviation becomes «урок ИЗО» (m).
 */
function ruSubject(subject: string): {
  name: string;
  g: (f: string, m: string, n: string) => string;
} {
  const trimmed = subject.trim();
  const words = trimmed.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/^[А-ЯЁA-Z]{2,}$/.test(last)) return { name: `урок ${trimmed}`, g: (_f, m) => m };
  const name = /^[А-ЯЁA-Z][а-яёa-z]/.test(trimmed)
    ? trimmed[0]!.toLowerCase() + trimmed.slice(1)
    : trimmed;
  const gender = /[ая]$/i.test(last) ? 'f' : /[оеё]$/i.test(last) ? 'n' : 'm';
  return { name, g: (f, m, n) => (gender === 'f' ? f : gender === 'n' ? n : m) };
}

const RU_WEEKDAYS = [
  'понедельник',
  'вторник',
  'среда',
  'четверг',
  'пятница',
  'суббота',
  'воскресенье',
];

/** Russian. */
export const scheduleRu: ScheduleStrings = {
  weekdays: RU_WEEKDAYS,
  weekdaysOn: ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'],
  publishSubject: (cls, day) => `Расписание ${cls} на ${day}`,
  publishUpdatedSubject: (cls, day) => `Расписание ${cls} на ${day} (дополнено)`,
  publishIntro: (cls, day) =>
    `Уроки ${cls} класса на ${day}. Задания выполняйте в указанные сроки.`,
  lessonTitle: (period, time, subject) => `${period} урок${time ? `, ${time}` : ''} — ${subject}`,
  field: {
    teacher: 'Учитель',
    form: 'Форма',
    resource: 'Ресурс',
    topic: 'Тема',
    task: 'Задание',
    deadline: 'Срок сдачи',
    date: 'Дата',
    time: 'Время',
    status: 'Статус',
  },
  tbd: 'уточняется',
  timeTbd: 'время уточняется',
  pendingNote: 'урок ещё согласуется, подробности придут отдельным письмом',
  platforms: [
    ['sferum.ru', 'Сферум'],
    ['resh.edu.ru', 'РЭШ'],
    ['education.yandex.ru', 'Яндекс Учебник'],
    ['telemost.yandex.ru', 'Яндекс Телемост'],
    ['disk.yandex.ru', 'Яндекс Диск'],
    ['uchi.ru', 'Учи.ру'],
    ['yaklass.ru', 'ЯКласс'],
    ['skysmart.ru', 'Skysmart'],
    ['foxford.ru', 'Фоксфорд'],
    ['school.mos.ru', 'МЭШ'],
    ['myschool.edu.ru', 'Моя школа'],
    ['gosuslugi.ru', 'Госуслуги'],
    ['dnevnik.ru', 'Дневник.ру'],
    ['vk.com', 'ВКонтакте'],
    ['rutube.ru', 'Rutube'],
    ['youtube.com', 'YouTube'],
    ['youtu.be', 'YouTube'],
    ['zoom.us', 'Zoom'],
    ['meet.google.com', 'Google Meet'],
    ['classroom.google.com', 'Google Класс'],
    ['docs.google.com', 'Google Документы'],
    ['drive.google.com', 'Google Диск'],
  ],
  handInWords: /присла|присыла|отправ|сдать|сдайте|сдаём|фото|скан|загруз/i,
  handIn: 'Как сдать',
  handInText: 'сфотографируйте или сохраните работу и отправьте учителю до срока. ',
  handInButton: 'Написать учителю',
  handInSubject: (cls, subject, day) => `${cls}, ${subject}, ${day}: работа (фамилия и имя)`,
  greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  openJournal: 'Открыть журнал',
  openSchedule: 'Открыть расписание',
  notAgreedSubject: (day, count, time) =>
    `Не согласовано на ${day}: ${count} ${plural(count, 'урок', 'урока', 'уроков')} — публикация в ${time}`,
  notAgreedIntro: (day, time) =>
    `Расписание на ${day} уйдёт семьям в ${time}. Что не согласовано к этому часу, семьи увидят как «уточняется» — только время и предмет.`,
  awaitingHeading: (n) => `Ждут согласования: ${n}`,
  draftsHeading: (n) => `Черновики учителей (на согласование не отправлены): ${n}`,
  incompleteHeading: (n) => `Согласованы, но не хватает данных — семьи увидят «уточняется»: ${n}`,
  lessonLine: (cls, period, subject, teacher) => `${cls}, ${period} урок — ${subject} (${teacher})`,
  missingLine: (line, columns) => `${line}: не заполнено — ${columns}`,
  incompleteSubject: (day, count, first) =>
    count === 1
      ? `Не хватает данных урока: ${first}, ${day}`
      : `Не хватает данных в ${count} ${plural(count, 'уроке', 'уроках', 'уроках')} на ${day}`,
  incompleteIntro:
    'Урок согласован и разослан семьям, но в нём не заполнено то, что нужно для его формы. Вместо этого семьи видят «уточняется»:',
  incompleteHowTo: (sheet) =>
    `Заполните эти столбцы на листе «${sheet}»: семьи получат уведомление об изменении в течение часа.`,
  notAgreedQueued: (n) => `Список несогласованных уроков администрации: ${n}.`,
  changeSubject: (cls, days, what) => `${cls}, ${days}: ${what}`,
  changeWhat: (change, more) => {
    const { name, g } = ruSubject(change.subject);
    const first = {
      cancelled: `${name} ${g('отменена', 'отменён', 'отменено')}`,
      removed: `${name} ${g('убрана', 'убран', 'убрано')} из расписания`,
      date: `${name} ${g('перенесена', 'перенесён', 'перенесено')} на ${change.after}`,
      time: `${name}: новое время ${change.after}`,
      resource: `${name}: новая ссылка`,
      teacher: `${name}: другой учитель`,
      task: `${name}: новое задание`,
      deadline: `${name}: новый срок сдачи ${change.after}`,
    }[change.kind];
    return more > 0
      ? `${first} и ещё ${more} ${plural(more, 'изменение', 'изменения', 'изменений')}`
      : first;
  },
  changeIntro: (cls) => `В опубликованном расписании ${cls} класса произошли изменения:`,
  changeLesson: (day, period, subject) => `${day}, ${period} урок — ${subject}`,
  cancelled: 'урок отменён',
  newLink: 'новая ссылка',
  removed: 'урок убран из расписания',
  empty: '—',
  reminderSubject: (r) => {
    const body = [
      r.unjournaled > 0
        ? `журнал: ${r.unjournaled} ${plural(r.unjournaled, 'урок', 'урока', 'уроков')} без записей, ${r.from === r.to ? r.from : `${r.from} – ${r.to}`}`
        : '',
      r.drafts > 0
        ? `${r.drafts} ${plural(r.drafts, 'черновик', 'черновика', 'черновиков')} на следующую неделю`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    return r.day > 1
      ? `Повторное напоминание (${r.day}-й день): ${body}`
      : body.replace(/^./, (c) => c.toUpperCase());
  },
  reminderRepeat: (day) =>
    `Повторное напоминание: «Дистант» пишет об этом уже ${day}-й учебный день.`,
  reminderJournalIntro: (hours) =>
    `Прошло больше ${hours} ч после этих уроков, а в журнале по ним нет записей:`,
  reminderDraftIntro:
    'Эти уроки следующей недели всё ещё в статусе «черновик» — отправьте их на согласование:',
  reminderLesson: (day, cls, period, subject) => `${day}, ${cls}, ${period} урок — ${subject}`,
  reminderHowTo: (journal, schedule) =>
    `Отметки и посещаемость — на листе «${journal}», уроки — на листе «${schedule}».`,
  published: (classes, lessons, day) =>
    `Расписание на ${day} опубликовано: классов ${classes}, уроков ${lessons}.`,
  nothingToPublish: (day) => `На ${day} нет новых согласованных уроков для публикации.`,
  noSchoolDay: 'В ближайшие месяцы нет учебных дней (проверьте настройки school_days и holidays).',
  changesSent: (classes) => `Уведомления об изменениях: классов ${classes}.`,
  remindersQueued: (teachers) => `Напоминания учителям: ${teachers}.`,
};

/** English. */
export const scheduleEn: ScheduleStrings = {
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  weekdaysOn: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  publishSubject: (cls, day) => `Schedule of ${cls} for ${day}`,
  publishUpdatedSubject: (cls, day) => `Schedule of ${cls} for ${day} (updated)`,
  publishIntro: (cls, day) =>
    `Lessons of class ${cls} on ${day}. Please hand in work by the deadlines.`,
  lessonTitle: (period, time, subject) => `Period ${period}${time ? `, ${time}` : ''} — ${subject}`,
  field: {
    teacher: 'Teacher',
    form: 'Form',
    resource: 'Resource',
    topic: 'Topic',
    task: 'Task',
    deadline: 'Deadline',
    date: 'Date',
    time: 'Time',
    status: 'Status',
  },
  tbd: 'to be confirmed',
  timeTbd: 'time to be confirmed',
  pendingNote: 'the lesson is being agreed: details will follow in another letter',
  platforms: [
    ['sferum.ru', 'Sferum'],
    ['resh.edu.ru', 'RESH'],
    ['education.yandex.ru', 'Yandex Textbook'],
    ['telemost.yandex.ru', 'Yandex Telemost'],
    ['disk.yandex.ru', 'Yandex Disk'],
    ['uchi.ru', 'Uchi.ru'],
    ['yaklass.ru', 'YaKlass'],
    ['skysmart.ru', 'Skysmart'],
    ['foxford.ru', 'Foxford'],
    ['school.mos.ru', 'MESH'],
    ['myschool.edu.ru', 'My School'],
    ['gosuslugi.ru', 'Gosuslugi'],
    ['dnevnik.ru', 'Dnevnik.ru'],
    ['vk.com', 'VK'],
    ['rutube.ru', 'Rutube'],
    ['youtube.com', 'YouTube'],
    ['youtu.be', 'YouTube'],
    ['zoom.us', 'Zoom'],
    ['meet.google.com', 'Google Meet'],
    ['classroom.google.com', 'Google Classroom'],
    ['docs.google.com', 'Google Docs'],
    ['drive.google.com', 'Google Drive'],
  ],
  handInWords: /send|submit|upload|photo|scan|hand in/i,
  handIn: 'How to hand in',
  handInText: 'take a photo or save the work and send it to the teacher by the deadline. ',
  handInButton: 'Write to the teacher',
  handInSubject: (cls, subject, day) => `${cls}, ${subject}, ${day}: work (pupil's name)`,
  greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
  openJournal: 'Open the journal',
  openSchedule: 'Open the schedule',
  notAgreedSubject: (day, count, time) =>
    `Not agreed for ${day}: ${count} lesson${count === 1 ? '' : 's'} — published at ${time}`,
  notAgreedIntro: (day, time) =>
    `The schedule for ${day} goes to families at ${time}. What is not agreed by then, families see as "to be confirmed" — time and subject only.`,
  awaitingHeading: (n) => `Awaiting agreement: ${n}`,
  draftsHeading: (n) => `Teachers' drafts (not sent for agreement): ${n}`,
  incompleteHeading: (n) => `Agreed, but details missing — families see "to be confirmed": ${n}`,
  lessonLine: (cls, period, subject, teacher) =>
    `${cls}, period ${period} — ${subject} (${teacher})`,
  missingLine: (line, columns) => `${line}: missing — ${columns}`,
  incompleteSubject: (day, count, first) =>
    count === 1
      ? `Lesson details missing: ${first}, ${day}`
      : `Details missing in ${count} lessons for ${day}`,
  incompleteIntro:
    'The lesson is agreed and was sent to families, but what its form needs is not filled in. Families see "to be confirmed" instead:',
  incompleteHowTo: (sheet) =>
    `Fill in these columns on the "${sheet}" sheet: families get a change notice within the hour.`,
  notAgreedQueued: (n) => `List of lessons not agreed for the administration: ${n}.`,
  changeSubject: (cls, days, what) => `${cls}, ${days}: ${what}`,
  changeWhat: (change, more) => {
    const first = {
      cancelled: `${change.subject} cancelled`,
      removed: `${change.subject} removed from the schedule`,
      date: `${change.subject} moved to ${change.after}`,
      time: `${change.subject}: new time ${change.after}`,
      resource: `${change.subject}: new link`,
      teacher: `${change.subject}: another teacher`,
      task: `${change.subject}: new task`,
      deadline: `${change.subject}: new deadline ${change.after}`,
    }[change.kind];
    return more > 0 ? `${first} and ${more} more change${more === 1 ? '' : 's'}` : first;
  },
  changeIntro: (cls) => `The published schedule of class ${cls} has changed:`,
  changeLesson: (day, period, subject) => `${day}, period ${period} — ${subject}`,
  cancelled: 'lesson cancelled',
  newLink: 'new link',
  removed: 'lesson removed from the schedule',
  empty: '—',
  reminderSubject: (r) => {
    const body = [
      r.unjournaled > 0
        ? `journal: ${r.unjournaled} lesson${r.unjournaled === 1 ? '' : 's'} without rows, ${r.from === r.to ? r.from : `${r.from} – ${r.to}`}`
        : '',
      r.drafts > 0 ? `${r.drafts} draft${r.drafts === 1 ? '' : 's'} for next week` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return r.day > 1
      ? `Repeated reminder (day ${r.day}): ${body}`
      : body.replace(/^./, (c) => c.toUpperCase());
  },
  reminderRepeat: (day) =>
    `A repeated reminder: Distant has written about this for ${day} school days.`,
  reminderJournalIntro: (hours) =>
    `More than ${hours} h have passed since these lessons and the journal has no rows for them:`,
  reminderDraftIntro: 'These lessons of next week are still drafts — send them for agreement:',
  reminderLesson: (day, cls, period, subject) => `${day}, ${cls}, period ${period} — ${subject}`,
  reminderHowTo: (journal, schedule) =>
    `Marks and attendance go on the "${journal}" sheet, lessons on "${schedule}".`,
  published: (classes, lessons, day) =>
    `Schedule for ${day} published: ${classes} classes, ${lessons} lessons.`,
  nothingToPublish: (day) => `No new agreed lessons to publish for ${day}.`,
  noSchoolDay: 'No school days in the coming months (check the school_days and holidays settings).',
  changesSent: (classes) => `Change notices: ${classes} classes.`,
  remindersQueued: (teachers) => `Teacher reminders: ${teachers}.`,
};
