/**
 * The small rules behind issue 14's letters: the term a week belongs to, phone numbers a phone
 * can dial, when the weekly letter leaves and which week it tells, the pre-filled request link,
 * the platform a link leads to, and the change notice's subject.
 */
import { FixedClock } from '../../../src/adapters/memory/clock';
import { PREFILL_TOKENS, fillPrefill, isPrefillTemplate } from '../../../src/domain/forms';
import { dialNumber } from '../../../src/domain/phones';
import { defaultSettings, type Settings } from '../../../src/domain/settings';
import { termStart } from '../../../src/domain/term';
import { summarisedDay, weeklyLetterTime } from '../../../src/domain/weekly-letter-time';
import { en } from '../../../src/i18n/en';
import { ru } from '../../../src/i18n/ru';
import { changeSubject, platformName } from '../../../src/mail/schedule-letters';
import { ALL_NAMES } from '../../../src/i18n';

const ctx = {
  zone: new FixedClock(new Date()).zoneFor('Europe/Moscow'),
  strings: ru,
  languages: ALL_NAMES,
};
const base: Settings = defaultSettings(ctx);
const days = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (
    let d = new Date(`${from}T00:00Z`);
    d <= new Date(`${to}T00:00Z`);
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push(d.toISOString().slice(0, 10));
  return out;
};

describe('termStart: the quarter a week belongs to', () => {
  it('starts after the autumn break the school lists', () => {
    const settings = { ...base, holidays: new Set(days('2026-10-26', '2026-11-04')) };
    // The break with its weekends runs 24.10–04.11; school resumes on Thursday 05.11.
    expect(termStart('2026-11-25', settings)).toBe('2026-11-05');
  });

  it('falls back to the usual quarter starts without holidays', () => {
    expect(termStart('2026-11-25', base)).toBe('2026-11-01');
    expect(termStart('2026-10-15', base)).toBe('2026-09-01');
    expect(termStart('2027-02-10', base)).toBe('2027-01-01');
    expect(termStart('2027-05-20', base)).toBe('2027-04-01');
  });

  it('is not reset by a long weekend or a single holiday', () => {
    const settings = {
      ...base,
      holidays: new Set(['2027-02-23', ...days('2027-05-01', '2027-05-04')]),
    };
    expect(termStart('2027-05-20', settings)).toBe('2027-04-01');
  });

  it('starts after the winter break', () => {
    const settings = { ...base, holidays: new Set(days('2026-12-29', '2027-01-11')) };
    expect(termStart('2027-02-10', settings)).toBe('2027-01-12');
  });
});

describe('dialNumber: tap-to-call numbers', () => {
  it('puts the area code before a city number', () => {
    expect(dialNumber('62-76-04', '8212')).toEqual({
      text: '(8212) 62-76-04',
      tel: 'tel:+78212627604',
    });
  });

  it('takes full numbers as they are, with 8 or +7', () => {
    expect(dialNumber('8 (8212) 62-50-21', '')).toEqual({
      text: '8 (8212) 62-50-21',
      tel: 'tel:+78212625021',
    });
    expect(dialNumber('+7 912 000-00-00', '8212').tel).toBe('tel:+79120000000');
    expect(dialNumber('8212 62-76-04', '').tel).toBe('tel:+78212627604');
  });

  it('links nothing it cannot dial for sure', () => {
    expect(dialNumber('62-76-04', '')).toEqual({ text: '62-76-04' });
    expect(dialNumber('доб. 12', '8212')).toEqual({ text: 'доб. 12' });
  });
});

describe('the weekly letter: when it leaves, which week it tells', () => {
  it('leaves on Saturday morning for a Monday–Friday school with a 24-hour journal deadline', () => {
    expect(weeklyLetterTime(base)).toEqual({ weekday: 6, hour: 9 });
    // Saturday tells the week that ends with it.
    expect(summarisedDay('2026-11-28', base)).toBe('2026-11-27');
  });

  it('follows the journal deadline and the school days', () => {
    expect(weeklyLetterTime({ ...base, journalDeadlineHours: 48 })).toEqual({
      weekday: 7,
      hour: 9,
    });
    // 72 hours: Monday morning, telling the week before.
    const monday = { ...base, journalDeadlineHours: 72 };
    expect(weeklyLetterTime(monday)).toEqual({ weekday: 1, hour: 9 });
    expect(summarisedDay('2026-11-30', monday)).toBe('2026-11-27');
    // A six-day school: Sunday morning.
    expect(weeklyLetterTime({ ...base, schoolDays: [1, 2, 3, 4, 5, 6] })).toEqual({
      weekday: 7,
      hour: 9,
    });
  });

  it('lets summary_day and summary_hour win; a school day alone means the evening', () => {
    expect(weeklyLetterTime({ ...base, summaryDay: 5, summaryHour: 15 })).toEqual({
      weekday: 5,
      hour: 15,
    });
    expect(weeklyLetterTime({ ...base, summaryDay: 5 })).toEqual({ weekday: 5, hour: 18 });
    expect(weeklyLetterTime({ ...base, summaryDay: 7 })).toEqual({ weekday: 7, hour: 9 });
    expect(summarisedDay('2026-11-27', { ...base, summaryDay: 5 })).toBe('2026-11-27');
  });
});

