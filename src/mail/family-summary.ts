/**
 * The weekly letter to a family (docs/contracts.md «Jobs» "family summaries"; instruction §4.3, §5): one letter
 * per family, the summary first. The subject names the children and the plain week; the first
 * screen has one status line per child; then a section per child — even across classes — with
 * attendance, overdue work apart from work not yet due (every count equal to the items under
 * it), the marks as a narrow table with the term's average, comments and next week's deadlines;
 * then the next steps, one tap each: the request form pre-filled for each child, the survey while
 * it is open, each child's class teacher, and the hotline as tappable numbers.
 *
 * Privacy: with `privacy_mode` = minimal a child is named by first name only and the letter adds
 * no surname anywhere (the parents are not named at all). Teachers' comments are quoted as the
 * teachers wrote them: they are the teachers' words to the family, and rewriting them would put
 * words in a teacher's mouth; a teacher who names a child by surname in a comment does so in
 * either mode, and minimal mode only promises that the letter itself adds none. The request
 * link carries the child's ID and class: the family needs them in the form, and the letter goes
 * only to that child's guardians.
 */
import type { Family } from '../domain/family';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { adultDisplayName, firstNameOf, pupilDisplayName } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { MissingWork, SchoolWeek, WeekSummary } from '../domain/week-summary';
import type { Strings } from '../i18n';
import { type Block, type Inline } from './document';
import { contactBlocks, type RequestForm, requestLink } from './footer';
import { formatDay, markText, plainWeek } from './week-words';
import { type Letter, outgoingMail } from './letter';

/** The forms a family letter links: the request form always, the survey while it is open. */
export interface FamilyLinks {
  readonly request?: RequestForm | undefined;
  readonly survey?: string | undefined;
}

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
  readonly links?: FamilyLinks;
  readonly settings: Settings;
  readonly strings: Strings;
}

/** The outbox job name of family letters. */
export const FAMILY_SUMMARY_JOB = 'familySummaries';

/** The letter as a document, with its subject and Reply-To. */
export function familySummaryLetter(
  input: FamilySummaryInput,
): Letter & { readonly replyTo: string | undefined } {
  const { family, settings, strings } = input;
  const t = strings.summary;
  const week = plainWeek(input.week, settings, strings);
  // Reply-To is one person who knows the child; a family across two classes also gets a link
  // to each child's own class teacher among the next steps.
  const replyTo = family.pupils
    .map((p) => input.classTeachers.get(p.class))
    .find((e): e is string => e !== undefined);
  const children = family.pupils.filter((p) => input.summaries.has(p.id));

  const blocks: Block[] = [
    {
      kind: 'status',
      rows: children.map((pupil) => statusRow(pupil, input.summaries.get(pupil.id)!, strings)),
    },
  ];
  for (const pupil of children)
    blocks.push(...childBlocks(pupil, input.summaries.get(pupil.id)!, input));
  blocks.push(
    { kind: 'rule' },
    ...nextSteps(children, week, input),
    ...contactBlocks(settings, strings),
  );
  // The subject uses first names in either mode: short, and it adds no surname.
  return {
    subject: t.subject(
      children.map((p) => firstNameOf(p.name)),
      week,
    ),
    replyTo,
    doc: { title: t.title(week), blocks },
  };
}

/** The letter ready for the outbox, keyed by week and recipients (a rerun queues nothing new). */
export function familySummaryMail(input: FamilySummaryInput): OutgoingMail {
  const letter = familySummaryLetter(input);
  return outgoingMail(letter, {
    key: messageKey('summary', input.week.label, input.family.addresses),
    job: FAMILY_SUMMARY_JOB,
    to: input.family.addresses,
    replyTo: letter.replyTo,
  });
}

/** «Елизавета: 1 работа просрочена» — what a parent should know before scrolling. */
function statusRow(
  pupil: Pupil,
  summary: WeekSummary,
  strings: Strings,
): { text: Inline[]; ok: boolean } {
  const t = strings.summary.status;
  const parts: string[] = [];
  for (const reason of summary.attention) {
    switch (reason.kind) {
      case 'work':
        parts.push(t.overdue(reason.count));
        break;
      case 'absent':
        parts.push(t.absent(reason.absences.length));
        break;
      case 'lowMark':
        parts.push(t.low(reason.subjects.join(', ')));
        break;
      case 'fail':
        parts.push(t.fail(reason.subjects.join(', ')));
        break;
    }
  }
  const ok = parts.length === 0;
  const text = ok ? (summary.hasRecords ? t.fine : t.noRecords) : parts.join(', ');
  return { text: [{ strong: `${firstNameOf(pupil.name)}: ` }, text], ok };
}

function workItems(list: readonly MissingWork[], strings: Strings): Inline[][] {
  const t = strings.summary;
  const day = (date: string): string => formatDay(date, strings);
  return list.map((w) => {
    const details = t.workDetails(w.task ?? '', w.deadline === undefined ? '' : day(w.deadline));
    const item: Inline[] = [t.workItem(day(w.date), w.subject, w.kind ?? '')];
    return details === '' ? item : [...item, ' ', { detail: details }];
  });
}

