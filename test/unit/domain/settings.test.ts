import { intlZone } from '../../../src/adapters/memory/zone';
import type { ParseContext } from '../../../src/domain/parse';
import type { Located, SettingRow } from '../../../src/domain/rows';
import {
  defaultSettings,
  parseHolidays,
  parseWeekday,
  parseWeekdays,
  readSettings,
  SETTING_DEFAULTS,
} from '../../../src/domain/settings';
import { stringsFor, ALL_NAMES } from '../../../src/i18n';

const ru = stringsFor('ru');
const ctx: ParseContext = { zone: intlZone('Europe/Moscow'), strings: ru, languages: ALL_NAMES };

const rows = (...pairs: [string, unknown][]): Located<SettingRow>[] =>
  pairs.map(([key, value], i) => ({ row: i + 2, value: { key, value } }));

describe('defaultSettings', () => {
  it('gives every default of docs/contracts.md «Workbook»', () => {
    expect(defaultSettings(ctx)).toEqual({
      schoolName: '',
      timezone: 'Europe/Moscow',
      locale: 'ru',
      adminEmails: [],
      hotlinePhones: [],
      phoneAreaCode: '',
      schoolEmail: '',
      website: '',
      mailMode: 'preview',
      publishHour: 17,
      notAgreedLeadHours: 3,
      schoolDays: [1, 2, 3, 4, 5],
      holidays: new Set(),
      // Blank: the weekly letter follows the journal deadline (domain/weekly-letter-time).
      summaryDay: undefined,
      summaryHour: undefined,
      reportDay: 1,
      surveyInvitations: 'monthly',
      archiveWeeks: 8,
      journalDeadlineHours: 24,
      lowScoreThreshold: 2,
      quotaReserve: 5,
      privacyMode: 'standard',
      accountType: 'consumer',
      triggerTimeShare: 80,
      surveyTextWeeks: 8,
    });
  });

  it('lists each key once', () => {
    const keys = SETTING_DEFAULTS.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    // The twenty original keys, plus phone_area_code and not_agreed_lead_hours (issue 14),
    // account_type and trigger_time_share (issue 9) and survey_text_weeks (issue 13).
    expect(keys).toHaveLength(25);
  });

  it('are what an empty settings sheet reads as, without problems', () => {
    const { settings, problems } = readSettings([], 'Настройки', 'Значение', ctx);
    expect(settings).toEqual(defaultSettings(ctx));
    expect(problems).toEqual([]);
  });
});

describe('weekdays', () => {
  it('reads single weekdays in both languages', () => {
    expect(parseWeekday('пт', ALL_NAMES)).toBe(5);
    expect(parseWeekday('Пятница', ALL_NAMES)).toBe(5);
    expect(parseWeekday('fri', ALL_NAMES)).toBe(5);
    expect(parseWeekday('Friday', ALL_NAMES)).toBe(5);
    expect(parseWeekday('пн.', ALL_NAMES)).toBe(1);
    expect(parseWeekday(7, ALL_NAMES)).toBe(7);
    expect(parseWeekday('пятн', ALL_NAMES)).toBeUndefined();
  });

  it.each([
    ['пн–пт', [1, 2, 3, 4, 5]],
    ['пн-пт', [1, 2, 3, 4, 5]],
    ['пн-сб', [1, 2, 3, 4, 5, 6]],
    ['ПН—СБ', [1, 2, 3, 4, 5, 6]],
    ['пн, ср, пт', [1, 3, 5]],
    ['пт; пн', [1, 5]],
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['пн-ср, пт', [1, 2, 3, 5]],
  ])('reads %j', (text, days) => {
    expect(parseWeekdays(text, ALL_NAMES)).toEqual(days);
  });

  it.each([['пт-пн'], ['пн-пт-сб'], ['будни'], [''], ['пн, ху']])('rejects %j', (text) => {
    expect(parseWeekdays(text, ALL_NAMES)).toBeUndefined();
  });
});

describe('parseHolidays', () => {
  it('reads dates and ranges', () => {
    const days = parseHolidays('28.12.2026–11.01.2027, 23.02.2027', ctx)!;
    expect(days.size).toBe(15 + 1);
    expect(days.has('2026-12-28')).toBe(true);
    expect(days.has('2026-12-31')).toBe(true);
    expect(days.has('2027-01-01')).toBe(true);
    expect(days.has('2027-01-11')).toBe(true);
    expect(days.has('2027-01-12')).toBe(false);
    expect(days.has('2026-12-27')).toBe(false);
    expect(days.has('2027-02-23')).toBe(true);
  });

  it('accepts other dashes and separators', () => {
    expect([...parseHolidays('01.11.2026 - 03.11.2026; 2026-12-31', ctx)!]).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-12-31',
    ]);
    expect([...parseHolidays('01.11.2026-02.11.2026', ctx)!]).toEqual(['2026-11-01', '2026-11-02']);
    expect(parseHolidays('', ctx)!.size).toBe(0);
  });

  it.each([['11.01.2027–28.12.2026'], ['31.02.2027'], ['каникулы'], ['01.01.2026–01.01.2028']])(
    'rejects %j',
    (text) => {
      expect(parseHolidays(text, ctx)).toBeUndefined();
    },
  );
});

