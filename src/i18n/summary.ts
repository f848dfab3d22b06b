import { pluralRu as plural } from './plural';

/**
 * Strings of the weekly family letters, the class teachers' digests and the «Информирование»
 * sheet, in both languages (kept apart so each capability owns its file). Dates and marks
 * arrive already formatted; these functions only put words around them.
 */
export interface SummaryStrings {
  // The family letter.
  readonly subject: (range: string, names: string) => string;
  readonly title: (range: string) => string;
  readonly intro: (range: string) => string;
  readonly child: (name: string, cls: string) => string;
  readonly noRecords: string;
  readonly lessons: string;
  readonly attended: (attended: number, lessons: number) => string;
  readonly absentUnexcused: string;
  readonly absentExcused: string;
  readonly dayAndSubject: (day: string, subject: string) => string;
  readonly marksHeading: string;
  readonly noMarks: string;
  readonly markWhen: (mark: string, day: string, kind: string) => string;
  readonly subjectMarks: (subject: string, marks: string, average: string) => string;
  readonly average: (value: number) => string;
  readonly workHeading: string;
  readonly workItem: (day: string, subject: string, kind: string, state: string) => string;
  readonly workTask: (task: string, deadline: string) => string;
  readonly commentsHeading: string;
  readonly comment: (day: string, subject: string, text: string) => string;
  readonly deadlinesHeading: string;
  readonly noDeadlines: string;
  readonly deadline: (day: string, subject: string, task: string) => string;
  readonly attention: string;
  readonly classTeacher: string;
  readonly replyHint: string;
  // Why a pupil needs attention: the family letter and the digest say it the same way.
  readonly reasons: {
    readonly absent: (count: number, days: string) => string;
    readonly lowMark: (subjects: string) => string;
    readonly fail: (subjects: string) => string;
    readonly work: (count: number) => string;
  };
  // The class teacher's digest.
  readonly digestSubject: (cls: string, range: string) => string;
  readonly digestTitle: (cls: string, range: string) => string;
  readonly digestIntro: (informed: number, pupils: number, toCall: number) => string;
  readonly informedHeading: string;
  readonly toCallHeading: string;
  readonly toCallHint: string;
  readonly callGuardian: (name: string, phone: string) => string;
  readonly guardianUnnamed: string;
  readonly noPhone: string;
  readonly attentionHeading: string;
  readonly pupilRef: (name: string, id: string) => string;
  readonly pupilLine: (pupil: string, details: string) => string;
  readonly none: string;
  // The «Информирование» sheet: how a pupil's family was informed.
  readonly method: { readonly mail: string; readonly call: string };
  // What the job tells the menu and the runner.
  readonly outcome: (queued: number, letters: number, digests: number, toCall: number) => string;
  readonly alreadyQueued: (count: number) => string;
  readonly noClassTeacher: (classes: string) => string;
  readonly notRecorded: (mode: string) => string;
  readonly recorded: (rows: number, sheet: string) => string;
}