function childBlocks(pupil: Pupil, summary: WeekSummary, input: FamilySummaryInput): Block[] {
  const { strings, settings } = input;
  const t = strings.summary;
  const day = (date: string): string => formatDay(date, strings);
  const name = pupilDisplayName(pupil.name, settings.privacyMode);
  const blocks: Block[] = [{ kind: 'heading', text: t.child(name, pupil.class) }];
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

  if (summary.overdue.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [{ strong: t.overdueHeading(summary.overdue.length) }] },
      { kind: 'list', items: workItems(summary.overdue, strings) },
    );
  }
  if (summary.pending.length > 0) {
    blocks.push(
      { kind: 'paragraph', parts: [{ strong: t.pendingHeading(summary.pending.length) }] },
      { kind: 'list', items: workItems(summary.pending, strings) },
    );
  }

  if (summary.ungraded) {
    if (summary.hasRecords) blocks.push({ kind: 'paragraph', parts: [t.ungraded] });
  } else if (summary.marks.length > 0) {
    blocks.push({ kind: 'paragraph', parts: [{ strong: t.marksHeading }] });
    blocks.push({
      kind: 'marks',
      head: t.marksHead,
      termLabel: t.termLabel,
      rows: summary.marks.map((s) => ({
        subject: s.subject,
        marks: s.marks.map((m) => ({
          mark: markText(m.mark, strings),
          low: m.mark === 1 || m.mark === 2 || m.mark === 'fail',
          day: day(m.date),
          kind: t.shortKind(m.kind ?? ''),
        })),
        term: s.termAverage === undefined ? '' : t.average(s.termAverage),
      })),
    });
  } else if (summary.hasRecords) {
    blocks.push({ kind: 'paragraph', parts: [t.noMarks] });
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

  const teacher = classTeacherOf(pupil, input);
  if (teacher !== undefined) {
    blocks.push({
      kind: 'fields',
      rows: [[t.classTeacher, teacher.name ? [`${teacher.name}, `, teacher.link] : [teacher.link]]],
    });
  }
  return blocks;
}

/** The child's class teacher: name (as the privacy mode allows) and a mailto: link. */
function classTeacherOf(
  pupil: Pupil,
  input: FamilySummaryInput,
): { name: string; email: string; link: Inline } | undefined {
  const email = input.classTeachers.get(pupil.class);
  if (email === undefined) return undefined;
  const full = input.teacherNames?.get(email);
  const name = full === undefined ? '' : adultDisplayName(full, input.settings.privacyMode);
  return { name, email, link: { text: email, url: `mailto:${email}` } };
}

/**
 * What the family can do next, one tap each: a request pre-filled with each child's ID and
 * class, the survey while it is open, and each child's own class teacher.
 */
function nextSteps(children: readonly Pupil[], week: string, input: FamilySummaryInput): Block[] {
  const { strings } = input;
  const t = strings.summary;
  const m = strings.mail;
  const blocks: Block[] = [{ kind: 'heading', text: t.nextHeading }];
  const request = input.links?.request;
  if (request !== undefined) {
    const buttons: Inline[] = children.flatMap((pupil, i) => [
      ...(i > 0 ? [' '] : []),
      {
        button: children.length === 1 ? m.requestButton : t.requestFor(firstNameOf(pupil.name)),
        url: requestLink(request, { pupilId: pupil.id, class: pupil.class }),
      },
    ]);
    blocks.push(
      { kind: 'paragraph', parts: [m.requestLead] },
      { kind: 'paragraph', parts: buttons },
      { kind: 'note', parts: [m.requestNote] },
    );
  } else {
    blocks.push({ kind: 'paragraph', parts: [t.requestByPhone] });
  }
  if (input.links?.survey !== undefined) {
    blocks.push(
      { kind: 'paragraph', parts: [t.surveyLead] },
      { kind: 'paragraph', parts: [{ button: t.surveyButton, url: input.links.survey }] },
    );
  }

  const teachers = children
    .map((pupil) => ({ pupil, teacher: classTeacherOf(pupil, input) }))
    .filter((c) => c.teacher !== undefined);
  const distinct = new Set(teachers.map((c) => c.teacher!.email));
  if (distinct.size > 0) {
    blocks.push({ kind: 'paragraph', parts: [t.replyLead(distinct.size)] });
    if (distinct.size > 1) {
      blocks.push({
        kind: 'list',
        items: teachers.map(({ pupil, teacher }) => {
          const child = firstNameOf(pupil.name);
          const subject = encodeURIComponent(t.replySubject(child, week));
          return [
            `${t.replyTeacher(teacher!.name || teacher!.email, `${child} (${pupil.class})`)}: `,
            { text: teacher!.email, url: `mailto:${teacher!.email}?subject=${subject}` },
          ];
        }),
      });
    }
  }
  return blocks;
}
