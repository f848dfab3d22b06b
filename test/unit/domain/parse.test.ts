import { intlZone } from '../../../src/adapters/memory/zone';
import { instantOf } from '../../../src/domain/calendar';
import {
  type Failure,
  gradeOf,
  isFailure,
  lookupVocabulary,
  type ParseContext,
  parseChoice,
  parseClassName,
  parseDate,
  parseEmail,
  parseEmailList,
  parseInteger,
  parseMark,
  parsePhone,
  parseTime,
  parseYesNo,
} from '../../../src/domain/parse';
import { VOCABULARIES, type VocabularyName } from '../../../src/domain/vocabulary';
import { ALL_NAMES, stringsFor } from '../../../src/i18n';
import { normalizeWord } from '../../../src/domain/cells';

const moscow = intlZone('Europe/Moscow');
const ru = stringsFor('ru');
const en = stringsFor('en');
const ctx: ParseContext = { zone: moscow, strings: ru, languages: ALL_NAMES };
const enCtx: ParseContext = { zone: moscow, strings: en, languages: ALL_NAMES };

const failure = (reason: string): Failure => ({ failure: reason });

describe('parseDate', () => {
  it('reads a date value in the school time zone', () => {
    // Moscow midnight is 21:00 UTC the day before.
    expect(parseDate(new Date('2026-11-27T21:00:00Z'), ctx)).toBe('2026-11-28');
    expect(parseDate(instantOf(moscow, '2026-11-28'), ctx)).toBe('2026-11-28');
    expect(parseDate(instantOf(moscow, '2026-11-28', 23 * 60 + 59), ctx)).toBe('2026-11-28');
    expect(parseDate(new Date('2026-11-27T20:59:00Z'), ctx)).toBe('2026-11-27');
  });

  it('reads Sheets serial numbers', () => {
    expect(parseDate(46354, ctx)).toBe('2026-11-28');
    expect(parseDate(46354.5, ctx)).toBe('2026-11-28');
  });

  it.each([
    ['28.11.2026', '2026-11-28'],
    ['28.11.26', '2026-11-28'],
    ['2026-11-28', '2026-11-28'],
    [' 28.11.2026 ', '2026-11-28'],
    ['1.9.2026', '2026-09-01'],
    ['28/11/2026', '2026-11-28'],
    ['28.11.2026 г.', '2026-11-28'],
    ['28.11.2026 09:00', '2026-11-28'],
    ['2026-11-28T09:00', '2026-11-28'],
    ['29.02.2028', '2028-02-29'],
  ])('reads the text %j', (text, date) => {
    expect(parseDate(text, ctx)).toBe(date);
  });

  it.each([
    ['31.02.2026'],
    ['29.02.2026'],
    ['32.01.2026'],
    ['28.13.2026'],
    ['2026-02-30'],
    ['вчера'],
    ['завтра'],
    ['28 ноября'],
    ['11/28/2026 9am'],
    [''],
    [true],
    [null],
  ])('rejects %j with the date reason', (raw) => {
    expect(parseDate(raw, ctx)).toEqual(failure(ru.problems.badDate));
  });

  it('rejects numbers that are not dates and invalid date values', () => {
    expect(isFailure(parseDate(0.375, ctx))).toBe(true);
    expect(isFailure(parseDate(-1, ctx))).toBe(true);
    expect(isFailure(parseDate(Number.NaN, ctx))).toBe(true);
    expect(isFailure(parseDate(Number.POSITIVE_INFINITY, ctx))).toBe(true);
    expect(isFailure(parseDate(28112026, ctx))).toBe(true);
    expect(isFailure(parseDate(new Date(Number.NaN), ctx))).toBe(true);
    expect(isFailure(parseDate(new Date('1850-01-01T00:00:00Z'), ctx))).toBe(true);
  });

  it('gives the reason in the workbook language', () => {
    expect(parseDate('yesterday', enCtx)).toEqual(failure(en.problems.badDate));
  });
});