/** Russian. */
export const summaryRu: SummaryStrings = {
  subject: (range, names) => `Итоги учебной недели ${range}: ${names}`,
  title: (range) => `Итоги учебной недели ${range}`,
  intro: (range) =>
    `Здравствуйте! Школа сообщает, как прошла учебная неделя ${range}: посещение, отметки, несданные работы, комментарии учителей и сроки сдачи на следующей неделе.`,
  child: (name, cls) => `${name}, ${cls} класс`,
  noRecords: 'За эту неделю в журнале нет записей.',
  lessons: 'Уроки',
  attended: (attended, lessons) => `посещено ${attended} из ${lessons}`,
  absentUnexcused: 'Пропуски без уважительной причины',
  absentExcused: 'Пропуски по уважительной причине',
  dayAndSubject: (day, subject) => `${day} ${subject}`,
  marksHeading: 'Отметки',
  noMarks: 'Отметок за неделю нет.',
  markWhen: (mark, day, kind) => `${mark} (${day}${kind ? `, ${kind}` : ''})`,
  subjectMarks: (subject, marks, average) => `${subject}: ${marks}${average ? `; ${average}` : ''}`,
  average: (value) => `средний балл ${String(Number(value.toFixed(2))).replace('.', ',')}`,
  workHeading: 'Работы не сданы',
  workItem: (day, subject, kind, state) => `${day} ${subject}${kind ? `, ${kind}` : ''} — ${state}`,
  workTask: (task, deadline) =>
    `${task ? `задание: ${task}` : ''}${task && deadline ? '; ' : ''}${deadline ? `срок ${deadline}` : ''}`,
  commentsHeading: 'Комментарии учителей',
  comment: (day, subject, text) => `${subject}, ${day}: «${text}»`,
  deadlinesHeading: 'Сроки сдачи на следующей неделе',
  noDeadlines: 'Сроков сдачи на следующую неделю в расписании пока нет.',
  deadline: (day, subject, task) => `${day} — ${subject}${task ? `: ${task}` : ''}`,
  attention: 'Обратите внимание',
  classTeacher: 'Классный руководитель',
  replyHint:
    'Вопросы по успеваемости можно задать, ответив на это письмо: ответ получит классный руководитель.',
  reasons: {
    absent: (count, days) =>
      `${count} ${plural(count, 'пропуск', 'пропуска', 'пропусков')} без уважительной причины (${days})`,
    lowMark: (subjects) => `неудовлетворительная отметка: ${subjects}`,
    fail: (subjects) => `незачёт: ${subjects}`,
    work: (count) =>
      `${count} ${plural(count, 'работа не сдана', 'работы не сданы', 'работ не сдано')} или ${plural(count, 'просрочена', 'просрочены', 'просрочено')}`,
  },
  digestSubject: (cls, range) => `${cls}: итоги недели ${range} для классного руководителя`,
  digestTitle: (cls, range) => `${cls} класс: итоги недели ${range}`,
  digestIntro: (informed, pupils, toCall) =>
    `Письма с итогами недели отправлены семьям ${informed} из ${pupils} ${plural(pupils, 'ученика', 'учеников', 'учеников')} класса. ${toCall > 0 ? `Без электронной почты: ${toCall} ${plural(toCall, 'семья', 'семьи', 'семей')} — ${toCall === 1 ? 'ей' : 'им'} нужно позвонить.` : 'Все семьи класса получают письма.'}`,
  informedHeading: 'Письма получили семьи учеников',
  toCallHeading: 'Позвонить: у родителей нет электронной почты',
  toCallHint:
    'Расскажите об итогах недели по телефону. Если у ребёнка нет интернета, напомните, что школа выдаёт задания на бумаге по заявке через горячую линию.',
  callGuardian: (name, phone) => `${name}: ${phone}`,
  guardianUnnamed: 'родитель',
  noPhone: 'телефон не указан — уточните в школе',
  attentionHeading: 'Требуют внимания',
  pupilRef: (name, id) => (name ? `${name} (${id})` : id),
  pupilLine: (pupil, details) => `${pupil} — ${details}`,
  none: 'Нет.',
  method: { mail: 'письмо', call: 'звонок' },
  outcome: (queued, letters, digests, toCall) =>
    `Итоги недели: писем семьям — ${letters}, сводок классным руководителям — ${digests}, новых в очереди — ${queued}. Семей без почты, которым позвонят классные руководители: ${toCall}.`,
  alreadyQueued: (count) => `Уже были в очереди за эту неделю и не повторены: ${count}.`,
  noClassTeacher: (classes) =>
    `Не указан классный руководитель (лист «Классы»), сводка не отправлена: ${classes}.`,
  notRecorded: (mode) =>
    `Режим писем ${mode}: семьям ничего не ушло, поэтому информирование не записано.`,
  recorded: (rows, sheet) => `На лист «${sheet}» записано строк: ${rows}.`,
};

const s = (n: number): string => (n === 1 ? '' : 's');

