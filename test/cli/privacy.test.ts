/**
 * Issue 13 for the local runner, as people run it (the BUILT dist/cli.js): the console and
 * summary.json of a full demo run hold no pupil's name and no family's e-mail or phone
 * (acceptance 3); with `privacy_mode` = minimal, no file the runner writes for people — letters,
 * report pages, the summary — names a pupil or a parent by surname (acceptance 2).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { saveXlsx } from '../../src/adapters/xlsx';
import { cellText, normalizeWord } from '../../src/domain/cells';
import { surnameOf } from '../../src/domain/privacy';
import { demoSchool } from '../../src/demo';
import { ru } from '../../src/i18n/ru';
import { distant, exitOf, removeTempDirs, tempDir } from '../support/cli';
import { needleIn, needlesOf, rosterPupils, zone } from '../support/privacy';

jest.setTimeout(180_000);
afterAll(removeTempDirs);

const S = ru.sheets;

const wordsOf = (text: string): string[] =>
  normalizeWord(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

describe('the runner’s console and summary.json', () => {
  const grids = demoSchool({ weekOf: '2026-11-28', zone });
  const out = tempDir();
  const run = distant('run', '--demo', '--out', out);
  const lines = [
    ...run.stdout.split('\n'),
    ...run.stderr.split('\n'),
    ...readFileSync(join(out, 'summary.json'), 'utf8').split('\n'),
  ];

  it('hold no pupil’s name and no family’s address or phone (acceptance 3)', () => {
    expect(exitOf(run)).toEqual({ status: 0, stderr: '' });
    expect(lines.length).toBeGreaterThan(30);
    const leaks: string[] = [];
    for (const pupil of rosterPupils(grids)) {
      const guardians = pupil.guardians
        .map((g) => normalizeWord(g.name ?? ''))
        .filter((n) => n.includes(' '));
      const n = { ...needlesOf(pupil), id: '\u0000' };
      const people = { ...n, names: [...n.names, ...guardians] };
      for (const line of lines) {
        const found = needleIn(line, people);
        if (found !== undefined) leaks.push(`${found}: ${line}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('the runner’s files with privacy_mode = minimal', () => {
  const grids = demoSchool({ weekOf: '2026-11-28', zone });
  const settings = grids[S.settings.name]!;
  settings.find((r) => r[0] === 'privacy_mode')![1] = 'минимальный';
  const dir = tempDir();
  const file = join(dir, 'school.xlsx');
  const out = join(dir, 'out');
  let status: ReturnType<typeof exitOf>;
  const texts: Array<{ file: string; text: string }> = [];
  beforeAll(async () => {
    await saveXlsx(new MemoryWorkbook(grids), file, zone);
    status = exitOf(
      distant('run', '--workbook', file, '--now', '2026-11-28T10:00', '--out', out, '--quiet'),
    );
    for (const name of readdirSync(join(out, 'mail'))) {
      const mail = await simpleParser(readFileSync(join(out, 'mail', name), 'utf8'));
      texts.push({
        file: name,
        text: [mail.subject ?? '', mail.text ?? '', mail.html || ''].join('\n'),
      });
    }
    for (const name of readdirSync(out).filter((f) => /\.(html|json)$/.test(f)))
      texts.push({ file: name, text: readFileSync(join(out, name), 'utf8') });
  });

  it('name no pupil and no parent by surname in a letter, a report page or the summary', () => {
    expect(status).toEqual({ status: 0, stderr: '' });
    expect(texts.filter((t) => t.file.endsWith('.eml')).length).toBeGreaterThan(200);
    expect(texts.some((t) => t.file.startsWith('report-'))).toBe(true);
    const staffWords = new Set(
      (grids[S.staff.name] ?? []).slice(1).flatMap((r) => wordsOf(cellText(r[0]))),
    );
    // A lesson's topic names writers («Рассказы Н. Н. Носова»), not the families.
    const lessonWords = new Set(
      (grids[S.schedule.name] ?? [])
        .slice(1)
        .flatMap((r) => r.flatMap((c) => wordsOf(cellText(c)))),
    );
    const surnames = new Set(
      rosterPupils(grids)
        .flatMap((p) => [p.name, ...p.guardians.map((g) => g.name ?? '')])
        .filter((n) => n.includes(' '))
        .map((n) => normalizeWord(surnameOf(n)))
        .filter((s) => !staffWords.has(s) && !lessonWords.has(s)),
    );
    expect(surnames.size).toBeGreaterThan(50);
    const found = texts.flatMap((t) =>
      wordsOf(t.text)
        .filter((w) => surnames.has(w))
        .map((w) => `${t.file}: ${w}`),
    );
    expect([...new Set(found)]).toEqual([]);
  });
});