describe('parseTime', () => {
  it.each([
    ['9:00', 540],
    ['09:00', 540],
    ['09.00', 540],
    ['9.05', 545],
    ['13:45', 825],
    ['00:00', 0],
    ['23:59', 1439],
    ['09:00:00', 540],
  ])('reads the text %j', (text, minutes) => {
    expect(parseTime(text, ctx)).toBe(minutes);
  });

  it('reads fractions of a day and serials with a time part', () => {
    expect(parseTime(0.375, ctx)).toBe(540);
    expect(parseTime(0.5, ctx)).toBe(720);
    expect(parseTime(0, ctx)).toBe(0);
    expect(parseTime(46354.375, ctx)).toBe(540);
    // 09:05 as a fraction is not exact in binary; it still reads as 09:05.
    expect(parseTime(545 / 1440, ctx)).toBe(545);
  });

  it('reads a time value in the school time zone', () => {
    expect(parseTime(instantOf(moscow, '2026-11-28', 540), ctx)).toBe(540);
    expect(parseTime(new Date('2026-11-28T06:30:00Z'), ctx)).toBe(570);
  });

  it.each([['25:00'], ['9:60'], ['9'], ['девять'], ['9:0'], [''], [-0.5], [Number.NaN]])(
    'rejects %j',
    (raw) => {
      expect(parseTime(raw, ctx)).toEqual(failure(ru.problems.badTime));
    },
  );

  it('rejects an invalid date value', () => {
    expect(isFailure(parseTime(new Date(Number.NaN), ctx))).toBe(true);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['да', true],
    ['Да', true],
    [' ДА ', true],
    ['yes', true],
    ['Yes', true],
    ['true', true],
    ['TRUE', true],
    ['1', true],
    [1, true],
    [true, true],
    ['нет', false],
    ['Нет', false],
    ['no', false],
    ['false', false],
    ['FALSE', false],
    ['0', false],
    [0, false],
    [false, false],
  ])('reads %j as %j', (raw, value) => {
    expect(parseYesNo(raw, ctx)).toBe(value);
  });

  it.each([['может быть'], ['2'], [2], ['да/нет'], ['']])('rejects %j', (raw) => {
    expect(parseYesNo(raw, ctx)).toEqual(failure(ru.problems.badYesNo));
  });
});

describe('parseMark', () => {
  it.each([
    [5, 5],
    [1, 1],
    ['5', 5],
    [' 3 ', 3],
    ['зачёт', 'pass'],
    ['зачет', 'pass'],
    ['Зачёт', 'pass'],
    ['незачёт', 'fail'],
    ['незачет', 'fail'],
    ['pass', 'pass'],
    ['fail', 'fail'],
  ])('reads %j', (raw, mark) => {
    expect(parseMark(raw, ctx)).toBe(mark);
  });

  it.each([['6'], [6], ['5+'], ['4-'], [4.5], ['4.5'], ['4,5'], [0], ['0'], ['отлично'], [true]])(
    'rejects %j without rounding it',
    (raw) => {
      expect(parseMark(raw, ctx)).toEqual(failure(ru.problems.badMark));
    },
  );
});

describe('parseEmail and parseEmailList', () => {
  it('trims and lower-cases', () => {
    expect(parseEmail('  Ivanov@Mail.RU ', ctx)).toBe('ivanov@mail.ru');
    expect(parseEmail('mailto:petrova@school.ru', ctx)).toBe('petrova@school.ru');
  });

  it.each([['ivanov@'], ['ivanov'], ['@mail.ru'], ['ivanov@mail'], ['иванов мария@mail.ru'], [5]])(
    'rejects %j',
    (raw) => {
      expect(parseEmail(raw, ctx)).toEqual(failure(ru.problems.badEmail));
    },
  );

  it('reads lists separated by commas, semicolons and spaces, without repeats', () => {
    expect(parseEmailList('A@x.ru, b@x.ru; c@x.ru  a@x.ru', ctx)).toEqual([
      'a@x.ru',
      'b@x.ru',
      'c@x.ru',
    ]);
    expect(parseEmailList('', ctx)).toEqual([]);
  });

  it('rejects a list with one bad address', () => {
    expect(parseEmailList('a@x.ru, ivanov@', ctx)).toEqual(failure(ru.problems.badEmail));
  });
});

describe('parsePhone and parseInteger', () => {
  it('reads phones loosely', () => {
    expect(parsePhone('+7 (912) 345-67-89', ctx)).toBe('+7 (912) 345-67-89');
    expect(parsePhone('8 912 345 67 89', ctx)).toBe('8 912 345 67 89');
    expect(parsePhone(79123456789, ctx)).toBe('79123456789');
  });

  it('rejects what is not a phone', () => {
    expect(parsePhone('нет телефона', ctx)).toEqual(failure(ru.problems.badPhone));
    expect(parsePhone('12', ctx)).toEqual(failure(ru.problems.badPhone));
  });

  it('reads whole numbers within bounds', () => {
    expect(parseInteger('17', ctx, 0, 23)).toBe(17);
    expect(parseInteger(3, ctx)).toBe(3);
    expect(parseInteger('24', ctx, 0, 23)).toEqual(failure(ru.problems.badNumber));
    expect(parseInteger('2,5', ctx)).toEqual(failure(ru.problems.badNumber));
    expect(parseInteger('пять', ctx)).toEqual(failure(ru.problems.badNumber));
  });
});

