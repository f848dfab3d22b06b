/**
 * The pure rules of a pupil's erasure and of retention: what is the pupil's (and what is a
 * sibling's, a teacher's or a namesake's), runs of rows, the anonymous answers of a form, and
 * which outbox rows lose their words.
 */
import {
  anonymousColumns,
  isDistinctiveId,
  isResponseSheet,
  mentionFinder,
  rowBlocks,
  tracesOf,
} from '../../../src/domain/erasure';
import type { Pupil } from '../../../src/domain/rows';
import { ru } from '../../../src/i18n/ru';
import { en } from '../../../src/i18n/en';
import {
  erasureOf,
  type OutboxRowView,
  retentionOf,
} from '../../../src/jobs/shared/outbox-retention';
import { ALL_NAMES } from '../../../src/i18n';

const pupil = (id: string, name: string, guardians: Pupil['guardians'], email?: string): Pupil => ({
  id,
  name,
  class: '5А',
  email,
  guardians,
  active: true,
});

const ARINA = pupil(
  'P0125',
  'Артеева Арина Антоновна',
  [
    { name: 'Артеева Ксения Леонидовна', email: 'Arteeva.K@bk.example', phone: '8 922 604-18-25' },
    { name: 'Артеев Антон Олегович', email: 'anton@family.example', phone: '+7 (963) 913-02-83' },
  ],
  'arina@pupil.example',
);
// Arina's brother shares the father's address and phone.
const BROTHER = pupil('P0126', 'Артеев Павел Антонович', [
  { name: 'Артеев Антон Олегович', email: 'anton@family.example', phone: '89639130283' },
]);
const NAMESAKE = pupil('P0300', 'Артеева Арина Сергеевна', [{ email: 'other@home.example' }]);

describe('tracesOf', () => {
  const traces = tracesOf('P0125', ARINA, {
    pupils: [BROTHER, NAMESAKE],
    contacts: ['teacher@school.example', '8 922 604 18 25'],
    names: ['Иванова Анна Петровна'],
  });

  it('keeps only what nobody who stays shares', () => {
    // The father's address and phone are the brother's too; the mother's phone is a teacher's.
    expect(traces.emails).toEqual(['arina@pupil.example', 'arteeva.k@bk.example']);
    expect(traces.phones).toEqual([]);
    // «Артеева Арина» is also the namesake's: only the full name and the mother's stay.
    expect(traces.names).toEqual([
      'артеева арина антоновна',
      'артеева ксения леонидовна',
      'артеева ксения',
      'ксения артеева',
    ]);
    expect(traces.nameWords).toEqual(['артеева', 'арина']);
  });

  it('knows the ID only once the pupil has left the roster', () => {
    const gone = tracesOf('P0125', undefined, { pupils: [], contacts: [], names: [] });
    expect(gone).toMatchObject({ id: 'P0125', names: [], emails: [], phones: [] });
  });
});

describe('mentionFinder', () => {
  const mentions = mentionFinder(
    tracesOf('P0125', ARINA, { pupils: [BROTHER], contacts: [], names: [] }),
  );

  it('finds the ID as a word, in text and in links', () => {
    expect(mentions('Арина (P0125)')).toBe(true);
    expect(mentions('https://forms.example/viewform?entry.1=p0125&entry.2=5А')).toBe(true);
    expect(mentions('P01250')).toBe(false);
    expect(mentions('XP0125')).toBe(false);
  });

  it('finds names in any case and with «ё», as a whole name', () => {
    expect(mentions('АРТЕЕВА АРИНА АНТОНОВНА, 5А')).toBe(true);
    expect(mentions('Арина Артеева пропустила')).toBe(true);
    expect(mentions('Артеева')).toBe(false);
    expect(mentions('Арина')).toBe(false);
  });

  it('finds the family’s own addresses and phones, however they are written', () => {
    expect(mentions('{"to":["arteeva.k@bk.example"]}')).toBe(true);
    expect(mentions('mailto:ARTEEVA.K@BK.EXAMPLE')).toBe(true);
    expect(mentions('xarteeva.k@bk.example')).toBe(false);
    expect(mentions('arteeva.k@bk.example.org')).toBe(false);
    expect(mentions('tel:+79226041825')).toBe(true);
    expect(mentions('8 (922) 604-18-25')).toBe(true);
    // The father's phone is the brother's too.
    expect(mentions('8 963 913-02-83')).toBe(false);
  });

  it('looks for a short ID in ID columns only', () => {
    expect(isDistinctiveId('P0125')).toBe(true);
    expect(isDistinctiveId('12')).toBe(false);
    expect(isDistinctiveId('P1')).toBe(false);
    expect(isDistinctiveId('202601')).toBe(true);
    const short = mentionFinder(tracesOf('12', undefined, { pupils: [], contacts: [], names: [] }));
    expect(short('Урок 12, кабинет 12')).toBe(false);
  });
});

