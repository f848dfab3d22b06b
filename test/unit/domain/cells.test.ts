import {
  cellText,
  isBlank,
  isBlankRow,
  isDateValue,
  normalizeWord,
  sheetSafe,
  wouldNotStayText,
} from '../../../src/domain/cells';

describe('sheetSafe', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['=IMPORTXML("http://x", "//a")', '\'=IMPORTXML("http://x", "//a")'],
    ['+7 912 345-67-89', "'+7 912 345-67-89"],
    ['-', "'-"],
    ['-5', "'-5"],
    ['@x', "'@x"],
  ])('keeps %j from becoming a formula', (input, output) => {
    expect(sheetSafe(input)).toBe(output);
  });

  it('leaves ordinary text and other values alone', () => {
    expect(sheetSafe('Иванов')).toBe('Иванов');
    expect(sheetSafe('8 912 345-67-89')).toBe('8 912 345-67-89');
    expect(sheetSafe('a=b')).toBe('a=b');
    expect(sheetSafe('')).toBe('');
    expect(sheetSafe(-5)).toBe(-5);
    expect(sheetSafe(true)).toBe(true);
    expect(sheetSafe(null)).toBeNull();
    const date = new Date('2026-11-28T06:00:00Z');
    expect(sheetSafe(date)).toBe(date);
  });
});

describe('wouldNotStayText', () => {
  it.each([
    '28.11.2026',
    '9:20',
    '3,5',
    '1 000',
    '85%',
    '₽100',
    '$5',
    'TRUE',
    'ложь',
    '=A1',
    '+7 912',
    ' 2026-11-28',
    '5А',
    '.5',
  ])('%j would be read as something else, so it is written as text', (text) =>
    expect(wouldNotStayText(text)).toBe(true),
  );

  it.each(['Иванов', 'в очереди', 'R-5', 'publish|2026-11-30', 'ок', '', 'Математика 9:20'])(
    '%j stays text by itself',
    (text) => expect(wouldNotStayText(text)).toBe(false),
  );
});

describe('normalizeWord', () => {
  it('trims, lower-cases and folds «ё» to «е»', () => {
    expect(normalizeWord('  Зачёт ')).toBe('зачет');
    expect(normalizeWord('ЁЛКА')).toBe('елка');
    expect(normalizeWord('Email Ученика')).toBe('email ученика');
  });

  it('unifies dashes and spaces', () => {
    expect(normalizeWord('пн–пт')).toBe('пн-пт');
    expect(normalizeWord('пн—пт')).toBe('пн-пт');
    expect(normalizeWord('пн‐пт')).toBe('пн-пт');
    expect(normalizeWord('пн−пт')).toBe('пн-пт');
    expect(normalizeWord('не   сдана')).toBe('не сдана');
    expect(normalizeWord('не\u00a0сдана')).toBe('не сдана');
    expect(normalizeWord('не\tсдана')).toBe('не сдана');
  });
});

describe('blank and text', () => {
  it('knows blank cells', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank('   ')).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlankRow(['', null, ' '])).toBe(true);
    expect(isBlankRow(['', 0])).toBe(false);
  });

  it('turns cells into trimmed text', () => {
    expect(cellText('  a  ')).toBe('a');
    expect(cellText(5)).toBe('5');
    expect(cellText(false)).toBe('false');
    expect(cellText(null)).toBe('');
    expect(cellText(new Date('2026-11-28T06:00:00Z'))).toBe('2026-11-28T06:00:00.000Z');
    expect(cellText(new Date(NaN))).toBe('');
  });

  it('recognises dates', () => {
    expect(isDateValue(new Date())).toBe(true);
    expect(isDateValue('2026-11-28')).toBe(false);
    expect(isDateValue(46354)).toBe(false);
  });
});