describe('parseClassName', () => {
  it.each([
    ['5А', '5А'],
    ['5а', '5А'],
    ['5 а', '5А'],
    ['5-А', '5А'],
    ['5–а', '5А'],
    [' 9Б ', '9Б'],
    ['11В', '11В'],
    ['1', '1'],
    [5, '5'],
    // Latin look-alikes typed on an English keyboard are the Cyrillic letters.
    ['5A', '5А'],
    ['5a', '5А'],
    ['7B', '7В'],
    ['8c', '8С'],
    ['6Ё', '6Е'],
  ])('reads %j as %j', (raw, name) => {
    expect(parseClassName(raw, ctx)).toBe(name);
  });

  it('gives Cyrillic letters for Latin look-alikes', () => {
    expect(parseClassName('5A', ctx)).not.toBe('5A');
    expect(parseClassName('5A', ctx)).toBe(parseClassName('5А', ctx));
  });

  it.each([['12А'], ['0А'], ['А5'], ['5АБ'], ['пятый'], ['']])('rejects %j', (raw) => {
    expect(parseClassName(raw, ctx)).toEqual(failure(ru.problems.badClassName));
  });

  it('knows the grade of a class', () => {
    expect(gradeOf('5А')).toBe(5);
    expect(gradeOf('11В')).toBe(11);
  });
});

describe('vocabularies', () => {
  it.each([
    ['lessonStatus', 'согласовано', 'agreed'],
    ['lessonStatus', 'Согласовано', 'agreed'],
    ['lessonStatus', 'agreed', 'agreed'],
    ['lessonStatus', 'утверждено', 'agreed'],
    ['lessonStatus', 'на согласовании', 'pending'],
    ['lessonStatus', 'на согл', 'pending'],
    ['lessonStatus', 'отменён', 'cancelled'],
    ['lessonStatus', 'canceled', 'cancelled'],
    ['lessonStatus', 'Cancelled', 'cancelled'],
    ['lessonForm', 'онлайн', 'online'],
    ['lessonForm', 'самост.', 'selfStudy'],
    ['lessonForm', 'самост', 'selfStudy'],
    ['lessonForm', 'self-study', 'selfStudy'],
    ['lessonForm', 'self–study', 'selfStudy'],
    ['lessonForm', 'in person', 'inPerson'],
    ['lessonForm', 'очно', 'inPerson'],
    ['attendance', 'н', 'absent'],
    ['attendance', 'был', 'present'],
    ['attendance', 'absent', 'absent'],
    ['attendance', 'у', 'excused'],
    ['work', 'не сдана', 'missing'],
    ['work', 'not submitted', 'missing'],
    ['work', 'просрочено', 'overdue'],
    ['role', 'администратор', 'admin'],
    ['role', 'Завуч', 'admin'],
    ['role', 'teacher', 'teacher'],
    ['role', 'administrator', 'admin'],
    ['internet', 'нестабильный', 'unstable'],
    ['internet', 'unstable', 'unstable'],
    ['requestType', 'печатные материалы', 'paper'],
    ['requestType', 'paper', 'paper'],
    ['requestStatus', 'в работе', 'inProgress'],
    ['requestStatus', 'in progress', 'inProgress'],
    ['requestStatus', 'in-progress', 'inProgress'],
    ['credit', 'Зачёт', 'pass'],
    ['mailMode', 'LIVE', 'live'],
  ] as const)('%s: %j is %j', (name, word, code) => {
    expect(lookupVocabulary(name, word, ALL_NAMES)).toBe(code);
    expect(parseChoice(name, word, ctx)).toBe(code);
  });

  it('rejects unknown words with the list the drop-down offers', () => {
    const out = parseChoice('lessonStatus', 'готово', ctx);
    expect(out).toEqual(
      failure(ru.problems.badChoice(['черновик', 'на согласовании', 'согласовано', 'отменено'])),
    );
    expect(parseChoice('lessonStatus', 'maybe', enCtx)).toEqual(
      failure(en.problems.badChoice(['draft', 'pending', 'agreed', 'cancelled'])),
    );
    expect(lookupVocabulary('role', 'ученик', ALL_NAMES)).toBeUndefined();
  });

  it('never maps one word to two values of the same vocabulary', () => {
    for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) {
      const owner = new Map<string, string>();
      for (const code of VOCABULARIES[name]) {
        const words = new Set<string>([normalizeWord(code)]);
        for (const strings of ALL_NAMES) {
          words.add(normalizeWord((strings.labels[name] as Record<string, string>)[code]!));
          for (const alias of strings.aliases[name]?.[code] ?? []) words.add(normalizeWord(alias));
        }
        for (const word of words) {
          const other = owner.get(word);
          expect({ name, word, codes: other === undefined ? [code] : [other, code] }).toEqual({
            name,
            word,
            codes: [code],
          });
          owner.set(word, code);
        }
      }
    }
  });

  it('reads every label of both languages back to its code', () => {
    for (const name of Object.keys(VOCABULARIES) as VocabularyName[]) {
      for (const code of VOCABULARIES[name]) {
        for (const strings of ALL_NAMES) {
          const label = (strings.labels[name] as Record<string, string>)[code]!;
          expect([name, label, lookupVocabulary(name, label, ALL_NAMES)]).toEqual([
            name,
            label,
            code,
          ]);
        }
      }
    }
  });
});
