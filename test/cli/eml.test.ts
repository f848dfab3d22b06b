/**
 * The runner's .eml files by RFC 5322 (issue 10, acceptance 4): every letter of the demo and of a
 * class with 60 addresses passes a strict reading — mailparser plus the rules it forgives
 * (test/support/eml.ts): Message-ID and Date, no line over 998, folded headers, short encoded words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { saveXlsx } from '../../src/adapters/xlsx';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import type { MailEnvelope } from '../../src/ports/mailer';
import { toEml } from '../../src/cli/eml';
import { distant, exitOf, removeTempDirs, tempDir } from '../support/cli';
import { addressesOf, checkFolder, strictParse } from '../support/eml';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const zone = intlZone('Europe/Moscow');
const DATE = new Date('2026-11-27T13:00:00Z');
const families = Array.from({ length: 60 }, (_, i) => `roditel.${i + 1}.familiya@yandex.example`);

const letter = (extra: Partial<MailEnvelope> = {}): MailEnvelope => ({
  to: ['school@school34.example'],
  cc: [],
  bcc: families,
  replyTo: 'pr@school34.example',
  name: 'МОУ «ООШ № 34» г. Сыктывкара',
  subject:
    'Расписание 5А на понедельник, 30.11.2026: математика, русский язык, литература, история, биология и физкультура',
  text: 'Здравствуйте!\n\nРасписание на понедельник.\n',
  html: '<p>Здравствуйте!</p><p>Расписание на понедельник.</p>',
  key: 'publish|2026-11-30|5А|abc|def',
  ...extra,
});

describe('toEml', () => {
  it('a letter to 60 families in Bcc: folded, every address kept, nothing over 998', async () => {
    const source = await toEml(letter(), DATE, 'pr@school34.example');
    const { parsed, violations } = await strictParse(source);
    expect(violations).toEqual([]);
    expect(addressesOf(parsed.bcc)).toEqual(families);
    expect(addressesOf(parsed.to)).toEqual(['school@school34.example']);
    expect(source.split('\r\n').some((l) => l.startsWith('Bcc: '))).toBe(true);
    expect(Math.max(...source.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);
  });

  it('keeps the subject, the sender, both parts and a Message-ID of the school’s domain', async () => {
    const mail = letter();
    const { parsed } = await strictParse(await toEml(mail, DATE, 'pr@school34.example'));
    expect(parsed.subject).toBe(mail.subject);
    expect(parsed.from?.value).toEqual([{ name: mail.name, address: 'pr@school34.example' }]);
    expect(parsed.text).toBe(mail.text);
    expect(parsed.html).toBe(mail.html);
    expect(parsed.date?.toISOString()).toBe(DATE.toISOString());
    expect(parsed.messageId).toMatch(/^<[0-9a-f]{32}@school34\.example>$/);
    expect(parsed.replyTo?.value.map((v) => v.address)).toEqual(['pr@school34.example']);
  });

  it('quotes an ASCII display name with a comma or a quote: one sender, not two', async () => {
    const name = 'School No. 34, "Ezhva" branch';
    const { parsed, violations } = await strictParse(
      await toEml(letter({ name }), DATE, 'pr@school34.example'),
    );
    expect(violations).toEqual([]);
    expect(parsed.from?.value).toEqual([{ name, address: 'pr@school34.example' }]);
  });

  it('gives the same letter the same file, and two letters two Message-IDs', async () => {
    const a = await toEml(letter(), DATE, 'pr@school34.example');
    expect(await toEml(letter(), DATE, 'pr@school34.example')).toBe(a);
    const b = await toEml(
      letter({ key: 'publish|2026-11-30|5Б|x|y' }),
      DATE,
      'pr@school34.example',
    );
    const id = (s: string): string | undefined => /^Message-ID: (.*)$/m.exec(s)?.[1];
    expect(id(b)).not.toBe(id(a));
  });
});

describe('the runner’s letters', () => {
  it('a class of 40 pupils, 60 and more parents’ addresses: every part of its schedule letter passes', async () => {
    const dir = tempDir();
    const sheets = demoSchool({
      weekOf: '2026-11-25',
      zone,
      classesPerGrade: 1,
      pupilsPerClass: 40,
    });
    // Letters to the families themselves (no class group address), nothing published yet.
    const classes = sheets[ru.sheets.classes.name]!;
    const group = classes[0]!.indexOf(ru.sheets.classes.columns.groupEmail!);
    for (const row of classes.slice(1)) row[group] = '';
    const schedule = sheets[ru.sheets.schedule.name]!;
    const stamp = schedule[0]!.indexOf(ru.sheets.schedule.columns.published!);
    for (const row of schedule.slice(1)) row[stamp] = '';
    const path = join(dir, 'big-classes.xlsx');
    await saveXlsx(new MemoryWorkbook(sheets), path, zone);
    const out = join(dir, 'out');
    const run = distant(
      'run',
      '--workbook',
      path,
      '--now',
      '2026-11-26T18:00',
      '--out',
      out,
      '--jobs',
      'publishSchedule',
      '--quiet',
    );
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    const mail = join(out, 'mail');
    expect(await checkFolder(mail)).toEqual({ files: expect.any(Number), broken: {} });
    // MailApp takes at most 50 recipients a message: a class's letter goes out in parts.
    const byClassAndDay = new Map<string, Set<string>>();
    for (const file of readdirSync(mail).filter((f) => f.includes('-publish-'))) {
      const { parsed } = await strictParse(readFileSync(join(mail, file), 'utf8'));
      const recipients = [...addressesOf(parsed.to), ...addressesOf(parsed.bcc)];
      expect(recipients.length).toBeLessThanOrEqual(50);
      const slot = /-publish-(\d{4}-\d{2}-\d{2}-[^-]+)-/.exec(file)![1]!;
      const all = byClassAndDay.get(slot) ?? new Set<string>();
      for (const r of recipients) all.add(r);
      byClassAndDay.set(slot, all);
    }
    expect(Math.max(...[...byClassAndDay.values()].map((s) => s.size))).toBeGreaterThanOrEqual(60);
  });
});
