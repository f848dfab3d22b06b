import { pluralRu as plural } from './plural';

/**
 * Strings of the weekly family letters, the class teachers' digests and the «Информирование»
 * sheet, in both languages (kept apart so each capability owns its file). Dates and marks
 * arrive already formatted; these functions only put words around them.
 */
export interface SummaryStrings {
  // The family letter.
  /** «23–27 ноября», «30 ноября – 4 декабря»: the week's school days as people say them. */
  readonly week: (
    first: { day: number; month: number },
    last: { day: number; month: number },
  ) => string;
  readonly subject: (names: readonly string[], week: string) => string;
  readonly title: (week: string) => string;
  /** The first screen: one line per child. */
  readonly status: {
    readonly fine: string;
    readonly noRecords: string;
    readonly overdue: (count: number) => string;
    readonly absent: (count: number) => string;
    readonly low: (subjects: string) => string;
    readonly fail: (subjects: string) => string;
  };
  readonly child: (name: string, cls: string) => string;
  readonly noRecords: string;
  readonly lessons: string;
  readonly attended: (attended: number, lessons: number) => string;
  readonly absentUnexcused: string;
  readonly absentExcused: string;
  readonly dayAndSubject: (day: string, subject: string) => string;
  readonly marksHeading: string;
  readonly marksHead: readonly [string, string, string];
  readonly termLabel: string;
  /** The kind of work as the marks table prints it under a mark: short enough for a phone. */
  readonly shortKind: (kind: string) => string;
  readonly noMarks: string;
  readonly ungraded: string;
  readonly average: (value: number) => string;
  readonly overdueHeading: (count: number) => string;
  readonly pendingHeading: (count: number) => string;
  readonly workItem: (day: string, subject: string, kind: string) => string;
  readonly workDetails: (task: string, deadline: string) => string;
  readonly commentsHeading: string;
  readonly comment: (day: string, subject: string, text: string) => string;
  readonly deadlinesHeading: string;
  readonly noDeadlines: string;
  readonly deadline: (day: string, subject: string, task: string) => string;
  readonly classTeacher: string;
  /** Next steps. */
  readonly nextHeading: string;
  readonly requestFor: (name: string) => string;
  readonly requestByPhone: string;
  readonly surveyLead: string;
  readonly surveyButton: string;
  readonly replyLead: (classTeachers: number) => string;
  readonly replyTeacher: (teacher: string, child: string) => string;
  readonly replySubject: (child: string, week: string) => string;
  // Why a pupil needs attention: the family letter and the digest say it the same way.
  readonly reasons: {
    readonly absent: (count: number, days: string) => string;
    readonly lowMark: (subjects: string) => string;
    readonly fail: (subjects: string) => string;
    readonly work: (count: number, subjects: string) => string;
  };
  // The class teacher's digest.
  readonly digestSubject: (cls: string, week: string) => string;
  readonly digestTitle: (cls: string, week: string) => string;
  readonly digestInformed: (informed: number, pupils: number) => string;
  readonly digestToCall: (count: number) => string;
  readonly digestAttention: (count: number) => string;
  readonly digestCalm: string;
  readonly toCallHeading: string;
  readonly toCallHint: (phones: string) => string;
  readonly callGuardian: (name: string) => string;
  readonly guardianUnnamed: string;
  readonly noPhone: string;
  readonly attentionHeading: string;
  readonly attentionHint: string;
  readonly pupilRef: (name: string, id: string) => string;
  // The «Информирование» sheet: how a pupil's family was informed.
  readonly method: { readonly mail: string; readonly call: string };
  // What the job tells the menu and the runner.
  readonly outcome: (queued: number, letters: number, digests: number, toCall: number) => string;
  readonly alreadyQueued: (count: number) => string;
  readonly noClassTeacher: (classes: string) => string;
  readonly notRecorded: (mode: string) => string;
  readonly recorded: (rows: number, sheet: string) => string;
  readonly noSchoolDays: (week: string) => string;
}