describe('rowBlocks', () => {
  it('groups neighbouring rows, lowest first, each row once', () => {
    expect(rowBlocks([9, 3, 4, 5, 12, 10, 4])).toEqual([
      { start: 3, count: 3 },
      { start: 9, count: 2 },
      { start: 12, count: 1 },
    ]);
    expect(rowBlocks([])).toEqual([]);
  });
});

describe('anonymousColumns', () => {
  it('keeps the timestamp, the scores and the closed choices of each form, in either language', () => {
    for (const strings of [ru, en]) {
      const q = strings.forms.questions;
      const parent = [
        'Timestamp',
        'Email Address',
        q.pupilId,
        q.organisation,
        q.clarity,
        q.comment,
      ];
      expect(isResponseSheet(parent, ALL_NAMES)).toBe(true);
      expect([...anonymousColumns(parent, ALL_NAMES)]).toEqual([0, 3, 4]);
      const request = [
        'Отметка времени',
        'Адрес электронной почты',
        q.type,
        q.pupilId,
        q.applicant,
      ];
      expect([...anonymousColumns(request, ALL_NAMES)]).toEqual([0, 2]);
      const census = ['Timestamp', q.pupilId, q.computer, q.internet, q.device, q.paper, q.contact];
      expect([...anonymousColumns(census, ALL_NAMES)]).toEqual([0, 2, 3, 5]);
    }
    expect(isResponseSheet(['Ключ', 'Значение'], ALL_NAMES)).toBe(false);
  });
});

describe('the outbox rules', () => {
  const horizon = new Date('2026-10-01T00:00:00Z');
  const row = (over: Partial<OutboxRowView>): OutboxRowView => ({
    key: 'summary|2026-W30|abc',
    status: 'sent',
    created: new Date('2026-09-01T00:00:00Z'),
    recipients: 'arteeva.k@bk.example',
    subject: 'Итоги недели: Арина',
    error: '',
    content: '{"to":["arteeva.k@bk.example"],"text":"Арина (P0125)"}',
    ...over,
  });

  it('retention clears letters done and older than the horizon, nothing else', () => {
    expect(retentionOf(row({}), horizon)).toBe('clear');
    expect(retentionOf(row({ status: 'error' }), horizon)).toBe('clear');
    expect(retentionOf(row({ status: 'queued' }), horizon)).toBe('keep');
    expect(retentionOf(row({ status: 'unknown' }), horizon)).toBe('keep');
    expect(retentionOf(row({ created: new Date('2026-10-02T00:00:00Z') }), horizon)).toBe('keep');
    expect(retentionOf(row({ created: undefined }), horizon)).toBe('keep');
    const cleared = row({ recipients: '', subject: '', error: '', content: '' });
    expect(retentionOf(cleared, horizon)).toBe('keep');
  });

  it('erasure clears letters naming the pupil, and stops those still waiting', () => {
    const mentions = (text: string): boolean => text.includes('P0125');
    expect(erasureOf(row({}), mentions)).toBe('clear');
    expect(erasureOf(row({ status: 'queued' }), mentions)).toBe('skip');
    expect(erasureOf(row({ content: '{"text":"Павел (P0126)"}' }), mentions)).toBe('keep');
    expect(erasureOf(row({ key: '' }), mentions)).toBe('keep');
  });
});
