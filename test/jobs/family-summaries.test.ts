import { nodeHmac } from '../../src/adapters/google/hmac';
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryLock, MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import { instantOf } from '../../src/domain/calendar';
import { type Cell, cellText, type Grid } from '../../src/domain/cells';
import { firstNameOf, surnameOf } from '../../src/domain/privacy';
import type { Pupil } from '../../src/domain/rows';
import { demoSchool, type DemoOptions } from '../../src/demo';
import { runScheduledJobs } from '../../src/jobs/dispatcher';
import { familySummariesJob, sendWeeklySummaries } from '../../src/jobs/family-summaries';
import { deliver } from '../../src/jobs/shared/delivery';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { loadSchool } from '../../src/jobs/shared/school';
import { stringsFor } from '../../src/i18n';
import { silentLog } from '../../src/ports/log';

jest.setTimeout(60_000);

const ru = stringsFor('ru');
const zone = intlZone('Europe/Moscow');
const at = (date: string, time: string): Date =>
  instantOf(zone, date, Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));
// Friday 27.11.2026, 16:00 in Moscow: after `summary_hour` (15) on `summary_day` (пт).
const NOW = at('2026-11-27', '16:00');
const OUTBOX = ru.sheets.outbox.name;
const INFORMED = ru.sheets.informed.name;

const demo = (extra: Partial<DemoOptions> = {}): Record<string, Grid> =>
  demoSchool({ weekOf: '2026-11-25', zone, ...extra });

function contextFor(workbook: MemoryWorkbook, now = NOW): DeliveryContext & { clock: FixedClock } {
  return {
    workbook,
    clock: new FixedClock(now),
    log: silentLog,
    mailer: new MemoryMailer(100_000),
    lock: new MemoryLock(),
    hmac: nodeHmac,
    store: new MemoryStore(),
  };
}