describe('the pre-filled request link', () => {
  const template = `https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=${PREFILL_TOKENS.pupilId}&entry.2=${PREFILL_TOKENS.class}`;

  it('is a template only when Google kept both placeholders', () => {
    expect(isPrefillTemplate(template)).toBe(true);
    expect(isPrefillTemplate('https://docs.google.com/forms/d/e/F/viewform')).toBe(false);
  });

  it("puts the child's ID and class in, URL-encoded", () => {
    expect(fillPrefill(template, { pupilId: 'P 01&x', class: '5А' })).toBe(
      'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=P%2001%26x&entry.2=5%D0%90',
    );
  });

  it('drops a parameter without a value instead of showing the placeholder', () => {
    expect(fillPrefill(template, { class: '5А' })).toBe(
      'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.2=5%D0%90',
    );
    expect(fillPrefill(template, { pupilId: 'P1' })).toBe(
      'https://docs.google.com/forms/d/e/F/viewform?usp=pp_url&entry.1=P1',
    );
  });
});

describe('platformName: a link button says where it leads', () => {
  it.each([
    ['https://sferum.ru/?call_link=abc', 'Сферум'],
    ['https://web.sferum.ru/x', 'Сферум'],
    ['https://resh.edu.ru/subject/lesson/1/', 'РЭШ'],
    ['https://education.yandex.ru/lab/classes', 'Яндекс Учебник'],
    ['https://uchi.ru/teachers/x', 'Учи.ру'],
    ['https://www.example.org/lesson', 'example.org'],
  ])('%s → %s', (url, name) => expect(platformName(url, ru)).toBe(name));

  it('does not take a look-alike host for the platform', () => {
    expect(platformName('https://notsferum.ru/x', ru)).toBe('notsferum.ru');
  });
});

describe('changeSubject: the class, the day and what changed', () => {
  const change = (subject: string, extra: object) => ({
    lesson: { id: 'L', date: '2026-11-30', period: 1, subject },
    cancelled: false,
    removed: false,
    fields: [],
    ...extra,
  });

  it('says «математика отменена», with the gender of the subject', () => {
    expect(changeSubject('5А', [change('Математика', { cancelled: true })], ru)).toBe(
      '5А, пн 30.11: математика отменена',
    );
    expect(changeSubject('5А', [change('Русский язык', { cancelled: true })], ru)).toBe(
      '5А, пн 30.11: русский язык отменён',
    );
    expect(changeSubject('5А', [change('Литературное чтение', { removed: true })], ru)).toBe(
      '5А, пн 30.11: литературное чтение убрано из расписания',
    );
    expect(changeSubject('5А', [change('ИЗО', { cancelled: true })], ru)).toBe(
      '5А, пн 30.11: урок ИЗО отменён',
    );
  });

  it('names the new day of a moved lesson and counts the other changes', () => {
    const moved = change('Математика', {
      fields: [
        { field: 'date', before: '30.11.2026', after: '02.12.2026' },
        { field: 'task', before: 'a', after: 'b' },
      ],
    });
    const other = change('История', {
      cancelled: true,
      lesson: { id: 'M', date: '2026-12-01', period: 2, subject: 'История' },
    });
    expect(changeSubject('5А', [moved, other], ru)).toBe(
      '5А, пн 30.11, вт 01.12: математика перенесена на ср 02.12 и ещё 2 изменения',
    );
    expect(changeSubject('5A', [moved], en)).toBe(
      '5A, mon 30.11: Математика moved to wed 02.12 and 1 more change',
    );
  });
});