/** English. */
export const summaryEn: SummaryStrings = {
  subject: (range, names) => `School week ${range}: ${names}`,
  title: (range) => `School week ${range}`,
  intro: (range) =>
    `Hello! Here is how the school week ${range} went: attendance, marks, work not handed in, teachers' comments and next week's deadlines.`,
  child: (name, cls) => `${name}, class ${cls}`,
  noRecords: 'The journal has no entries for this week.',
  lessons: 'Lessons',
  attended: (attended, lessons) => `attended ${attended} of ${lessons}`,
  absentUnexcused: 'Absences without a valid reason',
  absentExcused: 'Excused absences',
  dayAndSubject: (day, subject) => `${day} ${subject}`,
  marksHeading: 'Marks',
  noMarks: 'No marks this week.',
  markWhen: (mark, day, kind) => `${mark} (${day}${kind ? `, ${kind}` : ''})`,
  subjectMarks: (subject, marks, average) => `${subject}: ${marks}${average ? `; ${average}` : ''}`,
  average: (value) => `average ${String(Number(value.toFixed(2)))}`,
  workHeading: 'Work not handed in',
  workItem: (day, subject, kind, state) => `${day} ${subject}${kind ? `, ${kind}` : ''} — ${state}`,
  workTask: (task, deadline) =>
    `${task ? `task: ${task}` : ''}${task && deadline ? '; ' : ''}${deadline ? `due ${deadline}` : ''}`,
  commentsHeading: "Teachers' comments",
  comment: (day, subject, text) => `${subject}, ${day}: "${text}"`,
  deadlinesHeading: 'Deadlines next week',
  noDeadlines: 'The schedule has no deadlines for next week yet.',
  deadline: (day, subject, task) => `${day} — ${subject}${task ? `: ${task}` : ''}`,
  attention: 'Please note',
  classTeacher: 'Class teacher',
  replyHint: 'To ask about your child’s progress, reply to this letter: the class teacher gets it.',
  reasons: {
    absent: (count, days) => `${count} absence${s(count)} without a valid reason (${days})`,
    lowMark: (subjects) => `a failing mark: ${subjects}`,
    fail: (subjects) => `a "fail": ${subjects}`,
    work: (count) => `${count} piece${s(count)} of work not handed in or overdue`,
  },
  digestSubject: (cls, range) => `${cls}: the week ${range} for the class teacher`,
  digestTitle: (cls, range) => `Class ${cls}: the week ${range}`,
  digestIntro: (informed, pupils, toCall) =>
    `Weekly letters went to the families of ${informed} of ${pupils} pupil${s(pupils)}. ${toCall > 0 ? `Without e-mail: ${toCall} — please call them.` : 'Every family of the class gets letters.'}`,
  informedHeading: 'Families who got a letter',
  toCallHeading: 'To call: the parents have no e-mail',
  toCallHint:
    'Tell them about the week by phone. If the child has no internet, remind them that the school gives out paper materials on request through the hotline.',
  callGuardian: (name, phone) => `${name}: ${phone}`,
  guardianUnnamed: 'parent',
  noPhone: 'no phone on file — ask the school office',
  attentionHeading: 'Pupils needing attention',
  pupilRef: (name, id) => (name ? `${name} (${id})` : id),
  pupilLine: (pupil, details) => `${pupil} — ${details}`,
  none: 'None.',
  method: { mail: 'letter', call: 'call' },
  outcome: (queued, letters, digests, toCall) =>
    `Weekly results: ${letters} family letter${s(letters)}, ${digests} class teacher digest${s(digests)}, ${queued} newly queued. Families without e-mail for the class teachers to call: ${toCall}.`,
  alreadyQueued: (count) => `Already queued this week and not repeated: ${count}.`,
  noClassTeacher: (classes) =>
    `No class teacher on the Classes sheet, so no digest was sent: ${classes}.`,
  notRecorded: (mode) =>
    `Mail mode ${mode}: nothing reached the families, so informing was not recorded.`,
  recorded: (rows, sheet) => `Rows written to "${sheet}": ${rows}.`,
};