describe('readSettings', () => {
  it('reads every kind of value', () => {
    const { settings, problems } = readSettings(
      rows(
        ['school_name', 'МБОУ СОШ № 5'],
        ['timezone', 'Asia/Yekaterinburg'],
        ['locale', 'EN'],
        ['admin_emails', 'Zavuch@School.ru; director@school.ru'],
        ['hotline_phones', '+7 343 000-00-00; 8 800 000-00-00'],
        ['school_email', 'School@Example.ru'],
        ['mail_mode', 'live'],
        ['publish_hour', 18],
        ['school_days', 'пн-сб'],
        ['holidays', '28.12.2026–11.01.2027, 23.02.2027'],
        ['summary_day', 'сб'],
        ['summary_hour', '12'],
        ['report_day', 'вт'],
        ['survey_invitations', 'weekly'],
        ['archive_weeks', '12'],
        ['journal_deadline_hours', 48],
        ['low_score_threshold', 3],
        ['quota_reserve', '10'],
        ['privacy_mode', 'minimal'],
      ),
      'Настройки',
      'Значение',
      ctx,
    );
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      schoolName: 'МБОУ СОШ № 5',
      timezone: 'Asia/Yekaterinburg',
      locale: 'en',
      adminEmails: ['zavuch@school.ru', 'director@school.ru'],
      hotlinePhones: ['+7 343 000-00-00', '8 800 000-00-00'],
      schoolEmail: 'school@example.ru',
      mailMode: 'live',
      publishHour: 18,
      schoolDays: [1, 2, 3, 4, 5, 6],
      summaryDay: 6,
      summaryHour: 12,
      reportDay: 2,
      surveyInvitations: 'weekly',
      archiveWeeks: 12,
      journalDeadlineHours: 48,
      lowScoreThreshold: 3,
      quotaReserve: 10,
      privacyMode: 'minimal',
    });
    expect(settings.holidays.size).toBe(16);
  });

  it('accepts keys typed with spaces and capitals', () => {
    const { settings, problems } = readSettings(
      rows(['Publish Hour', '9']),
      'Настройки',
      'Значение',
      ctx,
    );
    expect(problems).toEqual([]);
    expect(settings.publishHour).toBe(9);
  });

  it('reports a bad value with its row and keeps the default', () => {
    const { settings, problems } = readSettings(
      rows(
        ['publish_hour', '25'],
        ['school_days', 'будни'],
        ['mail_mode', 'всегда'],
        ['admin_emails', 'zavuch@'],
        ['holidays', '31.02.2027'],
        ['locale', 'de'],
      ),
      'Настройки',
      'Значение',
      ctx,
    );
    const defaults = defaultSettings(ctx);
    expect(settings).toEqual(defaults);
    expect(problems).toEqual([
      {
        sheet: 'Настройки',
        row: 2,
        column: 'Значение',
        value: '25',
        reason: ru.problems.badSetting('0–23'),
      },
      {
        sheet: 'Настройки',
        row: 3,
        column: 'Значение',
        value: 'будни',
        reason: ru.problems.badSetting('пн–пт'),
      },
      {
        sheet: 'Настройки',
        row: 4,
        column: 'Значение',
        value: 'всегда',
        // The hint offers the workbook's own words.
        reason: ru.problems.badSetting('живой / проверка / выкл'),
      },
      {
        sheet: 'Настройки',
        row: 5,
        column: 'Значение',
        value: 'zavuch@',
        reason: expect.stringContaining('zavuch@school.ru'),
      },
      {
        sheet: 'Настройки',
        row: 6,
        column: 'Значение',
        value: '31.02.2027',
        reason: expect.stringContaining('28.12.2026–11.01.2027'),
      },
      {
        sheet: 'Настройки',
        row: 7,
        column: 'Значение',
        value: 'de',
        reason: ru.problems.badSetting('ru / en'),
      },
    ]);
  });

  it('reports an unknown key and ignores its value', () => {
    const { settings, problems } = readSettings(
      rows(['director_phone', '+7 900 000-00-00'], ['publish_hour', '16']),
      'Настройки',
      'Значение',
      ctx,
    );
    expect(settings.publishHour).toBe(16);
    expect(problems).toEqual([
      {
        sheet: 'Настройки',
        row: 2,
        column: 'Ключ',
        value: 'director_phone',
        reason: ru.problems.unknownSetting,
      },
    ]);
  });

  it('keeps the default for a blank value without a problem', () => {
    const { settings, problems } = readSettings(
      rows(['publish_hour', ''], ['admin_emails', '  ']),
      'Настройки',
      'Значение',
      ctx,
    );
    expect(problems).toEqual([]);
    expect(settings.publishHour).toBe(17);
    expect(settings.adminEmails).toEqual([]);
  });
});