const RU_MONTHS = [
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
const works = (n: number): string => `${n} ${plural(n, 'работа', 'работы', 'работ')}`;
const ruList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]!}`;

/** Russian. */
export const summaryRu: SummaryStrings = {
  week: (first, last) =>
    first.month === last.month
      ? first.day === last.day
        ? `${first.day} ${RU_MONTHS[first.month - 1]!}`
        : `${first.day}–${last.day} ${RU_MONTHS[last.month - 1]!}`
      : `${first.day} ${RU_MONTHS[first.month - 1]!} – ${last.day} ${RU_MONTHS[last.month - 1]!}`,
  subject: (names, week) => `${ruList(names)}: итоги недели ${week}`,
  title: (week) => `Итоги недели ${week}`,
  status: {
    fine: 'всё в порядке',
    noRecords: 'в журнале нет записей за неделю',
    overdue: (n) => `${works(n)} ${plural(n, 'просрочена', 'просрочены', 'просрочено')}`,
    absent: (n) => `${n} ${plural(n, 'пропуск', 'пропуска', 'пропусков')} без уважительной причины`,
    low: (subjects) => `двойка: ${subjects}`,
    fail: (subjects) => `незачёт: ${subjects}`,
  },
  child: (name, cls) => `${name}, ${cls}`,
  noRecords: 'За эту неделю в журнале нет записей.',
  lessons: 'Уроки',
  attended: (attended, lessons) => `посещено ${attended} из ${lessons}`,
  absentUnexcused: 'Пропуски без уважительной причины',
  absentExcused: 'Пропуски по уважительной причине',
  dayAndSubject: (day, subject) => `${day} ${subject}`,
  marksHeading: 'Отметки за неделю',
  marksHead: ['Предмет', 'Отметки', 'Четверть'],
  termLabel: 'за четверть',
  // «Контрольная работа» → «контрольная», as diaries say; other kinds as the teacher wrote them.
  shortKind: (kind) => kind.replace(/^(\S+(?:ая|ое))\s+(?:работа|задание)$/iu, '$1'),
  noMarks: 'Отметок за неделю нет.',
  ungraded:
    'В 1 классе отметки не ставятся (безотметочное обучение): об успехах ребёнка расскажет учитель.',
  average: (value) => String(Number(value.toFixed(1))).replace('.', ','),
  overdueHeading: (n) => `Просрочено: ${works(n)}`,
  pendingHeading: (n) => `Не сдано, но срок ещё не прошёл: ${works(n)}`,
  workItem: (day, subject, kind) => `${day} ${subject}${kind ? `, ${kind}` : ''}`,
  workDetails: (task, deadline) =>
    [task, deadline ? `срок ${deadline}` : ''].filter(Boolean).join(' · '),
  commentsHeading: 'Комментарии учителей',
  comment: (day, subject, text) => `${subject}, ${day}: «${text}»`,
  deadlinesHeading: 'Сроки сдачи на следующей неделе',
  noDeadlines: 'Сроков сдачи на следующую неделю в расписании пока нет.',
  deadline: (day, subject, task) => `${day} — ${subject}${task ? `: ${task}` : ''}`,
  classTeacher: 'Классный руководитель',
  nextHeading: 'Если нужна помощь',
  requestFor: (name) => `Заявка: ${name}`,
  requestByPhone:
    'Нужна консультация учителя или задания на бумаге? Позвоните на горячую линию или напишите на почту школы (контакты ниже).',
  surveyLead: 'Как идёт дистанционное обучение? Ответьте на короткий опрос — 2 минуты.',
  surveyButton: 'Пройти опрос',
  replyLead: (n) =>
    n === 1
      ? 'Вопросы об учёбе — классному руководителю: просто ответьте на это письмо.'
      : 'Вопросы об учёбе — классному руководителю ребёнка:',
  replyTeacher: (teacher, child) => `${child} — ${teacher}`,
  replySubject: (child, week) => `Вопрос: ${child}, неделя ${week}`,
  reasons: {
    absent: (count, days) =>
      `${count} ${plural(count, 'пропуск', 'пропуска', 'пропусков')} без уважительной причины (${days})`,
    lowMark: (subjects) => `двойка: ${subjects}`,
    fail: (subjects) => `незачёт: ${subjects}`,
    work: (count, subjects) =>
      `${works(count)} ${plural(count, 'просрочена', 'просрочены', 'просрочено')}: ${subjects}`,
  },
  digestSubject: (cls, week) => `${cls}: итоги недели ${week} для классного руководителя`,
  digestTitle: (cls, week) => `${cls}: итоги недели ${week}`,
  digestInformed: (informed, pupils) =>
    `Письма с итогами получили семьи ${informed} из ${pupils} ${plural(pupils, 'ученика', 'учеников', 'учеников')}`,
  digestToCall: (n) =>
    `Позвонить: ${n} ${plural(n, 'семья', 'семьи', 'семей')} без электронной почты`,
  digestAttention: (n) => `Требуют внимания: ${n} ${plural(n, 'ученик', 'ученика', 'учеников')}`,
  digestCalm: 'Никто не требует особого внимания',
  toCallHeading: 'Позвонить: у родителей нет электронной почты',
  toCallHint: (phones) =>
    `Расскажите об итогах недели по телефону. Если у ребёнка нет интернета, напомните, что школа выдаёт задания на бумаге по заявке${phones ? ` через горячую линию (${phones})` : ''}.`,
  callGuardian: (name) => `${name}: `,
  guardianUnnamed: 'родитель',
  noPhone: 'телефон не указан — уточните в школе',
  attentionHeading: 'Требуют внимания',
  attentionHint: 'Сначала — те, у кого больше двоек, просроченных работ и пропусков.',
  pupilRef: (name, id) => (name ? `${name} (${id})` : id),
  method: { mail: 'письмо', call: 'звонок' },
  outcome: (queued, letters, digests, toCall) =>
    `Итоги недели: писем семьям — ${letters}, сводок классным руководителям — ${digests}, новых в очереди — ${queued}. Семей без почты, которым позвонят классные руководители: ${toCall}.`,
  alreadyQueued: (count) => `Уже были в очереди за эту неделю и не повторены: ${count}.`,
  noClassTeacher: (classes) =>
    `Не указан классный руководитель (лист «Классы»), сводка не отправлена: ${classes}.`,
  notRecorded: (mode) =>
    `Режим писем «${mode}»: семьям ничего не ушло, поэтому информирование не записано.`,
  recorded: (rows, sheet) => `На лист «${sheet}» записано строк: ${rows}.`,
  noSchoolDays: (week) => `На неделе ${week} нет учебных дней: письма семьям не отправляются.`,
};

const s = (n: number): string => (n === 1 ? '' : 's');
const EN_MONTHS = [
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
const enList = (items: readonly string[]): string =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;

/** English. */
export const summaryEn: SummaryStrings = {
  week: (first, last) =>
    first.month === last.month
      ? first.day === last.day
        ? `${first.day} ${EN_MONTHS[first.month - 1]!}`
        : `${first.day}–${last.day} ${EN_MONTHS[last.month - 1]!}`
      : `${first.day} ${EN_MONTHS[first.month - 1]!} – ${last.day} ${EN_MONTHS[last.month - 1]!}`,
  subject: (names, week) => `${enList(names)}: the week of ${week}`,
  title: (week) => `The week of ${week}`,
  status: {
    fine: 'all is well',
    noRecords: 'no journal entries this week',
    overdue: (n) => `${n} piece${s(n)} of work overdue`,
    absent: (n) => `${n} absence${s(n)} without a valid reason`,
    low: (subjects) => `a failing mark: ${subjects}`,
    fail: (subjects) => `a "fail": ${subjects}`,
  },
  child: (name, cls) => `${name}, ${cls}`,
  noRecords: 'The journal has no entries for this week.',
  lessons: 'Lessons',
  attended: (attended, lessons) => `attended ${attended} of ${lessons}`,
  absentUnexcused: 'Absences without a valid reason',
  absentExcused: 'Excused absences',
  dayAndSubject: (day, subject) => `${day} ${subject}`,
  marksHeading: 'Marks this week',
  marksHead: ['Subject', 'Marks', 'Term'],
  termLabel: 'term average',
  shortKind: (kind) => kind,
  noMarks: 'No marks this week.',
  ungraded: 'Year 1 is taught without marks; the teacher will tell you how your child is doing.',
  average: (value) => String(Number(value.toFixed(1))),
  overdueHeading: (n) => `Overdue: ${n} piece${s(n)} of work`,
  pendingHeading: (n) => `Not handed in, not yet due: ${n} piece${s(n)} of work`,
  workItem: (day, subject, kind) => `${day} ${subject}${kind ? `, ${kind}` : ''}`,
  workDetails: (task, deadline) =>
    [task, deadline ? `due ${deadline}` : ''].filter(Boolean).join(' · '),
  commentsHeading: "Teachers' comments",
  comment: (day, subject, text) => `${subject}, ${day}: "${text}"`,
  deadlinesHeading: 'Deadlines next week',
  noDeadlines: 'The schedule has no deadlines for next week yet.',
  deadline: (day, subject, task) => `${day} — ${subject}${task ? `: ${task}` : ''}`,
  classTeacher: 'Class teacher',
  nextHeading: 'If you need help',
  requestFor: (name) => `Request: ${name}`,
  requestByPhone:
    'Need a teacher’s consultation or paper materials? Call the hotline or write to the school (contacts below).',
  surveyLead: 'How is distance learning going? Answer a short survey — 2 minutes.',
  surveyButton: 'Take the survey',
  replyLead: (n) =>
    n === 1
      ? 'Questions about school work go to the class teacher: just reply to this letter.'
      : 'Questions about school work go to each child’s class teacher:',
  replyTeacher: (teacher, child) => `${child} — ${teacher}`,
  replySubject: (child, week) => `Question: ${child}, the week of ${week}`,
  reasons: {
    absent: (count, days) => `${count} absence${s(count)} without a valid reason (${days})`,
    lowMark: (subjects) => `a failing mark: ${subjects}`,
    fail: (subjects) => `a "fail": ${subjects}`,
    work: (count, subjects) => `${count} piece${s(count)} of work overdue: ${subjects}`,
  },
  digestSubject: (cls, week) => `${cls}: the week of ${week} for the class teacher`,
  digestTitle: (cls, week) => `${cls}: the week of ${week}`,
  digestInformed: (informed, pupils) =>
    `Weekly letters reached the families of ${informed} of ${pupils} pupil${s(pupils)}`,
  digestToCall: (n) => `To call: ${n} famil${n === 1 ? 'y' : 'ies'} without e-mail`,
  digestAttention: (n) => `Needing attention: ${n} pupil${s(n)}`,
  digestCalm: 'Nobody needs special attention',
  toCallHeading: 'To call: the parents have no e-mail',
  toCallHint: (phones) =>
    `Tell them about the week by phone. If the child has no internet, remind them that the school gives out paper materials on request${phones ? ` through the hotline (${phones})` : ''}.`,
  callGuardian: (name) => `${name}: `,
  guardianUnnamed: 'parent',
  noPhone: 'no phone on file — ask the school office',
  attentionHeading: 'Pupils needing attention',
  attentionHint: 'Most urgent first: failing marks, overdue work, absences.',
  pupilRef: (name, id) => (name ? `${name} (${id})` : id),
  method: { mail: 'letter', call: 'call' },
  outcome: (queued, letters, digests, toCall) =>
    `Weekly results: ${letters} family letter${s(letters)}, ${digests} class teacher digest${s(digests)}, ${queued} newly queued. Families without e-mail for the class teachers to call: ${toCall}.`,
  alreadyQueued: (count) => `Already queued this week and not repeated: ${count}.`,
  noClassTeacher: (classes) =>
    `No class teacher on the Classes sheet, so no digest was sent: ${classes}.`,
  notRecorded: (mode) =>
    `Mail mode "${mode}": nothing reached the families, so informing was not recorded.`,
  recorded: (rows, sheet) => `Rows written to "${sheet}": ${rows}.`,
  noSchoolDays: (week) => `The week ${week} has no school days: no family letters are sent.`,
};
