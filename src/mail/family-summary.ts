/**
 * The weekly letter to a family (DESIGN §4 "family summaries"): one letter per family, a section
 * per child — even when the children are in different classes — in one narrow column that reads
 * on a phone: label–value lines and short lists, never a wide table.
 *
 * Privacy: with `privacy_mode` = minimal a child is named by first name only and the letter adds
 * no surname anywhere (the parents are not named at all). Teachers' comments are quoted as the
 * teachers wrote them: they are the teachers' words to the family, and rewriting them would put
 * words in a teacher's mouth; a teacher who names a child by surname in a comment does so in
 * either mode, and minimal mode only promises that the letter itself adds none.
 */
import { adultDisplayName } from '../domain/privacy';
import type { Family } from '../domain/family';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { firstNameOf, pupilDisplayName } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { SchoolWeek, WeekSummary } from '../domain/week-summary';
import type { Strings } from '../i18n';
import { type Block, type LetterDocument, renderParts } from './document';
import { contactBlocks, howToAskBlocks } from './footer';
import { formatDay, formatRange, markText, reasonTexts } from './week-words';

/** Everything one family's letter says. */
export interface FamilySummaryInput {
  readonly family: Family;
  /** Week summaries by pupil ID (every child of the family has one). */
  readonly summaries: ReadonlyMap<string, WeekSummary>;
  readonly week: SchoolWeek;
  /** Teacher e-mail → name (from «Педагоги»), to name the class teacher. */
  readonly teacherNames?: ReadonlyMap<string, string>;
  /** Class → the class teacher's e-mail (from «Классы»). */
  readonly classTeachers: ReadonlyMap<string, string>;
  readonly settings: Settings;
  readonly strings: Strings;
}

/** The outbox job name of family letters. */
export const FAMILY_SUMMARY_JOB = 'familySummaries';

/** The letter as a document, with its subject and Reply-To. */
export function familySummaryLetter(input: FamilySummaryInput): {
  readonly subject: string;
  readonly replyTo: string | undefined;
  readonly document: LetterDocument;
} {
  const { family, week, settings, strings } = input;
  const t = strings.summary;
  const range = formatRange(week);
  // Replies go to a person who knows the child; a family across two classes reaches the other
  // class teacher through the address printed in that child's section.
  const replyTo = family.pupils
    .map((p) => input.classTeachers.get(p.class))
    .find((e): e is string => e !== undefined);
  const blocks: Block[] = [{ kind: 'paragraph', parts: [t.intro(range)] }];
  for (const pupil of family.pupils) {
    const summary = input.summaries.get(pupil.id);
    if (summary) blocks.push(...childBlocks(pupil, summary, input));
  }
  blocks.push({ kind: 'rule' });
  if (replyTo !== undefined) blocks.push({ kind: 'paragraph', parts: [t.replyHint] });
  blocks.push(...howToAskBlocks(settings, strings), ...contactBlocks(settings, strings));
  // The subject uses first names in either mode: short, and it adds no surname.
  const names = family.pupils.map((p) => firstNameOf(p.name)).join(', ');
  return {
    subject: t.subject(range, names),
    replyTo,
    document: { title: t.title(range), blocks },
  };
}

/** The letter ready for the outbox, keyed by week and recipients (a rerun queues nothing new). */
export function familySummaryMail(input: FamilySummaryInput): OutgoingMail {
  const letter = familySummaryLetter(input);
  return {
    key: messageKey('summary', input.week.label, input.family.addresses),
    job: FAMILY_SUMMARY_JOB,
    to: input.family.addresses,
    ...(letter.replyTo !== undefined ? { replyTo: letter.replyTo } : {}),
    subject: letter.subject,
    ...renderParts(letter.document),
  };
}

function childBlocks(pupil: Pupil, summary: WeekSummary, input: FamilySummaryInput): Block[] {
  const { strings, settings } = input;
  const t = strings.summary;
  const day = (date: string): string => formatDay(date, strings);
  const name = pupilDisplayName(pupil.name, settings.privacyMode);
  const blocks: Block[] = [{ kind: 'heading', text: t.child(name, pupil.class) }];

  const reasons = reasonTexts(summary.attention, strings);
  if (reasons.length > 0)
    blocks.push({ kind: 'paragraph', parts: [{ strong: `${t.attention}: ` }, reasons.join('; ')] });
  if (!summary.hasRecords) blocks.push({ kind: 'paragraph', parts: [t.noRecords] });

  const fields: (readonly [string, readonly string[]])[] = [];
  if (summary.lessons > 0)
    fields.push([t.lessons, [t.attended(summary.attended, summary.lessons)]]);
  const absences = (excused: boolean): string =>
    summary.absences
      .filter((a) => a.excused === excused)
      .map((a) => t.dayAndSubject(day(a.date), a.subject))
      .join(', ');
  if (absences(false) !== '') fields.push([t.absentUnexcused, [absences(false)]]);
  if (absences(true) !== '') fields.push([t.absentExcused, [absences(true)]]);
  if (fields.length > 0) blocks.push({ kind: 'fields', rows: fields });

  if (summary.marks.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [{ strong: t.marksHeading }] });
    blocks.push({
      kind: 'list',
      items: summary.marks.map((s) => [
        t.subjectMarks(
          s.subject,
          s.marks
            .map((m) => t.markWhen(markText(m.mark, strings), day(m.date), m.kind ?? ''))
            .join(', '),
          s.average === undefined ? '' : t.average(s.average),
        ),
      ]),
    });
  } else if (summary.hasRecords) {
    blocks.push({ kind: 'paragraph', parts: [t.noMarks] });
  }

  if (summary.work.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [{ strong: t.workHeading }] });
    blocks.push({
      kind: 'list',
      items: summary.work.map((w) => {
        const item = t.workItem(day(w.date), w.subject, w.kind ?? '', strings.labels.work[w.state]);
        const task = t.workTask(w.task ?? '', w.deadline === undefined ? '' : day(w.deadline));
        return [task === '' ? item : `${item} (${task})`];
      }),
    });
  }

  if (summary.comments.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [{ strong: t.commentsHeading }] });
    blocks.push({
      kind: 'list',
      items: summary.comments.map((c) => [t.comment(day(c.date), c.subject, c.text)]),
    });
  }

  blocks.push({ kind: 'paragraph', parts: [{ strong: t.deadlinesHeading }] });
  if (summary.deadlines.length > 0) {
    blocks.push({
      kind: 'list',
      items: summary.deadlines.map((d) => [t.deadline(day(d.deadline), d.subject, d.task ?? '')]),
    });
  } else {
    blocks.push({ kind: 'paragraph', parts: [t.noDeadlines] });
  }

  const teacher = input.classTeachers.get(pupil.class);
  if (teacher !== undefined) {
    const full = input.teacherNames?.get(teacher);
    const name = full === undefined ? '' : adultDisplayName(full, input.settings.privacyMode);
    const address = { text: teacher, url: `mailto:${teacher}` };
    blocks.push({
      kind: 'fields',
      rows: [[t.classTeacher, name ? [`${name}, `, address] : [address]]],
    });
  }
  return blocks;
}
