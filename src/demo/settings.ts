/**
 * The demo school's «Настройки»: every key setup knows, with the values of МОУ «ООШ № 34»
 * г. Сыктывкара (hotline, e-mail and site from its instruction on distance learning; 8212 is
 * Syktyvkar's area code), vocabulary words in the demo's language.
 */
import { addDays, formatDateRu, type LocalDate } from '../domain/calendar';
import { SETTING_DEFAULTS, settingDefaultText } from '../domain/settings';
import type { Locale } from '../domain/vocabulary';
import { stringsFor } from '../i18n';

/** The school's own values; keys not listed keep the defaults of `SETTING_DEFAULTS`. */
export function settingValues(options: {
  readonly timezone: string;
  readonly locale: Locale;
  readonly adminEmails: readonly string[];
  readonly monday: LocalDate;
}): [string, string][] {
  const own: Record<string, string> = {
    school_name: 'МОУ «ООШ № 34» г. Сыктывкара',
    timezone: options.timezone,
    locale: options.locale,
    admin_emails: options.adminEmails.join(', '),
    hotline_phones: '62-76-04; 62-50-21',
    phone_area_code: '8212',
    school_email: 'pr@ezhva34.ru',
    website: 'http://ezhva34/',
    mail_mode: 'live',
    holidays: holidays(options.monday),
  };
  const strings = stringsFor(options.locale);
  return SETTING_DEFAULTS.map(([key, fallback]) => [
    key,
    settingDefaultText(key, own[key] ?? fallback, strings),
  ]);
}

/**
 * The public holidays and winter break of the school year holding `monday`, leaving out any that
 * would fall on the demo's own school days (Monday to the Tuesday after next Monday), so that
 * the demo week is always a week of lessons.
 */
function holidays(monday: LocalDate): string {
  const month = Number(monday.slice(5, 7));
  const autumn = Number(monday.slice(0, 4)) - (month >= 8 ? 0 : 1);
  const spring = autumn + 1;
  const ranges: [LocalDate, LocalDate][] = [
    [`${autumn}-11-04`, `${autumn}-11-04`],
    [`${autumn}-12-29`, `${spring}-01-11`],
    [`${spring}-02-23`, `${spring}-02-23`],
    [`${spring}-03-08`, `${spring}-03-08`],
    [`${spring}-05-01`, `${spring}-05-01`],
    [`${spring}-05-09`, `${spring}-05-11`],
  ];
  const last = addDays(monday, 8);
  return ranges
    .filter(([from, to]) => to < monday || from > last)
    .map(([from, to]) =>
      from === to ? formatDateRu(from) : `${formatDateRu(from)}–${formatDateRu(to)}`,
    )
    .join(', ');
}
