/**
 * Strings of the weekly monitoring report (instruction §4.1): the report sheet, its letter to the
 * administrators, the HTML page's charts and what the job tells the menu, in both languages.
 * Weeks are named in plain words («23–29 ноября»), never by their ISO label; a figure is written
 * as "label: number" so that no word has to agree with a number, or with the plural helper.
 */
import { pluralRu as plural } from './plural';

/** The rows of the key figures («Главное за неделю»), by key. */
export interface ReportFigureLabels {
  readonly planned: string;
  readonly held: string;
  readonly cancelled: string;
  readonly notAgreed: string;
  readonly journaled: string;
  readonly overdue: string;
  readonly marks: string;
  readonly attendance: string;
  readonly attention: string;
  readonly informed: string;
  readonly byLetter: string;
  readonly byCall: string;
  readonly notInformed: string;
  readonly parents: string;
  readonly pupils: string;
  readonly census: string;
  readonly noComputer: string;
  readonly noInternet: string;
  readonly unstable: string;
  readonly paper: string;
  readonly noCensus: string;
  readonly open: string;
  readonly overdueRequests: string;
  readonly doneThisWeek: string;
  readonly newThisWeek: string;
}

/** The sections of the report sheet, in the order they appear. */
export const REPORT_SECTIONS = [
  'actions',
  'summary',
  'teachers',
  'classes',
  'trend',
  'attention',
  'informed',
  'surveys',
  'questions',
  'access',
  'noCensus',
  'requests',
  'lessons',
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number];

/** Everything the monitoring report says. */
export interface ReportStrings {
  /** The report sheet of a week: «Отчёт 2026-W48» (the tab sorts and is found by its label). */
  readonly sheetName: (week: string) => string;
  /** The form response sheets the survey figures come from. */
  readonly surveySheets: { readonly parents: string; readonly pupils: string };
  readonly surveyNames: { readonly parents: string; readonly pupils: string };
  /** A week in plain words: «23–29 ноября», «30 ноября – 6 декабря», with the year when asked. */
  readonly weekName: (first: string, last: string, withYear: boolean) => string;
  /** The sheet's and the letter's title, with the week in plain words. */
  readonly title: (range: string) => string;
  readonly asOf: (when: string, complete: boolean) => string;
  readonly sections: Readonly<Record<ReportSectionKey, string>>;
  readonly columns: {
    readonly what: string;
    readonly count: string;
    readonly who: string;
    readonly details: string;
    readonly figure: string;
    readonly value: string;
    readonly note: string;
    readonly teacher: string;
    readonly class: string;
    readonly held: string;
    readonly journaled: string;
    readonly waiting: string;
    readonly overdue: string;
    readonly journalShare: string;
    readonly marks: string;
    readonly attendanceShare: string;
    readonly informedShare: string;
    readonly censusShare: string;
    readonly attention: string;
    readonly week: string;
    readonly satisfiedShare: string;
    readonly satisfied: string;
    readonly pupil: string;
    readonly why: string;
    readonly active: string;
    readonly byLetter: string;
    readonly byCall: string;
    readonly notInformed: string;
    readonly classTeacher: string;
    readonly survey: string;
    readonly respondents: string;
    readonly thisWeek: string;
    readonly responseShare: string;
    readonly mean: string;
    readonly question: string;
    readonly answers: string;
    readonly withRecord: string;
    readonly noComputer: string;
    readonly noInternet: string;
    readonly unstable: string;
    readonly paper: string;
    readonly noRecord: string;
    readonly id: string;
    readonly type: string;
    readonly open: string;
    readonly overdueRequests: string;
    readonly doneThisWeek: string;
    readonly newThisWeek: string;
    readonly planned: string;
    readonly cancelled: string;
    readonly notAgreed: string;
  };
  readonly figures: ReportFigureLabels;
  /** What a key figure counts, in a few words beside it. */
  readonly notes: {
    readonly held: string;
    readonly overdue: (hours: number) => string;
    readonly attendance: string;
    readonly attention: string;
    readonly informed: string;
    readonly census: string;
  };
  // «Требует действий».
  readonly todo: {
    readonly journal: string;
    readonly request: string;
    readonly informed: string;
    readonly census: string;
  };
  readonly lessonsCount: (n: number) => string;
  readonly requestDue: (id: string, due: string) => string;
  readonly familiesCount: (n: number) => string;
  readonly pupilsCount: (n: number) => string;
  readonly classAndTeacher: (cls: string, teacher: string | undefined) => string;
  readonly noAssignee: string;
  readonly lessonsOf: (cls: string, subject: string, days: string) => string;
  readonly allClear: string;
  readonly allClearDetails: string;
  readonly informedNotYet: (weekday: string) => string;
  // Cells.
  readonly total: string;
  readonly wholeSchool: string;
  readonly unknownTeacher: string;
  readonly ungraded: string;
  readonly noData: string;
  readonly none: string;
  readonly ofTotal: (part: number, whole: number, share: string) => string;
  readonly percent: (share: number) => string;
  readonly decimal: (value: number) => string;
  readonly surveyLine: (
    respondents: number,
    rate: string,
    mean: string,
    satisfied: string,
  ) => string;
  // Charts (the sheet's and the HTML page's).
  readonly charts: {
    readonly journal: string;
    readonly heatmap: string;
    /** The heat map's column names, short enough for a fifth of a phone screen. */
    readonly heatColumns: {
      readonly journal: string;
      readonly attendance: string;
      readonly informed: string;
      readonly census: string;
      readonly attention: string;
    };
    readonly trend: string;
    readonly trendSeries: {
      readonly journal: string;
      readonly attendance: string;
      readonly informed: string;
      readonly satisfied: string;
    };
    readonly table: string;
  };
  // The administrators' letter.
  readonly subject: (range: string, complete: boolean, actions: number) => string;
  readonly intro: (range: string, complete: boolean) => string;
  readonly lessonsHeading: string;
  readonly pupilsHeading: string;
  readonly informedHeading: string;
  readonly surveysHeading: string;
  readonly accessHeading: string;
  readonly requestsHeading: string;
  readonly sheetNote: (sheet: string) => string;
  readonly openSheet: string;
  // What the job tells the menu and the runner.
  readonly outcome: (range: string, sheet: string) => string;
  readonly emptyWeek: (range: string) => string;
  readonly letterQueued: string;
  readonly letterAlreadyQueued: string;
  readonly noAdmins: string;
  readonly deleted: (sheets: string) => string;
}

