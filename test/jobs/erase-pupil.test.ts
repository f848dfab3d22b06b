/**
 * Issue 13, acceptance 1 on the in-memory adapters: a generated school in two workbooks (and an
 * archive file), with the pupil in every sheet, the form answers, the outbox and the reports; after
 * `erasePupil` no cell of any file holds their ID, their name or their family's e-mail or phone; a
 * second call changes nothing; a sibling keeps everything that is theirs.
 */
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { nodeHmac } from '../../src/adapters/google/hmac';
import type { Pupil } from '../../src/domain/rows';
import { erasePupil, type ErasureContext, pupilFingerprint } from '../../src/jobs/erase-pupil';
import { checkData } from '../../src/jobs/check-data';
import { loadSchool } from '../../src/jobs/shared/school';
import { ru } from '../../src/i18n/ru';
import {
  moscow,
  needlesOf,
  onlyChildren,
  type RichSchool,
  richSchool,
  runTheWeek,
  scanFiles,
  snapshot,
} from '../support/privacy';

jest.setTimeout(60_000);

const S = ru.sheets;

/** The school with traces of `target` everywhere, and an archive file holding older copies. */
function prepared(pick: (school: RichSchool) => Pupil): {
  school: RichSchool;
  target: Pupil;
  archive: MemoryWorkbook;
  ctx: ErasureContext;
  files: Record<string, MemoryWorkbook>;
} {
  const school = richSchool();
  const target = pick(school);
  const other = school.pupils.find((p) => p.id !== target.id && p.class === target.class)!;
  for (const pupil of [target, other]) {
    school.answer('parentSurvey', pupil, moscow('2026-11-25', '19:00'));
    school.answer('pupilSurvey', pupil, moscow('2026-11-25', '19:05'));
    school.answer('request', pupil, moscow('2026-11-26', '08:30'));
  }
  // The report lists the pupil among those without a census record; the census comes after.
  runTheWeek(school);
  for (const pupil of [target, other])
    school.answer('access', pupil, moscow('2026-11-28', '09:20'));
  // Notes of the school's own that mention the pupil, and a data problem about their row.
  school.admin.createSheet('Заметки');
  school.admin.write('Заметки', 1, [
    ['Кому', 'Что'],
    [target.name, `позвонить ${target.guardians[0]?.phone ?? ''}`],
    ['Всем', 'собрание в пятницу'],
  ]);
  checkData(school.ctx);
  // The archive of a previous year: its own journal and outbox rows about the pupil.
  const teachers = school.teachers();
  const archive = new MemoryWorkbook(
    {
      [S.journal.name]: teachers.peek(S.journal.name).slice(0, 200),
      [S.outbox.name]: school.admin.peek(S.outbox.name).slice(0, 40),
    },
    'Europe/Moscow',
    'archive-2025',
  );
  const ctx: ErasureContext = {
    ...school.ctx,
    hmac: nodeHmac,
    others: { list: () => [{ label: 'Архив 2025/26', workbook: archive }] },
  };
  return {
    school,
    target,
    archive,
    ctx,
    files: { admin: school.admin, teachers, archive },
  };
}

const firstOnlyChild = (school: RichSchool): Pupil => {
  const census = new Set(
    school
      .teachers()
      .peek(S.access.name)
      .map((r) => String(r[0])),
  );
  const inJournal = new Set(
    school
      .teachers()
      .peek(S.journal.name)
      .slice(1, 200)
      .map((r) => String(r[3])),
  );
  return onlyChildren(school.pupils).find(
    (p) =>
      inJournal.has(p.id) &&
      !census.has(p.id) &&
      p.guardians.some((g) => g.email) &&
      p.guardians.some((g) => g.phone),
  )!;
};

