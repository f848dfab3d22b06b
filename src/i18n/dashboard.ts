import { pluralRu as plural } from './plural';

/** How a form stands for respondents, as the dashboard shows it. */
export type FormStanding = 'open' | 'closed' | 'unpublished' | 'missing' | 'unknown';

/**
 * Words of the administrators' dashboard (the sidebar and the Workspace homepage card). Values
 * come in already formatted as numbers; the labels say what they count.
 */
export interface DashboardStrings {
  readonly builtAt: (when: string) => string;
  readonly refresh: string;
  readonly actionsTitle: string;
  readonly running: string;
  readonly finished: string;
  readonly offline: string;
  readonly noValue: string;
  readonly percent: (share: number) => string;
  readonly ofTotal: (part: number, whole: number) => string;
  // The week.
  readonly weekTitle: (range: string) => string;
  readonly weekSoFar: string;
  readonly journal: string;
  readonly journalOverdue: string;
  readonly lessons: (n: number) => string;
  readonly attendance: string;
  readonly informed: string;
  readonly informedNotDue: string;
  readonly satisfied: string;
  readonly needsAction: string;
  readonly attention: string;
  readonly pupils: (n: number) => string;
  readonly requestsOverdue: string;
  // The outbox and the quota.
  readonly outboxTitle: string;
  readonly queued: string;
  readonly sentToday: string;
  readonly unknown: string;
  readonly errors: string;
  readonly letters: (n: number) => string;
  readonly mailMode: string;
  readonly quotaTitle: string;
  readonly quotaLeft: string;
  readonly recipients: (n: number) => string;
  readonly queueTakes: string;
  readonly queueEmpty: string;
  readonly days: (n: number) => string;
  readonly today: string;
  readonly never: (n: number) => string;
  readonly peak: string;
  readonly peakValue: (peak: number, limit: number) => string;
  // The dispatcher.
  readonly dispatcherTitle: string;
  readonly lastRun: string;
  readonly neverRan: string;
  readonly stale: string;
  readonly owner: string;
  readonly triggerTime: string;
  readonly minutes: (used: number, limit: number) => string;
  // Forms and access.
  readonly formsTitle: string;
  readonly form: Readonly<Record<FormStanding, string>>;
  readonly accessTitle: string;
  readonly onlyAdmins: string;
  readonly canEdit: (n: number) => string;
  // The card.
  readonly queuedForDispatcher: (action: string) => string;
  readonly done: (action: string) => string;
}

export const dashboardRu: DashboardStrings = {
  builtAt: (when) => `Данные на ${when}`,
  refresh: 'Обновить',
  actionsTitle: 'Действия',
  running: 'Выполняется…',
  finished: 'Готово. Чтобы увидеть новые цифры, нажмите «Обновить».',
  offline: 'Кнопки работают в Google Таблицах, в боковой панели «Дистант».',
  noValue: '—',
  percent: (share) => `${Math.round(share * 100)} %`,
  ofTotal: (part, whole) => `${part} из ${whole}`,
  weekTitle: (range) => `Неделя ${range}`,
  weekSoFar: 'неделя ещё идёт',
  journal: 'Журнал заполнен',
  journalOverdue: 'Журнал просрочен',
  lessons: (n) => `${n} ${plural(n, 'урок', 'урока', 'уроков')}`,
  attendance: 'Посещаемость',
  informed: 'Семьи проинформированы',
  informedNotDue: 'письма семьям ещё не ушли',
  satisfied: 'Родители довольны (4–5)',
  needsAction: 'Требует действий',
  attention: 'Ученикам нужно внимание',
  pupils: (n) => `${n} ${plural(n, 'ученик', 'ученика', 'учеников')}`,
  requestsOverdue: 'Заявки просрочены',
  outboxTitle: 'Очередь писем',
  queued: 'Ждут отправки',
  sentToday: 'Отправлено сегодня',
  unknown: 'Судьба неизвестна',
  errors: 'Ошибки',
  letters: (n) => `${n} ${plural(n, 'письмо', 'письма', 'писем')}`,
  mailMode: 'Режим почты',
  quotaTitle: 'Квота писем',
  quotaLeft: 'Осталось на сегодня',
  recipients: (n) => `${n} ${plural(n, 'адресат', 'адресата', 'адресатов')}`,
  queueTakes: 'Очередь',
  queueEmpty: 'пуста',
  days: (n) => `уйдёт за ${n} ${plural(n, 'день', 'дня', 'дней')}`,
  today: 'уйдёт сегодня',
  never: (n) =>
    `${n} ${plural(n, 'письмо', 'письма', 'писем')} не ${plural(n, 'помещается', 'помещаются', 'помещаются')} в квоту дня`,
  peak: 'Пик плана в день',
  peakValue: (peak, limit) => `${peak} из ${limit}`,
  dispatcherTitle: 'Рассылка по расписанию',
  lastRun: 'Последний запуск',
  neverRan: 'ещё не запускалась',
  stale: 'Больше 3 часов без запуска: проверьте триггеры',
  owner: 'Отправляет от имени',
  triggerTime: 'Время триггеров за сутки',
  minutes: (used, limit) => `${used} из ${limit} мин`,
  formsTitle: 'Формы',
  form: {
    open: 'принимает ответы',
    closed: 'ответы закрыты',
    unpublished: 'не опубликована',
    missing: 'не создана',
    unknown: 'не удалось проверить',
  },
  accessTitle: 'Кто может изменять таблицу администрации',
  onlyAdmins: 'только администраторы',
  canEdit: (n) =>
    `кроме администраторов — ещё ${n} ${plural(n, 'человек', 'человека', 'человек')}: письма семьям и учителям не отправляются, пока лишних не убрать в «Настройках доступа»`,
  queuedForDispatcher: (action) =>
    `«${action}»: поставлено в очередь, выполнится при следующем запуске рассылки (в течение часа).`,
  done: (action) => `«${action}»: готово.`,
};

