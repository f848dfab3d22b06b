import type { Cadence } from '../domain/cadence';
import { pluralRu as plural } from './plural';

/**
 * Strings of the mail quota planner («Квота писем»), in both languages: what each scheduled job
 * needs, whether it fits the account's limit, and how long the current queue takes.
 */
export interface QuotaStrings {
  readonly title: string;
  /** What each job of the table sends, by job id. */
  readonly jobs: {
    readonly publishSchedule: string;
    readonly teacherReminders: string;
    readonly familySummaries: string;
    readonly monitoringReport: string;
    readonly surveyInvitations: string;
    readonly notAgreedList: string;
    readonly agreement: string;
  };
  readonly jobLine: (label: string, recipients: number, cadence: Cadence['kind']) => string;
  readonly peak: (peakDay: number, perWeek: number, reserve: number) => string;
  readonly fits: (limit: number, kind: string) => string;
  readonly exceeds: (limit: number, kind: string) => string;
  readonly consumer: string;
  readonly workspace: string;
  readonly suggest: (list: string) => string;
  readonly queueEmpty: string;
  readonly queue: (letters: number, recipients: number) => string;
  readonly forecast: (leftToday: number, perDay: number, days: number) => string;
  readonly never: (count: number, sheet: string) => string;
}

const addresseesRu = (n: number): string => `${n} ${plural(n, 'адресат', 'адресата', 'адресатов')}`;
/** «до 1 адресата», «до 2 адресатов», «до 21 адресата»: «до» takes the genitive. */
const upToAddresseesRu = (n: number): string =>
  `до ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'адресата' : 'адресатов'}`;
const daysRu = (n: number): string => `${n} ${plural(n, 'день', 'дня', 'дней')}`;
const lettersRu = (n: number): string => `${n} ${plural(n, 'письмо', 'письма', 'писем')}`;

const PER_RU: Record<Cadence['kind'], string> = {
  daily: 'в учебный день',
  hourly: 'в учебный день',
  weekly: 'в неделю',
  monthly: 'в месяц',
  onDemand: 'по запросу',
};

export const quotaRu: QuotaStrings = {
  title: 'Квота писем',
  jobs: {
    publishSchedule: 'Расписание на день',
    teacherReminders: 'Напоминания учителям',
    familySummaries: 'Письма семьям и сводки классным руководителям',
    monitoringReport: 'Отчёт мониторинга',
    surveyInvitations: 'Приглашения на опросы',
    notAgreedList: 'Список несогласованных уроков администрации',
    agreement: 'Уроки, изменённые после согласования',
  },
  jobLine: (label, n, cadence) => `${label}: ${upToAddresseesRu(n)} ${PER_RU[cadence]}.`,
  peak: (peakDay, perWeek, reserve) =>
    `Самый загруженный день: ${addresseesRu(peakDay)} (запас ${reserve}); самая загруженная неделя: ${perWeek}.`,
  fits: (limit, kind) => `Укладывается в лимит ${limit} адресатов в день (${kind}).`,
  exceeds: (limit, kind) =>
    `Превышает лимит ${limit} адресатов в день (${kind}): часть писем уйдёт в следующие дни.`,
  consumer: 'обычный аккаунт Gmail',
  workspace: 'Google Workspace',
  suggest: (list) =>
    `Чтобы уложиться в лимит обычного аккаунта, заведите адреса рассылки для классов: ${list}.`,
  queueEmpty: 'Очередь писем пуста.',
  queue: (letters, recipients) =>
    `Сейчас в очереди: ${lettersRu(letters)}, ${addresseesRu(recipients)}.`,
  forecast: (left, perDay, days) =>
    `Сегодня квота позволяет ещё ${addresseesRu(Math.max(0, left))}, дальше — по ${perDay} в день: очередь уйдёт за ${daysRu(days)}.`,
  never: (count, sheet) =>
    `${lettersRu(count)} не помещаются в дневную квоту и не могут быть разделены: проверьте их на листе «${sheet}».`,
};

const PER_EN: Record<Cadence['kind'], string> = {
  daily: 'a school day',
  hourly: 'a school day',
  weekly: 'a week',
  monthly: 'a month',
  onDemand: 'on demand',
};

export const quotaEn: QuotaStrings = {
  title: 'Mail quota',
  jobs: {
    publishSchedule: 'Daily schedule',
    teacherReminders: 'Teacher reminders',
    familySummaries: 'Family letters and class-teacher digests',
    monitoringReport: 'Monitoring report',
    surveyInvitations: 'Survey invitations',
    notAgreedList: "The administration's list of lessons not agreed",
    agreement: 'Lessons changed after agreement',
  },
  jobLine: (label, n, cadence) => `${label}: up to ${n} recipients ${PER_EN[cadence]}.`,
  peak: (peakDay, perWeek, reserve) =>
    `Busiest day: ${peakDay} recipients (reserve ${reserve}); busiest week: ${perWeek}.`,
  fits: (limit, kind) => `Fits the limit of ${limit} recipients a day (${kind}).`,
  exceeds: (limit, kind) =>
    `Exceeds the limit of ${limit} recipients a day (${kind}): some letters go out on the following days.`,
  consumer: 'consumer Gmail account',
  workspace: 'Google Workspace',
  suggest: (list) => `To fit a consumer account, set class mailing addresses for: ${list}.`,
  queueEmpty: 'The outbox is empty.',
  queue: (letters, recipients) => `Queued now: ${letters} letters, ${recipients} recipients.`,
  forecast: (left, perDay, days) =>
    `Today the quota allows ${Math.max(0, left)} more recipients, then ${perDay} a day: the queue takes ${days} ${days === 1 ? 'day' : 'days'}.`,
  never: (count, sheet) =>
    `${count} letters do not fit a day's quota and cannot be split: check them on the sheet "${sheet}".`,
};