const percentOf = (share: number): number => Math.round(share * 100);

const MONTHS_RU = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** «23–29 ноября 2026» from two `YYYY-MM-DD` dates and the month names of a language. */
function weekNameIn(
  months: readonly string[],
  first: string,
  last: string,
  withYear: boolean,
): string {
  const day = (d: string): number => Number(d.slice(8, 10));
  const month = (d: string): string => months[Number(d.slice(5, 7)) - 1] ?? '';
  const year = (d: string): string => (withYear ? ` ${d.slice(0, 4)}` : '');
  if (first.slice(0, 4) !== last.slice(0, 4))
    return `${day(first)} ${month(first)}${year(first)} – ${day(last)} ${month(last)}${year(last)}`;
  if (first.slice(5, 7) !== last.slice(5, 7))
    return `${day(first)} ${month(first)} – ${day(last)} ${month(last)}${year(last)}`;
  return `${day(first)}–${day(last)} ${month(last)}${year(last)}`;
}

/** Russian. */
export const reportRu: ReportStrings = {
  sheetName: (week) => `Отчёт ${week}`,
  surveySheets: { parents: 'Опрос родителей', pupils: 'Опрос учащихся' },
  surveyNames: { parents: 'Родители', pupils: 'Учащиеся' },
  weekName: (first, last, withYear) => weekNameIn(MONTHS_RU, first, last, withYear),
  title: (range) => `Мониторинг дистанционного обучения за ${range}`,
  asOf: (when, complete) =>
    complete ? `Данные на ${when}` : `Данные на ${when}: неделя ещё идёт, цифры за прошедшие дни`,
  sections: {
    actions: 'Требует действий',
    summary: 'Главное за неделю',
    teachers: 'Журнал по педагогам (сначала — кто отстаёт)',
    classes: 'Классы: журнал, посещаемость, семьи, перепись',
    trend: 'Четыре недели подряд',
    attention: 'Ученики, которым нужно внимание',
    informed: 'Информирование семей по классам',
    surveys: 'Опросы: кто ответил и довольны ли',
    questions: 'Опросы по вопросам (оценки от 1 до 5)',
    access: 'Доступ к обучению по классам (перепись)',
    noCensus: 'Ученики без записи о доступе',
    requests: 'Заявки на печатные материалы и консультации',
    lessons: 'Уроки по классам',
  },
  columns: {
    what: 'Что сделать',
    count: 'Сколько',
    who: 'Кто',
    details: 'Подробности',
    figure: 'Показатель',
    value: 'Значение',
    note: 'Что это',
    teacher: 'Педагог',
    class: 'Класс',
    held: 'Прошло уроков',
    journaled: 'В журнале',
    waiting: 'Ещё в срок',
    overdue: 'Просрочено',
    journalShare: 'Журнал, %',
    marks: 'Отметок',
    attendanceShare: 'Посещаемость, %',
    informedShare: 'Семьи знают итоги, %',
    censusShare: 'Перепись, %',
    attention: 'Нужно внимание',
    week: 'Неделя',
    satisfiedShare: 'Родители довольны, %',
    satisfied: 'Довольны (4–5), %',
    pupil: 'Ученик',
    why: 'Почему',
    active: 'Учеников',
    byLetter: 'Письмом',
    byCall: 'Звонком',
    notInformed: 'Не знают',
    classTeacher: 'Классный руководитель',
    survey: 'Опрос',
    respondents: 'Ответили',
    thisWeek: 'Из них за неделю',
    responseShare: 'Отклик, %',
    mean: 'Средняя оценка',
    question: 'Вопрос',
    answers: 'Ответов',
    withRecord: 'Есть запись',
    noComputer: 'Нет компьютера',
    noInternet: 'Нет интернета',
    unstable: 'Интернет с перебоями',
    paper: 'Нужны печатные материалы',
    noRecord: 'Нет записи',
    id: 'ID',
    type: 'Заявки',
    open: 'Открыто',
    overdueRequests: 'Просрочено',
    doneThisWeek: 'Выполнено за неделю',
    newThisWeek: 'Поступило за неделю',
    planned: 'По расписанию',
    cancelled: 'Отменено',
    notAgreed: 'Не согласовано',
  },
  figures: {
    planned: 'Уроков по расписанию',
    held: 'Прошло уроков',
    cancelled: 'Отменено',
    notAgreed: 'Не согласовано',
    journaled: 'Записаны в журнал',
    overdue: 'Просрочено в журнале',
    marks: 'Отметок выставлено',
    attendance: 'Посещаемость',
    attention: 'Ученикам нужно внимание',
    informed: 'Семьи знают итоги недели',
    byLetter: 'из них письмом',
    byCall: 'из них звонком классного руководителя',
    notInformed: 'Семьи не знают итогов недели',
    parents: 'Опрос родителей',
    pupils: 'Опрос учащихся',
    census: 'Перепись доступа',
    noComputer: 'Нет компьютера',
    noInternet: 'Нет интернета',
    unstable: 'Интернет с перебоями',
    paper: 'Нужны печатные материалы',
    noCensus: 'Нет записи о доступе',
    open: 'Заявок открыто',
    overdueRequests: 'Заявок просрочено',
    doneThisWeek: 'Заявок выполнено за неделю',
    newThisWeek: 'Заявок поступило за неделю',
  },
  notes: {
    held: 'по расписанию, без отменённых и несогласованных',
    overdue: (hours) =>
      hours % 24 === 0
        ? `нет записи больше ${hours === 24 ? 'суток' : `${hours / 24} суток`} после урока`
        : `нет записи больше ${hours} ${plural(hours, 'часа', 'часов', 'часов')} после урока`,
    attendance: 'доля отметок «был» среди всех отметок о посещении',
    attention: 'пропуски без причины, двойки, несданные работы',
    informed: 'письмом или звонком классного руководителя',
    census: 'у скольких учеников есть запись на листе «Доступ»',
  },
  todo: {
    journal: 'Заполнить журнал',
    request: 'Выполнить просроченные заявки',
    informed: 'Сообщить семьям итоги недели',
    census: 'Провести перепись доступа (нет записи на листе «Доступ»)',
  },
  lessonsCount: (n) => `${n} ${plural(n, 'урок', 'урока', 'уроков')}`,
  requestDue: (id, due) => `${id}, срок был ${due}`,
  familiesCount: (n) => `${n} ${plural(n, 'семья', 'семьи', 'семей')}`,
  pupilsCount: (n) => `${n} ${plural(n, 'ученик', 'ученика', 'учеников')}`,
  classAndTeacher: (cls, teacher) =>
    teacher ? `${cls}, кл. рук. ${teacher}` : `${cls}, кл. руководитель не указан`,
  noAssignee: 'ответственный не назначен',
  lessonsOf: (cls, subject, days) => `${cls} ${subject}: ${days}`,
  allClear: 'Всё в порядке',
  allClearDetails:
    'Журнал заполнен вовремя, просроченных заявок нет, перепись доступа и информирование семей полные.',
  informedNotYet: (weekday) => `письма семьям уходят в ${weekday}`,
  total: 'Итого',
  wholeSchool: 'Вся школа',
  unknownTeacher: 'не указан',
  ungraded: 'без отметок',
  noData: 'нет данных',
  none: 'нет',
  ofTotal: (part, whole, share) => `${part} из ${whole} (${share})`,
  percent: (share) => `${percentOf(share)} %`,
  decimal: (value) => value.toFixed(1).replace('.', ','),
  surveyLine: (respondents, rate, mean, satisfied) =>
    `ответили ${respondents} (${rate}), довольны ${satisfied}, средняя оценка ${mean}`,
  charts: {
    journal: 'Журнал по педагогам: уроки в журнале, ещё в срок и просроченные',
    heatmap:
      'Доли в процентах: чем зеленее, тем лучше; «Внимание» — сколько учеников требуют внимания',
    heatColumns: {
      journal: 'Журнал',
      attendance: 'Посещение',
      informed: 'Семьи',
      census: 'Перепись',
      attention: 'Внимание',
    },
    trend: 'Главные доли в процентах, неделя за неделей',
    trendSeries: {
      journal: 'Журнал',
      attendance: 'Посещаемость',
      informed: 'Семьи знают итоги',
      satisfied: 'Родители довольны',
    },
    table: 'Таблица',
  },
  subject: (range, complete, actions) =>
    `Мониторинг за ${range}${complete ? '' : ' (промежуточный)'}: ${
      actions === 0 ? 'всё в порядке' : `требует действий — ${actions}`
    }`,
  intro: (range, complete) =>
    complete
      ? `Еженедельный мониторинг дистанционного обучения за ${range}. Сначала — что требует действий, дальше — главные цифры.`
      : `Промежуточный мониторинг за ${range}: неделя ещё идёт, цифры — за прошедшие дни. Итоговый отчёт придёт после окончания недели.`,
  lessonsHeading: 'Уроки и журнал',
  pupilsHeading: 'Ученики',
  informedHeading: 'Семьи',
  surveysHeading: 'Опросы',
  accessHeading: 'Доступ к обучению',
  requestsHeading: 'Заявки',
  sheetNote: (sheet) =>
    `Графики и таблицы по педагогам, классам, ученикам, опросам и заявкам — на листе «${sheet}».`,
  openSheet: 'Открыть таблицу',
  outcome: (range, sheet) => `Отчёт мониторинга за ${range} записан на лист «${sheet}».`,
  emptyWeek: (range) =>
    `За ${range} в расписании и журнале нет ни одного урока (каникулы?): отчёт не построен.`,
  letterQueued: 'Письмо с отчётом поставлено в очередь администраторам.',
  letterAlreadyQueued: 'Письмо с этим отчётом уже было в очереди и не повторено.',
  noAdmins: 'Не указаны admin_emails: письмо с отчётом некому отправить.',
  deleted: (sheets) => `Удалены старые отчёты (старше archive_weeks): ${sheets}.`,
};

