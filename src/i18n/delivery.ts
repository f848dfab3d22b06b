import type { MailError } from '../domain/mail-retry';

/**
 * Strings of delivery and of the platform's limits, in both languages: why a letter failed, why
 * an action could not run, how long the queue takes and how much trigger time a day has used.
 */
export interface DeliveryStrings {
  /** What the «Ошибка» cell and the admins' alert say about a mail error. */
  readonly mailError: (error: MailError) => string;
  readonly busy: string;
  readonly timeLimit: string;
  readonly noPermission: string;
  readonly serviceBusy: string;
  readonly unexpected: string;
  /** Trigger time of the open 24-hour window, in whole minutes, and since when (`dd.mm hh:mm`). */
  readonly triggerToday: (used: number, allowance: number, limit: number, since: string) => string;
  readonly triggerNone: (allowance: number, limit: number) => string;
  /** Earlier windows: «23.11 — 21 мин», already formatted, joined. */
  readonly triggerDays: (days: readonly string[]) => string;
  readonly triggerDay: (start: string, minutes: number) => string;
}

export const deliveryRu: DeliveryStrings = {
  mailError: (error) => {
    switch (error.kind) {
      case 'dailyLimit':
        return 'Дневной лимит писем исчерпан; письмо уйдёт, когда лимит восстановится.';
      case 'transient':
        return 'Почтовый сервис временно недоступен; письмо уйдёт при следующем запуске.';
      case 'invalidAddress':
        return `Неверный адрес электронной почты${error.detail ? `: ${error.detail}` : ''}.`;
      case 'tooLarge':
        return 'Письмо слишком большое для почтового сервиса.';
      case 'tooManyRecipients':
        return 'В письме больше 50 адресатов.';
      case 'damaged':
        return 'Содержимое письма в таблице повреждено.';
      case 'other':
        return `Почтовый сервис отказал (ответ Google: «${error.detail}»).`;
    }
  },
  busy: 'Таблица сейчас занята другим процессом «Дистанта». Повторите через минуту.',
  timeLimit:
    'Действие не уложилось в лимит времени Google (6 минут). Сделанное сохранено; повторите — работа продолжится.',
  noPermission:
    'Не хватает разрешений Google. Откройте меню «Дистант» ещё раз и разрешите доступ, о котором спросит Google.',
  serviceBusy: 'Сервисы Google сейчас перегружены. Повторите через несколько минут.',
  unexpected:
    'Непредвиденная ошибка. Подробности — в журнале выполнения (Расширения → Apps Script → Выполнения).',
  triggerToday: (used, allowance, limit, since) =>
    `Время триггеров за текущие сутки (с ${since}): ${used} мин из ${allowance}; после ${limit} мин новые задачи ждут следующих суток.`,
  triggerNone: (allowance, limit) =>
    `За последние сутки триггеры не работали; в сутки доступно ${allowance} мин, новые задачи начинаются до ${limit} мин.`,
  triggerDays: (days) => `Прошлые сутки: ${days.join('; ')}.`,
  triggerDay: (start, minutes) => `с ${start} — ${minutes} мин`,
};

export const deliveryEn: DeliveryStrings = {
  mailError: (error) => {
    switch (error.kind) {
      case 'dailyLimit':
        return 'The daily mail limit is used up; the letter goes out when it is restored.';
      case 'transient':
        return 'The mail service is unavailable for now; the letter goes out on the next run.';
      case 'invalidAddress':
        return `Invalid e-mail address${error.detail ? `: ${error.detail}` : ''}.`;
      case 'tooLarge':
        return 'The letter is too large for the mail service.';
      case 'tooManyRecipients':
        return 'The letter has more than 50 recipients.';
      case 'damaged':
        return 'The letter stored in the spreadsheet is damaged.';
      case 'other':
        return `The mail service refused it (Google said: "${error.detail}").`;
    }
  },
  busy: 'The spreadsheet is busy with another Distant task; try again in a minute.',
  timeLimit:
    'The action did not finish within Google’s time limit (6 minutes). What was done is saved; run it again to continue.',
  noPermission:
    'Google permissions are missing. Open the Distant menu again and allow the access Google asks for.',
  serviceBusy: 'Google services are overloaded right now. Try again in a few minutes.',
  unexpected:
    'Unexpected error. Details are in the execution log (Extensions → Apps Script → Executions).',
  triggerToday: (used, allowance, limit, since) =>
    `Trigger time in the current 24 hours (since ${since}): ${used} min of ${allowance}; past ${limit} min new work waits for the next day.`,
  triggerNone: (allowance, limit) =>
    `No trigger ran in the last 24 hours; a day allows ${allowance} min, new work starts until ${limit} min.`,
  triggerDays: (days) => `Earlier days: ${days.join('; ')}.`,
  triggerDay: (start, minutes) => `from ${start}: ${minutes} min`,
};
