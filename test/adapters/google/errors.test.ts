/**
 * The Google adapters when Google says no: a 429 (over the per-minute quota) on a read and on a
 * write, a 500, are retried with backoff and the job goes on; a permanent error stops with a clear
 * message and writes nothing. The throttle keeps to the documented per-minute quotas.
 */
import { GoogleApiError } from '../../../src/adapters/google/bridge';
import { Throttle } from '../../../src/adapters/google/quota';
import { FakeGoogle, fakeCalls, googleSide } from '../../support/google';

jest.setTimeout(60_000);
const fake = new FakeGoogle();
beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

const grids = {
  Лист: [
    ['Ключ', 'Значение'],
    ['a', 1],
  ],
};

it('a 429 on a read is retried and the read succeeds', async () => {
  await fake.addSpreadsheet('r429', grids);
  const side = googleSide(fake.rootUrl, 'r429');
  side.workbook.sheetNames();
  await fake.failNext(/^GET \/v4\/spreadsheets\/r429\/values:batchGet$/, 429, 2);
  expect(side.workbook.read('Лист')).toEqual([
    ['Ключ', 'Значение'],
    ['a', 1],
  ]);
  expect(side.calls.counters.retries).toBe(2);
});

it('a 429 on a write is retried once the quota allows and writes once', async () => {
  await fake.addSpreadsheet('w429', grids);
  const side = googleSide(fake.rootUrl, 'w429');
  side.workbook.read('Лист');
  await fake.failNext(/^POST \/v4\/spreadsheets\/w429:batchUpdate$/, 429, 1);
  side.workbook.append('Лист', [['b', 2]]);
  expect(await fake.grid('w429', 'Лист')).toEqual([
    ['Ключ', 'Значение'],
    ['a', 1],
    ['b', 2],
  ]);
  expect(side.calls.counters.retries).toBe(1);
});

it('a 500 is retried', async () => {
  await fake.addSpreadsheet('e500', grids);
  const side = googleSide(fake.rootUrl, 'e500');
  await fake.failNext(/^GET \/v4\/spreadsheets\/e500$/, 500, 1);
  expect(side.workbook.sheetNames()).toEqual(['Лист']);
  expect(side.calls.counters.retries).toBe(1);
});

it('a 5xx that does not stop is given up after the backoff, with the call named', async () => {
  await fake.addSpreadsheet('e503', grids);
  const side = googleSide(fake.rootUrl, 'e503');
  side.workbook.read('Лист');
  // The first try and three retries, all refused.
  await fake.failNext(/^POST \/v4\/spreadsheets\/e503:batchUpdate$/, 503, 4);
  expect(() => side.workbook.write('Лист', 3, [['c', 3]])).toThrow(
    /Sheets API spreadsheets.batchUpdate failed \(HTTP 503\) after 3 retries/i,
  );
  expect(await fake.grid('e503', 'Лист')).toEqual(grids.Лист);
});

it('a permanent error stops at once with a clear message and nothing half-written', async () => {
  await fake.addSpreadsheet('perm', grids);
  const side = googleSide(fake.rootUrl, 'perm');
  side.workbook.read('Лист');
  // The name is taken: Google refuses the batchUpdate (400) and nothing is retried or added.
  expect(() => side.workbook.createSheet('Лист')).toThrow(/already exists/);
  expect(() => googleSide(fake.rootUrl, 'missing').workbook.sheetNames()).toThrow(GoogleApiError);
  try {
    googleSide(fake.rootUrl, 'missing').workbook.sheetNames();
  } catch (error) {
    expect((error as GoogleApiError).status).toBe(404);
    expect((error as GoogleApiError).retries).toBe(0);
  }
  expect(await fake.sheetNames('perm')).toEqual(['Лист']);
});

it('letters go to Gmail as RFC 5322 with UTF-8 headers', async () => {
  const calls = fakeCalls(fake.rootUrl);
  const side = googleSide(fake.rootUrl, 'none', calls);
  const before = (await fake.sentMail()).length;
  side.mailer.send({
    to: ['mama@mail.test'],
    cc: [],
    bcc: ['papa@mail.test'],
    name: 'Школа № 34',
    subject: 'Расписание 5А на понедельник',
    text: 'Текст',
    html: '<p>Текст</p>',
    key: 'k1',
  });
  const sent = await fake.sentMail();
  expect(sent).toHaveLength(before + 1);
  const raw = Buffer.from(sent[sent.length - 1]!.raw, 'base64url').toString('utf8');
  expect(raw).toMatch(/^From: =\?UTF-8\?B\?[^?]+\?= <school@school\.test>\r\n/);
  expect(raw).toContain('To: mama@mail.test\r\n');
  expect(raw).toContain('Bcc: papa@mail.test\r\n');
  const subject = /Subject: (.*(?:\r\n .*)*)/.exec(raw)![1]!;
  const decoded = subject
    .split(/\r\n /)
    .map((w) => Buffer.from(/=\?UTF-8\?B\?(.*)\?=/.exec(w)![1]!, 'base64').toString('utf8'))
    .join('');
  expect(decoded).toBe('Расписание 5А на понедельник');
  expect(side.mailer.remainingQuota()).toBe(1500 - 2);
});

describe('the throttle', () => {
  it('lets 60 reads a minute through and makes the 61st wait for the window', () => {
    let now = 0;
    const throttle = new Throttle({ sheetsRead: 60, sheetsWrite: 60, gmailSend: 60 }, () => now);
    for (let i = 0; i < 60; i++) {
      expect(throttle.take('sheetsRead')).toBe(0);
      now += 100;
    }
    expect(throttle.take('sheetsRead')).toBe(60_000 - 6000);
    expect(throttle.take('sheetsWrite')).toBe(0);
    now = 60_000;
    expect(throttle.take('sheetsRead')).toBe(0);
  });
});