/** English. */
export const reportEn: ReportStrings = {
  sheetName: (week) => `Report ${week}`,
  surveySheets: { parents: 'Parent survey', pupils: 'Pupil survey' },
  surveyNames: { parents: 'Parents', pupils: 'Pupils' },
  weekName: (first, last, withYear) => weekNameIn(MONTHS_EN, first, last, withYear),
  title: (range) => `Distance learning monitoring, ${range}`,
  asOf: (when, complete) =>
    complete
      ? `Figures as of ${when}`
      : `Figures as of ${when}: the week is not over, figures for the days so far`,
  sections: {
    actions: 'Needs action',
    summary: 'The week in brief',
    teachers: 'Journal by teacher (who is behind first)',
    classes: 'Classes: journal, attendance, families, census',
    trend: 'Four weeks in a row',
    attention: 'Pupils who need attention',
    informed: 'Families informed, by class',
    surveys: 'Surveys: who answered and are they satisfied',
    questions: 'Surveys by question (scores 1 to 5)',
    access: 'Access to learning by class (census)',
    noCensus: 'Pupils without an access row',
    requests: 'Requests for paper materials and consultations',
    lessons: 'Lessons by class',
  },
  columns: {
    what: 'To do',
    count: 'How many',
    who: 'Who',
    details: 'Details',
    figure: 'Figure',
    value: 'Value',
    note: 'What it counts',
    teacher: 'Teacher',
    class: 'Class',
    held: 'Lessons held',
    journaled: 'In the journal',
    waiting: 'Still in time',
    overdue: 'Overdue',
    journalShare: 'Journal, %',
    marks: 'Marks',
    attendanceShare: 'Attendance, %',
    informedShare: 'Families informed, %',
    censusShare: 'Census, %',
    attention: 'Need attention',
    week: 'Week',
    satisfiedShare: 'Parents satisfied, %',
    satisfied: 'Satisfied (4–5), %',
    pupil: 'Pupil',
    why: 'Why',
    active: 'Pupils',
    byLetter: 'By letter',
    byCall: 'By call',
    notInformed: 'Not informed',
    classTeacher: 'Class teacher',
    survey: 'Survey',
    respondents: 'Answered',
    thisWeek: 'Of them this week',
    responseShare: 'Response, %',
    mean: 'Mean score',
    question: 'Question',
    answers: 'Answers',
    withRecord: 'With a row',
    noComputer: 'No computer',
    noInternet: 'No internet',
    unstable: 'Unstable internet',
    paper: 'Needs paper materials',
    noRecord: 'No row',
    id: 'ID',
    type: 'Requests',
    open: 'Open',
    overdueRequests: 'Overdue',
    doneThisWeek: 'Done this week',
    newThisWeek: 'New this week',
    planned: 'Scheduled',
    cancelled: 'Cancelled',
    notAgreed: 'Not agreed',
  },
  figures: {
    planned: 'Lessons scheduled',
    held: 'Lessons held',
    cancelled: 'Cancelled',
    notAgreed: 'Not agreed',
    journaled: 'In the journal',
    overdue: 'Overdue in the journal',
    marks: 'Marks posted',
    attendance: 'Attendance',
    attention: 'Pupils who need attention',
    informed: 'Families know the week’s results',
    byLetter: 'of them by letter',
    byCall: 'of them by the class teacher’s call',
    notInformed: 'Families not informed',
    parents: 'Parent survey',
    pupils: 'Pupil survey',
    census: 'Access census',
    noComputer: 'No computer',
    noInternet: 'No internet',
    unstable: 'Unstable internet',
    paper: 'Needs paper materials',
    noCensus: 'No access row',
    open: 'Requests open',
    overdueRequests: 'Requests overdue',
    doneThisWeek: 'Requests done this week',
    newThisWeek: 'Requests received this week',
  },
  notes: {
    held: 'as scheduled, without cancelled and not agreed ones',
    overdue: (hours) => `no row more than ${hours} hours after the lesson`,
    attendance: 'share of «present» among all attendance entries',
    attention: 'unexcused absences, failing marks, work not handed in',
    informed: 'by letter or by the class teacher’s call',
    census: 'pupils with a row on the Access sheet',
  },
  todo: {
    journal: 'Fill in the journal',
    request: 'Complete overdue requests',
    informed: 'Tell families the week’s results',
    census: 'Take the access census (no row on the Access sheet)',
  },
  lessonsCount: (n) => `${n} lesson${n === 1 ? '' : 's'}`,
  requestDue: (id, due) => `${id}, was due ${due}`,
  familiesCount: (n) => `${n} famil${n === 1 ? 'y' : 'ies'}`,
  pupilsCount: (n) => `${n} pupil${n === 1 ? '' : 's'}`,
  classAndTeacher: (cls, teacher) =>
    teacher ? `${cls}, class teacher ${teacher}` : `${cls}, no class teacher given`,
  noAssignee: 'nobody assigned',
  lessonsOf: (cls, subject, days) => `${cls} ${subject}: ${days}`,
  allClear: 'All in order',
  allClearDetails:
    'The journal is up to date, no request is overdue, the access census and the families’ letters are complete.',
  informedNotYet: (weekday) => `family letters go out on ${weekday}`,
  total: 'Total',
  wholeSchool: 'Whole school',
  unknownTeacher: 'not given',
  ungraded: 'no marks',
  noData: 'no data',
  none: 'none',
  ofTotal: (part, whole, share) => `${part} of ${whole} (${share})`,
  percent: (share) => `${percentOf(share)}%`,
  decimal: (value) => value.toFixed(1),
  surveyLine: (respondents, rate, mean, satisfied) =>
    `${respondents} answered (${rate}), ${satisfied} satisfied, mean score ${mean}`,
  charts: {
    journal: 'Journal by teacher: lessons in the journal, still in time and overdue',
    heatmap: 'Shares in percent: the greener the better; “Attention” — how many pupils need it',
    heatColumns: {
      journal: 'Journal',
      attendance: 'Attended',
      informed: 'Families',
      census: 'Census',
      attention: 'Attention',
    },
    trend: 'The key shares in percent, week by week',
    trendSeries: {
      journal: 'Journal',
      attendance: 'Attendance',
      informed: 'Families informed',
      satisfied: 'Parents satisfied',
    },
    table: 'Table',
  },
  subject: (range, complete, actions) =>
    `Monitoring, ${range}${complete ? '' : ' (interim)'}: ${
      actions === 0 ? 'all in order' : `${actions} need${actions === 1 ? 's' : ''} action`
    }`,
  intro: (range, complete) =>
    complete
      ? `The weekly monitoring of distance learning for ${range}. First what needs action, then the key figures.`
      : `Interim monitoring for ${range}: the week is not over and the figures cover the days so far. The final report follows when the week ends.`,
  lessonsHeading: 'Lessons and journal',
  pupilsHeading: 'Pupils',
  informedHeading: 'Families',
  surveysHeading: 'Surveys',
  accessHeading: 'Access to learning',
  requestsHeading: 'Requests',
  sheetNote: (sheet) =>
    `Charts and tables by teacher, class, pupil, survey and request are on the sheet "${sheet}".`,
  openSheet: 'Open the spreadsheet',
  outcome: (range, sheet) => `The monitoring report for ${range} is on the sheet "${sheet}".`,
  emptyWeek: (range) =>
    `The schedule and the journal have no lesson in ${range} (a holiday?): no report was built.`,
  letterQueued: 'The report letter to the administrators is queued.',
  letterAlreadyQueued: 'The letter with this report was already queued and is not repeated.',
  noAdmins: 'admin_emails is empty: there is nobody to mail the report to.',
  deleted: (sheets) => `Old reports removed (older than archive_weeks): ${sheets}.`,
};