describe('erasePupil on a generated school', () => {
  const { school, target, archive, ctx, files } = prepared(firstOnlyChild);
  const needles = needlesOf(target);
  const before = scanFiles(files, needles);
  const sheetsBefore = new Set(before.map((f) => `${f.file}/${f.sheet}`));
  const roster = school.admin.peek(S.pupils.name).length;
  const journal = school.teachers().peek(S.journal.name).length;
  const journalOfTarget = school
    .teachers()
    .peek(S.journal.name)
    .filter((r) => r[3] === target.id).length;
  const outboxRows = school.admin.peek(S.outbox.name).length;
  const outboxKeys = (): string[] => school.admin.peek(S.outbox.name).map((r) => String(r[0]));
  const keysBefore = outboxKeys();
  const reportName = school.admin.sheetNames().find((n) => n.startsWith('Отчёт '))!;
  for (const w of Object.values(files)) Object.assign(w.counters, { reads: 0, writes: 0 });
  const outcome = erasePupil(ctx, { id: target.id, by: 'vokueva.ki@school34.example' });
  const calls = Object.values(files).reduce((n, w) => n + w.counters.reads + w.counters.writes, 0);

  it('starts with the pupil in every kind of sheet', () => {
    // The traces are really there, in both workbooks, the archive, the forms and the outbox.
    for (const where of [
      `admin/${S.pupils.name}`,
      `admin/${S.outbox.name}`,
      `admin/${S.informed.name}`,
      'admin/Опрос родителей',
      'admin/Опрос учащихся',
      'admin/Заявки (ответы)',
      'admin/Доступ (ответы)',
      'admin/Заметки',
      `teachers/${S.pupils.name}`,
      `teachers/${S.journal.name}`,
      `teachers/${S.access.name}`,
      `teachers/${S.requests.name}`,
      `archive/${S.journal.name}`,
    ])
      expect([where, sheetsBefore.has(where)]).toEqual([where, true]);
    expect([...sheetsBefore].some((s) => s.startsWith('admin/Отчёт '))).toBe(true);
  });

  it('leaves no cell of any file with the pupil’s ID, name, or their family’s e-mail or phone', () => {
    expect(outcome.finished).toBe(true);
    expect(scanFiles(files, needles)).toEqual([]);
  });

  it('deletes their rows only, keeps the outbox rows and the other pupils', () => {
    expect(school.admin.peek(S.pupils.name)).toHaveLength(roster - 1);
    expect(school.teachers().peek(S.journal.name)).toHaveLength(journal - journalOfTarget);
    // Letters keep their rows (key and status), so no job makes them again.
    expect(school.admin.peek(S.outbox.name)).toHaveLength(outboxRows);
    expect(outcome.letters).toBeGreaterThan(0);
    expect(outboxKeys()).toEqual(keysBefore);
    const remaining = loadSchool(school.ctx.workbook, school.ctx.clock).pupils.map(
      (p) => p.value.id,
    );
    expect(remaining).not.toContain(target.id);
    expect(remaining).toHaveLength(roster - 2);
    expect(outcome.rowsDeleted).toBeGreaterThan(journalOfTarget);
    expect(outcome.answersCleared).toBe(4);
  });

  it('keeps the report’s rows and figures, the pupil replaced by «(удалено)»', () => {
    const cells = school.admin.peek(reportName).flat();
    expect(cells.filter((c) => c === ru.privacy.erased).length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the anonymous part of the form answers: timestamps and scores', () => {
    const [header = [], ...rows] = school.admin.peek('Опрос родителей');
    const score = header.indexOf(ru.forms.questions.organisation);
    expect(rows.filter((r) => r[score] === 1 || r[score] === '1')).toHaveLength(2);
    expect(rows.every((r) => r[0] !== '')).toBe(true);
  });

  it('writes one log row without the name or the ID: who, when and a keyed hash', () => {
    const [header = [], ...rows] = school.admin.peek(S.erasures.name);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    const at = (column: string): unknown => row[header.indexOf(S.erasures.columns[column]!)];
    expect(at('erasedBy')).toBe('vokueva.ki@school34.example');
    expect(at('erasedAt')).toEqual(school.clock.now());
    expect(at('pupilHash')).toBe(pupilFingerprint(ctx, target.id));
    expect(String(at('pupilHash'))).not.toContain(target.id);
    expect(outcome.summary).toBe(ru.privacy.done(outcome));
  });

  it('reports its cost: every sheet read once, rows deleted in runs', () => {
    console.log(
      `erasePupil: ${calls} workbook calls (${outcome.rowsDeleted} rows deleted, ${outcome.answersCleared} answers, ${outcome.cellsCleared} cells, ${outcome.letters} letters)`,
    );
    const sheets = Object.values(files).reduce((n, w) => n + w.sheetNames().length, 0);
    // Reads: each sheet once, the roster and problems again at the end; writes: runs of rows.
    expect(calls).toBeLessThan(sheets * 2 + journalOfTarget * 2 + 60);
  });

  it('changes nothing the second time', () => {
    const state = snapshot(files);
    const store = JSON.stringify([...school.store.values]);
    const again = erasePupil(ctx, { id: target.id, by: 'vokueva.ki@school34.example' });
    expect(again.summary).toBe(ru.privacy.nothingFound);
    expect(snapshot(files)).toBe(state);
    expect(JSON.stringify([...school.store.values])).toBe(store);
    expect(archive.peek(S.journal.name).some((r) => r[3] === target.id)).toBe(false);
  });
});

describe('erasePupil and a sibling', () => {
  const { school, target, ctx, files } = prepared((s) => {
    const byEmail = new Map<string, Pupil[]>();
    for (const p of s.pupils)
      for (const g of p.guardians)
        if (g.email) byEmail.set(g.email, [...(byEmail.get(g.email) ?? []), p]);
    return [...byEmail.values()].find((list) => list.length === 2)![0]!;
  });
  const sibling = school.pupils.find(
    (p) =>
      p.id !== target.id &&
      p.guardians.some((g) => target.guardians.some((t) => t.email === g.email)),
  )!;
  // A letter to the parents names both children: it is cleared, so the outbox is left out here.
  const siblingTraces = (): number =>
    scanFiles(files, { ...needlesOf(sibling), emails: [], phones: [] }).filter(
      (f) => f.sheet !== S.outbox.name,
    ).length;
  const siblingBefore = siblingTraces();
  erasePupil(ctx, { id: target.id, by: 'vokueva.ki@school34.example' });

  it('erases the child, keeps the parents’ shared contacts on the sibling’s row', () => {
    expect(scanFiles(files, { ...needlesOf(target), emails: [], phones: [] })).toEqual([]);
    const roster = loadSchool(school.ctx.workbook, school.ctx.clock, ['pupils']).pupils.map(
      (p) => p.value,
    );
    expect(roster.find((p) => p.id === sibling.id)?.guardians).toEqual(sibling.guardians);
  });

  it('leaves the sibling’s own rows', () => {
    expect(siblingTraces()).toBe(siblingBefore);
  });
});