/** A queued message as the outbox keeps it. */
interface Queued {
  readonly key: string;
  readonly job: string;
  readonly to: readonly string[];
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

function queued(workbook: MemoryWorkbook): Queued[] {
  const [header = [], ...rows] = workbook.peek(OUTBOX);
  const col = (name: string): number => header.indexOf(ru.sheets.outbox.columns[name]!);
  return rows.map((row) => {
    const content = JSON.parse(cellText(row[col('content')])) as Queued;
    return {
      ...content,
      key: cellText(row[col('key')]),
      job: cellText(row[col('job')]),
      subject: cellText(row[col('subject')]),
    };
  });
}

const lettersOf = (all: readonly Queued[]) => all.filter((m) => m.job === 'familySummaries');
const digestsOf = (all: readonly Queued[]) => all.filter((m) => m.job === 'classDigests');

function withSetting(
  sheets: Record<string, Grid>,
  key: string,
  value: string,
): Record<string, Grid> {
  const settings = sheets['Настройки']!.map((row) =>
    row[0] === key ? [key, value, row[2] ?? ''] : row,
  );
  return { ...sheets, Настройки: settings };
}

function pupilsOf(sheets: Record<string, Grid>): Pupil[] {
  return loadSchool(new MemoryWorkbook(sheets), new FixedClock(NOW)).pupils.map((p) => p.value);
}

const parentAddresses = (pupil: Pupil): string[] =>
  pupil.guardians.flatMap((g) => (g.email === undefined ? [] : [g.email.toLowerCase()]));

/** Families found the slow, obvious way: keep merging address sets until none overlap. */
function familiesByAddress(pupils: readonly Pupil[]): Set<string>[] {
  let groups = pupils
    .filter((p) => p.active && parentAddresses(p).length > 0)
    .map((p) => new Set(parentAddresses(p)));
  for (let merged = true; merged;) {
    merged = false;
    const next: Set<string>[] = [];
    for (const group of groups) {
      const overlapping = next.find((g) => [...group].some((a) => g.has(a)));
      if (overlapping) {
        group.forEach((a) => overlapping.add(a));
        merged = true;
      } else next.push(group);
    }
    groups = next;
  }
  return groups;
}

/** The section of a digest between two headings. */
function section(text: string, from: string, to: string): string {
  const start = text.indexOf(`\n${from}\n`);
  const end = text.indexOf(`\n${to}\n`, start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Every word of a text (letters only), for matching names as whole words. */
const wordsOf = (text: string): Set<string> => new Set(text.split(/[^\p{L}]+/u).filter(Boolean));

/**
 * Checks that no letter names a pupil of another family (full name) or shows another pupil's ID,
 * and that no digest shows a pupil of another class.
 */
function expectNoStrangers(messages: readonly Queued[], pupils: readonly Pupil[]): void {
  const byId = new Map(pupils.map((p) => [p.id, p]));
  for (const letter of lettersOf(messages)) {
    const own = new Set(
      pupils.filter((p) => parentAddresses(p).some((a) => letter.to.includes(a))).map((p) => p.id),
    );
    expect(own.size).toBeGreaterThan(0);
    for (const body of [letter.text, letter.html]) {
      for (const [id] of body.matchAll(/\bP\d{4}\b/g))
        expect([letter.key, id, own.has(id)]).toEqual([letter.key, id, true]);
      const words = wordsOf(body);
      for (const pupil of pupils) {
        if (own.has(pupil.id) || !words.has(surnameOf(pupil.name))) continue;
        expect([letter.key, body.includes(pupil.name)]).toEqual([letter.key, false]);
      }
    }
  }
  for (const digest of digestsOf(messages)) {
    const cls = digest.key.split('|')[2];
    for (const [id] of digest.text.matchAll(/\bP\d{4}\b/g))
      expect([id, byId.get(id)?.class]).toEqual([id, cls]);
  }
}

/** What a reader sees of the HTML: no head, no tags, entities decoded, spaces collapsed. */
/**
 * The HTML's words as a reader sees them. The marks table reads across its columns, the text part
 * one line per subject; the tables are compared on their own (`expectSameMarks`).
 */
function visibleText(html: string): string {
  return normalize(
    html
      .replace(/<head>[\s\S]*?<\/head>/, '')
      .replace(/<table[\s\S]*?<\/table>/g, '')
      .replace(/<\/?(?:strong|a|span)\b[^>]*>/g, '')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Each row of each marks table is one line of the text part: subject, marks with their notes, term. */
function expectSameMarks(m: Queued): void {
  const lines = m.text.split('\n');
  for (const row of m.html.match(/<tr><td[\s\S]*?<\/tr>/g) ?? []) {
    const cells = (row.match(/<td[^>]*>([\s\S]*?)<\/td>/g) ?? []).map((c) =>
      c
        .replace(/<br>/g, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    // Two children may share a subject: some line of that subject says all of the row.
    const words = (cells[1] ?? '').split(' ');
    if (cells[2]) words.push(`${ru.summary.termLabel} ${cells[2]}`);
    const line = lines.find(
      (l) => l.startsWith(`${cells[0]}: `) && words.every((w) => l.includes(w)),
    );
    expect([m.key, row, line !== undefined]).toEqual([m.key, row, true]);
  }
}

/** The plain text without its typographic marks, and without the marks lines (see `expectSameMarks`). */
function plainText(text: string): string {
  // After the marks heading: blank lines, then the marks lines up to the next blank line.
  let marks: 'no' | 'ahead' | 'in' = 'no';
  return normalize(
    text
      .split('\n')
      .filter((line) => {
        const blank = line.trim() === '';
        if (line === ru.summary.marksHeading) marks = 'ahead';
        else if (marks === 'ahead' && !blank) marks = 'in';
        else if (marks === 'in' && blank) marks = 'no';
        return marks !== 'in';
      })
      .filter((line) => !/^[=\-—]+$/.test(line.trim()))
      .map((line) => line.replace(/^• /, ''))
      .join('\n'),
  );
}

// A mailto link is not an http(s) link, so the HTML shows it as «x (mailto:x)» and the text as
// «x: mailto:x» (mail/document.ts): the same words, differently dressed. A link or button shows
// its label in the HTML and «label: address» in the text.
const normalize = (text: string): string =>
  text
    .replace(/:?\s*\(?mailto:[^\s)]+\)?/g, '')
    .replace(/:\s*https?:\/\/\S+/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('sendWeeklySummaries on the demo school', () => {
  const sheets = demo();
  const pupils = pupilsOf(sheets);
  const active = pupils.filter((p) => p.active);
  const workbook = new MemoryWorkbook(sheets);
  const ctx = contextFor(workbook);
  const outcome = sendWeeklySummaries(ctx);
  const messages = queued(workbook);
  const letters = lettersOf(messages);
  const digests = digestsOf(messages);
  const classTeacher = new Map(
    sheets['Классы']!.slice(1).map((row) => [cellText(row[0]), cellText(row[1])]),
  );

  it('queues one letter per family with an e-mail and one digest per class', () => {
    const families = familiesByAddress(pupils);
    expect(letters).toHaveLength(families.length);
    expect(families.length).toBeGreaterThan(200);
    expect(digests).toHaveLength(new Set(active.map((p) => p.class)).size);
    expect(outcome).toMatchObject({
      job: 'familySummaries',
      messages: letters.length + digests.length,
      problems: 0,
    });
    expect(letters.every((l) => l.key.startsWith('summary|2026-W48|'))).toBe(true);
    expect(digests.every((d) => /^digest\|2026-W48\|\d+[А-Я]\|[0-9a-f]{8}$/.test(d.key))).toBe(
      true,
    );
  });

  it('sends to the distinct parent addresses, each in exactly one letter', () => {
    const used = letters.flatMap((l) => l.to);
    expect(new Set(used).size).toBe(used.length);
    expect(new Set(used)).toEqual(new Set(active.flatMap(parentAddresses)));
  });

  it('informs every active pupil: in a family letter, or on the class teacher’s call list', () => {
    const t = ru.summary;
    for (const pupil of active) {
      const addresses = parentAddresses(pupil);
      if (addresses.length > 0) {
        const mine = letters.filter((l) => addresses.some((a) => l.to.includes(a)));
        expect([pupil.id, mine.length]).toEqual([pupil.id, 1]);
        expect([pupil.id, mine[0]!.text.includes(t.child(pupil.name, pupil.class))]).toEqual([
          pupil.id,
          true,
        ]);
      } else {
        const digest = digests.find((d) => d.to[0] === classTeacher.get(pupil.class))!;
        const calls = section(digest.text, t.toCallHeading, t.attentionHeading);
        expect([pupil.id, calls.includes(t.pupilRef(pupil.name, pupil.id))]).toEqual([
          pupil.id,
          true,
        ]);
      }
    }
    // The demo has phone-only families, and every one of them is listed with a phone.
    const toCall = active.filter((p) => parentAddresses(p).length === 0);
    expect(toCall.length).toBeGreaterThan(5);
    for (const pupil of toCall) {
      const digest = digests.find((d) => d.to[0] === classTeacher.get(pupil.class))!;
      for (const g of pupil.guardians) if (g.phone) expect(digest.text).toContain(g.phone);
    }
  });

  it('leaves out pupils who left the school', () => {
    const gone = pupils.filter((p) => !p.active);
    expect(gone.length).toBeGreaterThan(0);
    for (const pupil of gone)
      for (const m of messages)
        expect([pupil.id, m.text.includes(pupil.name)]).toEqual([pupil.id, false]);
  });

  it("never shows a letter another family's pupil, nor a digest another class's", () => {
    expectNoStrangers(messages, pupils);
  });

  it('sends a family with children in two classes one letter covering both', () => {
    const classesOf = new Map<string, Set<string>>();
    for (const p of active)
      for (const a of parentAddresses(p))
        classesOf.set(a, (classesOf.get(a) ?? new Set()).add(p.class));
    const shared = [...classesOf].find(([, classes]) => classes.size >= 2)![0];
    const children = active.filter((p) => parentAddresses(p).includes(shared));
    const mine = letters.filter((l) => l.to.includes(shared));
    expect(mine).toHaveLength(1);
    const letter = mine[0]!;
    for (const child of children) {
      expect(letter.text).toContain(ru.summary.child(child.name, child.class));
      expect(letter.subject).toContain(firstNameOf(child.name));
      // Each child's section names that child's class teacher.
      expect(letter.text).toContain(classTeacher.get(child.class)!);
    }
    // Replies go to the class teacher of the first (youngest class) child.
    const first = [...children].sort((a, b) => parseInt(a.class, 10) - parseInt(b.class, 10))[0]!;
    expect(letter.replyTo).toBe(classTeacher.get(first.class));
  });

  it("sets Reply-To to the class teacher's address on every letter", () => {
    for (const letter of letters) expect([...classTeacher.values()]).toContain(letter.replyTo);
  });

  it("ends family letters with the next steps, then the contacts with tappable phones; digests without the families' footer", () => {
    for (const m of messages) {
      if (m.key.startsWith('digest|')) {
        expect(m.text).not.toContain(ru.summary.nextHeading);
        expect(m.text).not.toContain(ru.mail.contactsHeading);
        expect(m.text).toContain(ru.mail.automatic);
        continue;
      }
      expect(m.text).toContain(ru.summary.nextHeading);
      expect(m.text).toContain(ru.mail.contactsHeading);
      expect(m.text.indexOf(ru.summary.nextHeading)).toBeLessThan(
        m.text.indexOf(ru.mail.contactsHeading),
      );
      // The city number with Syktyvkar's code from phone_area_code, one tap to call.
      expect(m.text).toContain('(8212) 62-76-04');
      expect(m.html).toContain('href="tel:+78212627604"');
    }
  });

  it('says the same in the text part as in the HTML', () => {
    for (const m of messages) {
      expect([m.key, plainText(m.text)]).toEqual([m.key, visibleText(m.html)]);
      expectSameMarks(m);
    }
  });

  it("keeps the HTML to one narrow column; the only table is each child's three-column marks table", () => {
    for (const m of messages) {
      expect(m.html).toContain('max-width:600px');
      const tables = m.html.match(/<table[\s\S]*?<\/table>/g) ?? [];
      if (m.key.startsWith('digest|')) expect(tables).toEqual([]);
      for (const table of tables) {
        expect(table).toContain('role="presentation"');
        for (const row of table.match(/<tr>[\s\S]*?<\/tr>/g) ?? [])
          expect((row.match(/<t[dh] /g) ?? []).length).toBe(3);
      }
    }
  });

  it('records who was informed and how, one row per active pupil, in one append', () => {
    const [header, ...rows] = workbook.peek(INFORMED);
    expect(header).toEqual(['Неделя', 'ID ученика', 'Класс', 'Способ', 'Адресаты', 'Записано']);
    expect(rows.map((r) => r[1]).sort()).toEqual(active.map((p) => p.id).sort());
    const byId = new Map(rows.map((r) => [cellText(r[1]), r]));
    for (const pupil of active) {
      const row = byId.get(pupil.id)!;
      const mailed = parentAddresses(pupil).length > 0;
      expect(row.slice(0, 4)).toEqual([
        '2026-W48',
        pupil.id,
        pupil.class,
        mailed ? 'письмо' : 'звонок',
      ]);
      if (mailed) for (const a of parentAddresses(pupil)) expect(cellText(row[4])).toContain(a);
      expect(row[5]).toEqual(NOW);
    }
  });

  it('queues nothing new when run again in the same week', () => {
    const outboxBefore = workbook.peek(OUTBOX);
    const informedBefore = workbook.peek(INFORMED);
    for (const later of [NOW, at('2026-11-29', '23:30')]) {
      const again = sendWeeklySummaries(contextFor(workbook, later));
      expect(again.messages).toBe(0);
      expect(again.details).toContain(ru.summary.alreadyQueued(letters.length + digests.length));
      expect(again.details).toContain(ru.summary.recorded(0, INFORMED));
    }
    expect(workbook.peek(OUTBOX)).toEqual(outboxBefore);
    expect(workbook.peek(INFORMED)).toEqual(informedBefore);
  });

  it('queues the next week afresh', () => {
    const copy = new MemoryWorkbook({
      ...sheets,
      [OUTBOX]: workbook.peek(OUTBOX),
      [INFORMED]: workbook.peek(INFORMED),
    });
    const next = sendWeeklySummaries(contextFor(copy, at('2026-12-04', '15:30')));
    expect(next.messages).toBe(letters.length + digests.length);
    expect(queued(copy).filter((m) => m.key.includes('2026-W49'))).toHaveLength(next.messages);
    expect(copy.peek(INFORMED)).toHaveLength(2 * active.length + 1);
  });
});

describe('sendWeeklySummaries: reads and writes', () => {
  it('reads each table once and writes the outbox, «Информирование» and «Оценки четверти» once each', () => {
    const workbook = new MemoryWorkbook(demo());
    const reads = jest.spyOn(workbook, 'read');
    const appends = jest.spyOn(workbook, 'append');
    const writes = jest.spyOn(workbook, 'write');
    const bodies = jest.spyOn(workbook, 'replaceBody');
    sendWeeklySummaries(contextFor(workbook));
    expect(bodies.mock.calls.map(([sheet]) => sheet)).toEqual([ru.sheets.termMarks.name]);
    const readSheets = reads.mock.calls.map(([sheet]) => sheet);
    expect(readSheets.sort()).toEqual(
      [
        'Журнал',
        'Классы',
        'Настройки',
        'Педагоги',
        'Расписание',
        'Ученики',
        OUTBOX,
        INFORMED,
        ru.sheets.termMarks.name,
      ].sort(),
    );
    expect(appends.mock.calls.map(([sheet]) => sheet).sort()).toEqual([INFORMED, OUTBOX].sort());
    // Appends and the record's body write through `write`; nothing else is written.
    expect(writes.mock.calls.map(([sheet]) => sheet).sort()).toEqual(
      [INFORMED, OUTBOX, ru.sheets.termMarks.name].sort(),
    );
  });

  it('in preview mode queues the letters but records nobody as informed', () => {
    const workbook = new MemoryWorkbook(withSetting(demo(), 'mail_mode', 'preview'));
    const outcome = sendWeeklySummaries(contextFor(workbook));
    expect(outcome.messages).toBeGreaterThan(200);
    expect(outcome.details).toContain(ru.summary.notRecorded(ru.labels.mailMode.preview));
    expect(workbook.peek(INFORMED)).toHaveLength(1);
  });
});

describe('sendWeeklySummaries escapes every sheet value in the HTML', () => {
  const EVIL = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];
  const sheets = demo();
  const pupilsGrid = sheets['Ученики']!;
  const journalGrid = sheets['Журнал']!;
  const col = (grid: Grid, name: string): number => grid[0]!.indexOf(name);
  // The first pupil with a parent address: a name, a subject and a comment of theirs turn hostile.
  const index = pupilsGrid.findIndex(
    (row, i) => i > 0 && cellText(row[col(pupilsGrid, 'Email родителя 1')]) !== '',
  );
  const id = cellText(pupilsGrid[index]![col(pupilsGrid, 'ID')]);
  const cls = cellText(pupilsGrid[index]![col(pupilsGrid, 'Класс')]);
  const hostileName = `Попов ${EVIL[0]} ${EVIL[1]}`;
  const patched = (grid: Grid, rowIndex: number, values: Record<string, Cell>): Grid =>
    grid.map((row, i) =>
      i !== rowIndex
        ? row
        : row.map((cell, c) =>
            (grid[0]![c] as string) in values ? values[grid[0]![c] as string]! : cell,
          ),
    );
  const journalIndex = journalGrid.findIndex((row) => row[col(journalGrid, 'ID ученика')] === id);
  const workbook = new MemoryWorkbook({
    ...sheets,
    Ученики: patched(pupilsGrid, index, { ФИО: hostileName }),
    Журнал: patched(journalGrid, journalIndex, {
      Предмет: `Химия ${EVIL.join(' ')}`,
      Комментарий: `Молодец ${EVIL.join(' ')}`,
      // An absence puts the pupil (and the subject) in the digest, which lists only who needs attention.
      Посещение: 'н',
      Отметка: 5,
    }),
  });
  sendWeeklySummaries(contextFor(workbook));
  const messages = queued(workbook);
  const letter = lettersOf(messages).find((l) => l.text.includes(hostileName))!;
  const digest = digestsOf(messages).find((d) => d.key.includes(`|${cls}|`))!;

  it('shows the hostile text as text in the family letter and the digest', () => {
    for (const m of [letter, digest]) {
      expect(m.html).not.toMatch(/<script|<img/i);
      expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(m.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
      expect(plainText(m.text)).toBe(visibleText(m.html));
    }
    // The name, the subject and the comment all reached the family letter, escaped.
    expect(letter.text).toContain(hostileName);
    expect(letter.text).toContain(`Химия ${EVIL.join(' ')}`);
    expect(letter.text).toContain(`Молодец ${EVIL.join(' ')}`);
    expect(letter.html).toContain('Молодец &lt;script&gt;');
    expect(letter.html).toContain('Химия &lt;script&gt;');
  });

  it('never puts markup in any HTML part', () => {
    for (const m of messages) expect(m.html).not.toMatch(/<script|<img/i);
  });
});

describe('sendWeeklySummaries with privacy_mode = minimal', () => {
  const sheets = withSetting(demo(), 'privacy_mode', 'minimal');
  const pupils = pupilsOf(sheets);
  const workbook = new MemoryWorkbook(sheets);
  sendWeeklySummaries(contextFor(workbook));
  const messages = queued(workbook);

  it('names children by first name and puts no surname anywhere in any letter', () => {
    const surnames = new Set([
      ...pupils.map((p) => surnameOf(p.name)),
      ...pupils.flatMap((p) =>
        p.guardians.flatMap((g) =>
          g.name && g.name.trim().includes(' ') ? [surnameOf(g.name)] : [],
        ),
      ),
    ]);
    expect(surnames.size).toBeGreaterThan(30);
    for (const m of messages) {
      const words = new Set([...wordsOf(m.text), ...wordsOf(m.html), ...wordsOf(m.subject)]);
      const found = [...surnames].filter((s) => words.has(s));
      expect([m.key, found]).toEqual([m.key, []]);
    }
    for (const letter of lettersOf(messages)) {
      const children = pupils.filter(
        (p) => p.active && parentAddresses(p).some((a) => letter.to.includes(a)),
      );
      for (const child of children)
        expect(letter.text).toContain(ru.summary.child(firstNameOf(child.name), child.class));
    }
  });

  it('still lists phone-only families for the class teacher, by ID and first names', () => {
    const phoneOnly = pupils.filter((p) => p.active && parentAddresses(p).length === 0);
    const digests = digestsOf(messages);
    for (const pupil of phoneOnly) {
      expect(
        digests.some((d) =>
          d.text.includes(ru.summary.pupilRef(firstNameOf(pupil.name), pupil.id)),
        ),
      ).toBe(true);
    }
  });
});

describe('sendWeeklySummaries on a school of 1,000 pupils', () => {
  const sheets = demo({ classesPerGrade: 3, pupilsPerClass: 38 });
  const pupils = pupilsOf(sheets);
  const workbook = new MemoryWorkbook(sheets);
  const outcome = sendWeeklySummaries(contextFor(workbook));
  const messages = queued(workbook);

  it('writes one letter per family and never names a stranger', () => {
    expect(pupils.length).toBeGreaterThanOrEqual(1000);
    expect(lettersOf(messages)).toHaveLength(familiesByAddress(pupils).length);
    expect(digestsOf(messages)).toHaveLength(27);
    expect(outcome.messages).toBe(messages.length);
    expectNoStrangers(messages, pupils);
  });
});

describe('the familySummaries job in the dispatcher', () => {
  it("runs on Saturday morning by default (after Friday's journal is due) and delivers the letters", () => {
    const workbook = new MemoryWorkbook(demo());
    const ctx = contextFor(workbook, at('2026-11-27', '16:00'));
    const run = (date: string, time: string) => {
      ctx.clock.beginRun(at(date, time));
      return runScheduledJobs(ctx, { jobs: [familySummariesJob] });
    };
    // Friday afternoon, when the old default sent the letters: Friday's journal is not due yet.
    expect(run('2026-11-27', '16:00').jobs).toEqual([]);
    expect(run('2026-11-28', '08:40').jobs).toEqual([]);
    const due = run('2026-11-28', '09:12');
    expect(due.jobs.map((j) => j.job)).toEqual(['familySummaries']);
    expect(due.delivery?.sent).toBe(due.jobs[0]!.messages);
    expect(run('2026-11-28', '10:12').jobs).toEqual([]);
    const mailer = ctx.mailer as MemoryMailer;
    const families = mailer.sent.filter((m) => m.key?.startsWith('summary|'));
    // The week told is the one that just ended, not the next.
    expect(families.every((m) => m.key?.startsWith('summary|2026-W48|'))).toBe(true);
    expect(families.every((m) => m.replyTo !== undefined && m.to.length >= 1)).toBe(true);
    expect(familySummariesJob.cadence(loadSchool(workbook, ctx.clock, []).settings)).toEqual({
      kind: 'weekly',
      weekday: 6,
      hour: 9,
    });
  });

  it('still leaves at summary_day / summary_hour when the school sets them', () => {
    const workbook = new MemoryWorkbook(
      withSetting(withSetting(demo(), 'summary_day', 'пт'), 'summary_hour', '15'),
    );
    const ctx = contextFor(workbook, at('2026-11-27', '14:40'));
    const run = (time: string) => {
      ctx.clock.beginRun(at('2026-11-27', time));
      return runScheduledJobs(ctx, { jobs: [familySummariesJob] });
    };
    expect(run('14:40').jobs).toEqual([]);
    expect(run('15:12').jobs.map((j) => j.job)).toEqual(['familySummaries']);
  });

  it('is what the menu delivers right after queuing', () => {
    const workbook = new MemoryWorkbook(demo());
    const ctx = contextFor(workbook);
    const outcome = sendWeeklySummaries(ctx);
    const school = loadSchool(workbook, ctx.clock, []);
    const report = deliver(ctx, {
      settings: school.settings,
      strings: school.strings,
      budgetMs: 60_000,
    });
    expect(report.sent).toBe(outcome.messages);
    expect(report.remaining).toBe(0);
  });
});
