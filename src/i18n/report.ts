/**
 * Strings of the weekly monitoring report (instruction §4.1): the report sheet, its letter to the
 * administrators and what the job tells the menu, in both languages. Figures are written as
 * "label: number" so that no word has to agree with a number.
 */

/** The figures of the summary table and of the letter, by key. */
export interface ReportFigureLabels {
  readonly week: string;
  readonly asOf: string;
  readonly planned: string;
  readonly held: string;
  readonly cancelled: string;
  readonly notAgreed: string;
  readonly journaled: string;
  readonly overdue: (hours: number) => string;
  readonly marks: string;
  readonly informed: string;
  readonly byLetter: string;
  readonly byCall: string;
  readonly notInformed: string;
  readonly respondents: string;
  readonly responseRate: string;
  readonly mean: string;
  readonly satisfied: string;
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

/** Everything the monitoring report says. */
export interface ReportStrings {
  /** The report sheet of a week: «Отчёт 2026-W48». */
  readonly sheetName: (week: string) => string;
  /** The form response sheets the survey figures come from. */
  readonly surveySheets: { readonly parents: string; readonly pupils: string };
  readonly surveyNames: { readonly parents: string; readonly pupils: string };
  readonly title: (week: string, range: string) => string;
  readonly asOf: (when: string, complete: boolean) => string;
  readonly sections: {
    readonly summary: string;
    readonly teachers: string;
    readonly classes: string;
    readonly informed: string;
    readonly surveys: string;
    readonly questions: string;
    readonly access: string;
    readonly noCensus: string;
    readonly requests: string;
    readonly overdueRequests: string;
  };
  readonly columns: {
    readonly figure: string;
    readonly value: string;
    readonly teacher: string;
    readonly email: string;
    readonly class: string;
    readonly planned: string;
    readonly held: string;
    readonly cancelled: string;
    readonly notAgreed: string;
    readonly journaled: string;
    readonly overdue: string;
    readonly marks: string;
    readonly active: string;
    readonly byLetter: string;
    readonly byCall: string;
    readonly notInformed: string;
    readonly share: string;
    readonly survey: string;
    readonly respondents: string;
    readonly thisWeek: string;
    readonly responseRate: string;
    readonly question: string;
    readonly answers: string;
    readonly mean: string;
    readonly satisfied: string;
    readonly withRecord: string;
    readonly noComputer: string;
    readonly noInternet: string;
    readonly unstable: string;
    readonly paper: string;
    readonly noRecord: string;
    readonly id: string;
    readonly pupil: string;
    readonly type: string;
    readonly open: string;
    readonly overdueRequests: string;
    readonly doneThisWeek: string;
    readonly newThisWeek: string;
    readonly due: string;
    readonly assignee: string;
    readonly status: string;
  };
  readonly figures: ReportFigureLabels;
  readonly total: string;
  readonly unknownTeacher: string;
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
  // The administrators' letter.
  readonly subject: (week: string, range: string, complete: boolean) => string;
  readonly intro: (range: string, complete: boolean) => string;
  readonly lessonsHeading: string;
  readonly informedHeading: string;
  readonly surveysHeading: string;
  readonly accessHeading: string;
  readonly requestsHeading: string;
  readonly overdueTeachersIntro: string;
  readonly teacherOverdue: (name: string, count: number) => string;
  readonly andMore: (count: number) => string;
  readonly sheetNote: (sheet: string) => string;
  readonly openSheet: string;
  // What the job tells the menu and the runner.
  readonly outcome: (week: string, sheet: string) => string;
  readonly emptyWeek: (week: string) => string;
  readonly letterQueued: string;
  readonly letterAlreadyQueued: string;
  readonly noAdmins: string;
  readonly deleted: (sheets: string) => string;
}

const percentOf = (share: number): number => Math.round(share * 100);

/** Russian. */
export const reportRu: ReportStrings = {
  sheetName: (week) => `Отчёт ${week}`,
  surveySheets: { parents: 'Опрос родителей', pupils: 'Опрос учащихся' },
  surveyNames: { parents: 'Родители', pupils: 'Учащиеся' },
  title: (week, range) => `Мониторинг дистанционного обучения: неделя ${week} (${range})`,
  asOf: (when, complete) =>
    complete ? `${when}` : `${when} — неделя ещё идёт, данные за прошедшие дни`,
  sections: {
    summary: 'Сводка',
    teachers: 'Уроки, журнал и отметки по педагогам',
    classes: 'Уроки, журнал и отметки по классам',
    informed: 'Информирование семей о результатах недели',
    surveys: 'Опросы: отклик',
    questions: 'Опросы: удовлетворённость по вопросам (шкала 1–5)',
    access: 'Доступ к обучению (перепись «Доступ»)',
    noCensus: 'Ученики без записи на листе «Доступ»',
    requests: 'Заявки по типам',
    overdueRequests: 'Просроченные заявки',
  },
  columns: {
    figure: 'Показатель',
    value: 'Значение',
    teacher: 'Педагог',
    email: 'Email',
    class: 'Класс',
    planned: 'Запланировано',
    held: 'Проведено',
    cancelled: 'Отменено',
    notAgreed: 'Не согласовано',
    journaled: 'В журнале',
    overdue: 'Журнал просрочен',
    marks: 'Отметок',
    active: 'Обучается',
    byLetter: 'Письмом',
    byCall: 'Звонком',
    notInformed: 'Не проинформированы',
    share: 'Доля',
    survey: 'Опрос',
    respondents: 'Ответивших',
    thisWeek: 'Из них за неделю',
    responseRate: 'Отклик',
    question: 'Вопрос',
    answers: 'Ответов (n)',
    mean: 'Среднее',
    satisfied: 'Довольны (4–5)',
    withRecord: 'Есть запись',
    noComputer: 'Нет компьютера',
    noInternet: 'Нет интернета',
    unstable: 'Нестабильный интернет',
    paper: 'Нужны печатные материалы',
    noRecord: 'Нет записи',
    id: 'ID',
    pupil: 'Ученик',
    type: 'Тип',
    open: 'Открыто',
    overdueRequests: 'Просрочено',
    doneThisWeek: 'Выполнено за неделю',
    newThisWeek: 'Поступило за неделю',
    due: 'Срок',
    assignee: 'Ответственный',
    status: 'Статус',
  },
  figures: {
    week: 'Неделя',
    asOf: 'Данные на',
    planned: 'Уроков запланировано',
    held: 'Проведено (согласовано, дата наступила)',
    cancelled: 'Отменено',
    notAgreed: 'Не согласовано',
    journaled: 'Проведённые уроки в журнале',
    overdue: (hours) => `Журнал не заполнен дольше ${hours} ч после урока`,
    marks: 'Отметок выставлено',
    informed: 'Семьи проинформированы',
    byLetter: 'Проинформированы письмом',
    byCall: 'Проинформированы звонком классного руководителя',
    notInformed: 'Не проинформированы',
    respondents: 'Ответивших',
    responseRate: 'Отклик',
    mean: 'Средняя оценка',
    satisfied: 'Довольны (4–5)',
    census: 'Перепись доступа заполнена',
    noComputer: 'Нет компьютера',
    noInternet: 'Нет интернета',
    unstable: 'Нестабильный интернет',
    paper: 'Нужны печатные материалы',
    noCensus: 'Нет записи о доступе',
    open: 'Открытых заявок',
    overdueRequests: 'Просрочено',
    doneThisWeek: 'Выполнено за неделю',
    newThisWeek: 'Поступило за неделю',
  },
  total: 'Итого',
  unknownTeacher: 'не указан',
  noData: 'нет данных',
  none: 'нет',
  ofTotal: (part, whole, share) => `${part} из ${whole} (${share})`,
  percent: (share) => `${percentOf(share)} %`,
  decimal: (value) => value.toFixed(2).replace('.', ','),
  surveyLine: (respondents, rate, mean, satisfied) =>
    `ответивших ${respondents}, отклик ${rate}, средняя оценка ${mean}, довольны ${satisfied}`,
  subject: (week, range, complete) =>
    complete
      ? `Мониторинг за неделю ${range} (${week})`
      : `Мониторинг за неделю ${range} (${week}), промежуточный`,
  intro: (range, complete) =>
    complete
      ? `Еженедельный мониторинг дистанционного обучения за неделю ${range}: заполнение журнала, отметки, информирование семей, удовлетворённость, доступ и заявки.`
      : `Промежуточный мониторинг за неделю ${range}: неделя ещё идёт, цифры — за прошедшие дни. Итоговый отчёт придёт после окончания недели.`,
  lessonsHeading: 'Уроки и журнал',
  informedHeading: 'Информирование семей',
  surveysHeading: 'Удовлетворённость (опросы)',
  accessHeading: 'Доступ к обучению',
  requestsHeading: 'Заявки (печатные материалы, консультации)',
  overdueTeachersIntro: 'Журнал просрочен у педагогов:',
  teacherOverdue: (name, count) => `${name}: уроков без записей — ${count}`,
  andMore: (count) => `и ещё педагогов: ${count}`,
  sheetNote: (sheet) => `Таблицы по педагогам, классам, опросам и заявкам — на листе «${sheet}».`,
  openSheet: 'Открыть таблицу',
  outcome: (week, sheet) => `Отчёт мониторинга за ${week} записан на лист «${sheet}».`,
  emptyWeek: (week) =>
    `За неделю ${week} в расписании и журнале нет ни одного урока (каникулы?): отчёт не построен.`,
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
  title: (week, range) => `Distance learning monitoring: week ${week} (${range})`,
  asOf: (when, complete) =>
    complete ? `${when}` : `${when} — the week is not over, figures for the days so far`,
  sections: {
    summary: 'Summary',
    teachers: 'Lessons, journal and marks by teacher',
    classes: 'Lessons, journal and marks by class',
    informed: 'Families informed of the week’s results',
    surveys: 'Surveys: response',
    questions: 'Surveys: satisfaction by question (scale 1–5)',
    access: 'Access to learning (the Access census)',
    noCensus: 'Pupils without a row on the Access sheet',
    requests: 'Requests by type',
    overdueRequests: 'Overdue requests',
  },
  columns: {
    figure: 'Figure',
    value: 'Value',
    teacher: 'Teacher',
    email: 'Email',
    class: 'Class',
    planned: 'Planned',
    held: 'Held',
    cancelled: 'Cancelled',
    notAgreed: 'Not agreed',
    journaled: 'Journaled',
    overdue: 'Journal overdue',
    marks: 'Marks',
    active: 'Active pupils',
    byLetter: 'By letter',
    byCall: 'By call',
    notInformed: 'Not informed',
    share: 'Share',
    survey: 'Survey',
    respondents: 'Respondents',
    thisWeek: 'Of them this week',
    responseRate: 'Response rate',
    question: 'Question',
    answers: 'Answers (n)',
    mean: 'Mean',
    satisfied: 'Satisfied (4–5)',
    withRecord: 'With a row',
    noComputer: 'No computer',
    noInternet: 'No internet',
    unstable: 'Unstable internet',
    paper: 'Needs paper materials',
    noRecord: 'No row',
    id: 'ID',
    pupil: 'Pupil',
    type: 'Type',
    open: 'Open',
    overdueRequests: 'Overdue',
    doneThisWeek: 'Done this week',
    newThisWeek: 'New this week',
    due: 'Due',
    assignee: 'Assignee',
    status: 'Status',
  },
  figures: {
    week: 'Week',
    asOf: 'Figures as of',
    planned: 'Lessons planned',
    held: 'Held (agreed, date reached)',
    cancelled: 'Cancelled',
    notAgreed: 'Not agreed',
    journaled: 'Held lessons in the journal',
    overdue: (hours) => `Journal not filled more than ${hours} h after the lesson`,
    marks: 'Marks posted',
    informed: 'Families informed',
    byLetter: 'Informed by letter',
    byCall: 'Informed by the class teacher’s call',
    notInformed: 'Not informed',
    respondents: 'Respondents',
    responseRate: 'Response rate',
    mean: 'Mean score',
    satisfied: 'Satisfied (4–5)',
    census: 'Access census filled',
    noComputer: 'No computer',
    noInternet: 'No internet',
    unstable: 'Unstable internet',
    paper: 'Needs paper materials',
    noCensus: 'No access row',
    open: 'Open requests',
    overdueRequests: 'Overdue',
    doneThisWeek: 'Done this week',
    newThisWeek: 'New this week',
  },
  total: 'Total',
  unknownTeacher: 'not given',
  noData: 'no data',
  none: 'none',
  ofTotal: (part, whole, share) => `${part} of ${whole} (${share})`,
  percent: (share) => `${percentOf(share)}%`,
  decimal: (value) => value.toFixed(2),
  surveyLine: (respondents, rate, mean, satisfied) =>
    `${respondents} respondents, response rate ${rate}, mean score ${mean}, satisfied ${satisfied}`,
  subject: (week, range, complete) =>
    complete
      ? `Monitoring of the week ${range} (${week})`
      : `Monitoring of the week ${range} (${week}), interim`,
  intro: (range, complete) =>
    complete
      ? `The weekly monitoring of distance learning for ${range}: journal, marks, families informed, satisfaction, access and requests.`
      : `Interim monitoring for ${range}: the week is not over and the figures cover the days so far. The final report follows when the week ends.`,
  lessonsHeading: 'Lessons and journal',
  informedHeading: 'Families informed',
  surveysHeading: 'Satisfaction (surveys)',
  accessHeading: 'Access to learning',
  requestsHeading: 'Requests (paper materials, consultations)',
  overdueTeachersIntro: 'Teachers with an overdue journal:',
  teacherOverdue: (name, count) => `${name}: lessons without rows — ${count}`,
  andMore: (count) => `and ${count} more teachers`,
  sheetNote: (sheet) =>
    `Tables by teacher, class, survey question and request are on the sheet "${sheet}".`,
  openSheet: 'Open the spreadsheet',
  outcome: (week, sheet) => `The monitoring report for ${week} is on the sheet "${sheet}".`,
  emptyWeek: (week) =>
    `The schedule and the journal have no lesson in ${week} (a holiday?): no report was built.`,
  letterQueued: 'The report letter to the administrators is queued.',
  letterAlreadyQueued: 'The letter with this report was already queued and is not repeated.',
  noAdmins: 'admin_emails is empty: there is nobody to mail the report to.',
  deleted: (sheets) => `Old reports removed (older than archive_weeks): ${sheets}.`,
};