export const dashboardEn: DashboardStrings = {
  builtAt: (when) => `As of ${when}`,
  refresh: 'Refresh',
  actionsTitle: 'Actions',
  running: 'Running…',
  finished: 'Done. Press “Refresh” to see the new figures.',
  offline: 'The buttons work in Google Sheets, in the Distant sidebar.',
  noValue: '—',
  percent: (share) => `${Math.round(share * 100)}%`,
  ofTotal: (part, whole) => `${part} of ${whole}`,
  weekTitle: (range) => `Week ${range}`,
  weekSoFar: 'the week is not over',
  journal: 'Journal filled in',
  journalOverdue: 'Journal overdue',
  lessons: (n) => `${n} ${n === 1 ? 'lesson' : 'lessons'}`,
  attendance: 'Attendance',
  informed: 'Families informed',
  informedNotDue: 'family letters not sent yet',
  satisfied: 'Parents satisfied (4–5)',
  needsAction: 'Needs action',
  attention: 'Pupils needing attention',
  pupils: (n) => `${n} ${n === 1 ? 'pupil' : 'pupils'}`,
  requestsOverdue: 'Requests overdue',
  outboxTitle: 'Outbox',
  queued: 'Waiting',
  sentToday: 'Sent today',
  unknown: 'Fate unknown',
  errors: 'Errors',
  letters: (n) => `${n} ${n === 1 ? 'letter' : 'letters'}`,
  mailMode: 'Mail mode',
  quotaTitle: 'Mail quota',
  quotaLeft: 'Left today',
  recipients: (n) => `${n} ${n === 1 ? 'recipient' : 'recipients'}`,
  queueTakes: 'Queue',
  queueEmpty: 'empty',
  days: (n) => `takes ${n} days`,
  today: 'goes today',
  never: (n) => `${n} ${n === 1 ? 'letter does' : 'letters do'} not fit a day's quota`,
  peak: 'Planned peak a day',
  peakValue: (peak, limit) => `${peak} of ${limit}`,
  dispatcherTitle: 'Scheduled mail',
  lastRun: 'Last run',
  neverRan: 'has not run yet',
  stale: 'No run for over 3 hours: check the triggers',
  owner: 'Sends as',
  triggerTime: 'Trigger time in 24 hours',
  minutes: (used, limit) => `${used} of ${limit} min`,
  formsTitle: 'Forms',
  form: {
    open: 'accepting responses',
    closed: 'responses closed',
    unpublished: 'not published',
    missing: 'not created',
    unknown: 'could not be checked',
  },
  accessTitle: 'Who can edit the administration workbook',
  onlyAdmins: 'administrators only',
  canEdit: (n) =>
    `${n} ${n === 1 ? 'person' : 'people'} besides the administrators: no letters go to families and staff until they are removed in the sharing settings`,
  queuedForDispatcher: (action) =>
    `“${action}”: queued; it runs with the next scheduled run (within the hour).`,
  done: (action) => `“${action}”: done.`,
};
