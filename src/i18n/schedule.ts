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
  readonly notAgreedSubject: (day: string, count: number) => string;
  readonly notAgreedIntro: (day: string) => string;
  readonly incompleteIntro: string;
  readonly lessonLine: (
    cls: string,
    period: number,
    subject: string,
    teacher: string,
    status: string,
  ) => string;
  readonly changeSubject: (cls: string) => string;
  readonly changeIntro: (cls: string) => string;
  readonly changeLesson: (day: string, period: number, subject: string) => string;
  readonly cancelled: string;
  readonly removed: string;
  readonly empty: string;
  readonly reminderSubject: string;
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
  notAgreedSubject: (day, count) => `Не согласовано уроков на ${day}: ${count}`,
  notAgreedIntro: (day) => `Эти уроки на ${day} ещё не согласованы и не будут опубликованы:`,
  incompleteIntro:
    'Эти согласованные уроки не опубликованы: не хватает данных для их формы (см. «Проблемы данных»):',
  lessonLine: (cls, period, subject, teacher, status) =>
    `${cls}, ${period} урок — ${subject} (${teacher}): ${status}`,
  changeSubject: (cls) => `Изменения в расписании ${cls}`,
  changeIntro: (cls) => `В опубликованном расписании ${cls} класса произошли изменения:`,
  changeLesson: (day, period, subject) => `${day}, ${period} урок — ${subject}`,
  cancelled: 'урок отменён',
  removed: 'урок убран из расписания',
  empty: '—',
  reminderSubject: '«Дистант»: напоминание о журнале и расписании',
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
  notAgreedSubject: (day, count) => `Lessons not agreed for ${day}: ${count}`,
  notAgreedIntro: (day) => `These lessons for ${day} are not agreed yet and will not be published:`,
  incompleteIntro:
    'These agreed lessons were not published: details required by their form are missing (see Data problems):',
  lessonLine: (cls, period, subject, teacher, status) =>
    `${cls}, period ${period} — ${subject} (${teacher}): ${status}`,
  changeSubject: (cls) => `Schedule changes for ${cls}`,
  changeIntro: (cls) => `The published schedule of class ${cls} has changed:`,
  changeLesson: (day, period, subject) => `${day}, period ${period} — ${subject}`,
  cancelled: 'lesson cancelled',
  removed: 'lesson removed from the schedule',
  empty: '—',
  reminderSubject: 'Distant: journal and schedule reminder',
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
