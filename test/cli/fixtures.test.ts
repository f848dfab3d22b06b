/**
 * The runner on workbooks written by LibreOffice (test/fixtures, see its README), not by exceljs:
 * a title row above the header, the usual other spellings of headers and tabs, a misspelt header.
 * Acceptance 1 and 2 of issue 10.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadXlsx } from '../../src/adapters/xlsx';
import { intlZone } from '../../src/adapters/memory/zone';
import { cellText, isDateValue } from '../../src/domain/cells';
import { ru } from '../../src/i18n/ru';
import { distant, exitOf, FIXTURES, removeTempDirs, tempDir } from '../support/cli';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const zone = intlZone('Europe/Moscow');
const NOW = '2026-11-27T16:00';
const S = ru.sheets;

interface Result {
  readonly out: string;
  readonly status: number | null;
  readonly stderr: string;
  readonly letters: string[];
  readonly problems: string[][];
  readonly summary: { messagesByJob: Record<string, number>; problems: number };
}

/** Runs a fixture through the whole week up to Friday 16:00. */
function run(fixture: string): Result {
  const out = tempDir();
  const result = distant(
    'run',
    '--workbook',
    join(FIXTURES, fixture),
    '--now',
    NOW,
    '--out',
    out,
    '--quiet',
  );
  const csv = readFileSync(join(out, 'problems.csv'), 'utf8').replace(/^\uFEFF/, '');
  return {
    out,
    status: result.status,
    stderr: result.stderr,
    letters: readdirSync(join(out, 'mail')).sort(),
    problems: csv
      .trimEnd()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';').map((f) => f.replace(/^"|"$/g, ''))),
    summary: JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')),
  };
}

/** Every lesson of the output workbook stamped «Опубликовано», as `date|class`. */
async function stampedLessons(out: string): Promise<string[]> {
  const workbook = await loadXlsx(join(out, 'workbook.xlsx'), zone);
  const [header = [], ...rows] = workbook.peek(S.schedule.name);
  const at = (key: string): number => header.indexOf(S.schedule.columns[key]!);
  return rows
    .filter((r) => cellText(r[at('published')]) !== '')
    .map((r) => {
      const date = r[at('date')];
      return `${isDateValue(date) ? zone.parts(date).date : cellText(date)}|${cellText(r[at('class')])}`;
    });
}

/** Whether a publication letter of that day and class was written. */
const letterFor = (letters: readonly string[], lesson: string): boolean => {
  const [date, cls] = lesson.split('|');
  return letters.some((f) => f.includes(`-publish-${date}-${cls}-`));
};

let school: Result;
let titled: Result;
let variants: Result;
let misspelt: Result;
beforeAll(() => {
  school = run('school.xlsx');
  titled = run('title-row.xlsx');
  variants = run('variants.xlsx');
  misspelt = run('misspelt.xlsx');
});

describe('school.xlsx, as LibreOffice writes it (the baseline)', () => {
  it('runs clean: exit 0, no problem', () => {
    expect({ status: school.status, problems: school.problems }).toEqual({
      status: 0,
      problems: [],
    });
  });

  it('publishes every day, and each stamped lesson has its class letter', async () => {
    const stamped = await stampedLessons(school.out);
    expect(stamped.length).toBeGreaterThan(100);
    expect(stamped.filter((l) => !letterFor(school.letters, l))).toEqual([]);
  });
});

describe('title-row.xlsx: a merged title above the header of «Ученики»', () => {
  it('stamps no lesson «Опубликовано» without its letter (here: none at all)', async () => {
    expect(titled.status).toBe(0);
    const stamped = await stampedLessons(titled.out);
    expect(stamped.filter((l) => !letterFor(titled.letters, l))).toEqual([]);
    expect(stamped).toEqual([]);
    expect(titled.letters.filter((f) => /-(publish|summary|digest)-/.test(f))).toEqual([]);
  });

  it('records nobody as informed', async () => {
    const workbook = await loadXlsx(join(titled.out, 'workbook.xlsx'), zone);
    expect(workbook.peek(S.informed.name).slice(1)).toEqual([]);
  });

  it('has one problem, on row 1, saying the header must be on row 1 and is on row 2', () => {
    expect(titled.problems).toEqual([
      [S.pupils.name, '1', '', 'Список учащихся на 2026/27 учебный год', ru.readers.headerBelow(2)],
    ]);
    expect(ru.readers.headerBelow(2)).toMatch(/в строке 1, а похоже, что они в строке 2/);
  });

  it('tells on the console which jobs did nothing and why, once each', () => {
    const notDone = ru.readers.notDone(
      ru.readers.sheetReason(S.pupils.name, ru.readers.headerBelow(2)),
    );
    expect(titled.stderr.split('\n').filter((l) => l.includes(notDone))).toEqual([
      `publishSchedule: ${notDone}`,
      `familySummaries: ${notDone}`,
    ]);
  });
});

describe('variants.xlsx: «Ф.И.О.», «E-mail родителя 1», «Ученики », «расписание»', () => {
  it('reads them as their usual spellings: no problem, the very same letters to the very same people', () => {
    expect(exitOf({ status: variants.status, stdout: '', stderr: variants.stderr })).toEqual({
      status: 0,
      stderr: '',
    });
    expect(variants.problems).toEqual([]);
    // A letter's file name holds its outbox key, and the key a hash of its recipients.
    expect(variants.letters).toEqual(school.letters);
    expect(variants.summary.messagesByJob).toEqual(school.summary.messagesByJob);
  });
});

describe('misspelt.xlsx: «Emial родителя 2» and a school column «Примечание»', () => {
  it('lists the misspelt header with the column it probably means, and only it', () => {
    expect(misspelt.status).toBe(0);
    expect(misspelt.problems).toEqual([
      [
        S.pupils.name,
        '1',
        'Emial родителя 2',
        'Emial родителя 2',
        ru.readers.closeHeader('Emial родителя 2', 'Email родителя 2'),
      ],
    ]);
  });
});
