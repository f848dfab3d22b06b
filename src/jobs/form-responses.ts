/**
 * Survey and request handling (DESIGN §4, instruction §4.1–4.3, §5–6): one form response, routed
 * by its response sheet.
 *
 * - request → checked (a known pupil ID, a known type), written to «Заявки» as «новая» with a due
 *   date three school days on; the applicant gets an acknowledgement, the administrators and the
 *   class teacher an alert. A request that cannot be accepted gets a reply with the reason, or —
 *   with no address to reply to — the administrators get it.
 * - access census → a row of «Доступ».
 * - surveys → the answer stays on its response sheet; scores ≤ `low_score_threshold` alert the
 *   administrators.
 *
 * The trigger may fire twice for one response, or once with empty values: an empty response does
 * nothing, and everything is keyed by the response row (request ID, census row, outbox keys), so
 * a second event does nothing either. Rows are written under the document lock; letters go to the
 * outbox only after it is released, and leave with the next hourly run.
 */
import { addDays, formatDateRu, instantOf, type LocalDate } from '../domain/calendar';
import { type Cell, cellText, isDateValue } from '../domain/cells';
import {
  answerOf,
  emailOf,
  type FormKind,
  type FormResponse,
  isEmptyResponse,
  isEmailTitle,
  isTimestampTitle,
  questionKeyOf,
  scoresOf,
} from '../domain/forms';
import { nextSchoolDay } from '../domain/lessons';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { isFailure, lookupVocabulary, parseEmail, parseYesNo } from '../domain/parse';
import { adultDisplayName, pupilDisplayName, typedPupilRef } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { PrivacyMode } from '../domain/vocabulary';
import { renderParts } from '../mail/document';
import {
  invalidRequestLetter,
  type Letter,
  lowScoreLetter,
  newRequestLetter,
  type RequestFacts,
  requestAckLetter,
  requestRejectLetter,
} from '../mail/form-letters';
import type { JobOutcome } from './context';
import { formOfSheet, loadRegistry, requestPrefix } from './shared/form-registry';
import { type DeliveryContext, enqueue, LOCK_WAIT_MS } from './shared/outbox';
import { loadSchool, type School } from './shared/school';
import { openSystemSheet, type SystemSheet, systemCell, systemRow } from './shared/system-sheet';

/** School days a request may take (DESIGN leaves it open; three is the family's promise). */
export const REQUEST_SCHOOL_DAYS = 3;

/** What became of one response. */
export type ResponseResult =
  'empty' | 'unknownSheet' | 'duplicate' | 'request' | 'rejected' | 'census' | 'survey';

/** The outcome of one response, with what became of it. */
export interface ResponseOutcome extends JobOutcome {
  readonly result: ResponseResult;
  /** The request ID given, for a request that was accepted (or had been already). */
  readonly requestId?: string;
}

/** Handles one form response; see the module comment. */
export function handleFormResponse(ctx: DeliveryContext, response: FormResponse): ResponseOutcome {
  if (isEmptyResponse(response.answers)) {
    const strings = loadSchool(ctx.workbook, ctx.clock, []).strings;
    return outcome('empty', strings.forms.empty, 0);
  }
  const route = formOfSheet(loadRegistry(ctx.store), response.sheetId, response.sheetName);
  if (route === undefined) {
    // Another form of the school's own answering into this spreadsheet: not ours to handle.
    const line = loadSchool(ctx.workbook, ctx.clock, []).strings.forms.unknownSheet(
      response.sheetName,
    );
    ctx.log.info(line);
    return outcome('unknownSheet', line, 0);
  }
  const school = loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils']);
  let result: ResponseOutcome;
  switch (route.kind) {
    case 'request':
      result = handleRequest(ctx, school, response, requestPrefix(route.record));
      break;
    case 'access':
      result = handleCensus(ctx, school, response);
      break;
    case 'parentSurvey':
    case 'pupilSurvey':
      result = handleSurvey(ctx, school, response, route.kind);
      break;
  }
  // The summary may quote what the family typed (a name where the ID goes): the log says only
  // what became of which row (logs hold no personal data, docs/contracts.md «Logs»).
  ctx.log.info(
    `formResponse ${route.kind} row ${response.row}: ${result.result}${result.requestId === undefined ? '' : ` ${result.requestId}`}`,
  );
  return result;
}

function outcome(
  result: ResponseResult,
  summary: string,
  messages: number,
  requestId?: string,
): ResponseOutcome {
  return {
    job: 'formResponse',
    result,
    summary,
    details: [],
    problems: 0,
    messages,
    ...(requestId === undefined ? {} : { requestId }),
  };
}

/** The pupil an ID typed into a form stands for (trimmed, any case). */
function pupilById(school: School, typed: string): Pupil | undefined {
  const id = typed.trim().toLowerCase();
  if (id === '') return undefined;
  return school.pupils.find((p) => p.value.id.trim().toLowerCase() === id)?.value;
}

/** Runs `write` under the document lock; a busy lock fails the trigger rather than risk a race. */
function underLock<T>(ctx: DeliveryContext, write: () => T): T {
  if (!ctx.lock.tryLock(LOCK_WAIT_MS * 3))
    throw new Error('The spreadsheet is busy (document lock); the response is left on its sheet.');
  try {
    return write();
  } finally {
    ctx.lock.release();
  }
}

/** The local date `days` school days after `from` (plain days when the school has none). */
function schoolDaysAfter(from: LocalDate, days: number, settings: Settings): LocalDate {
  let date = from;
  for (let i = 0; i < days; i++) date = nextSchoolDay(date, settings) ?? addDays(date, 1);
  return date;
}

/** Letter → a message of the outbox. */
function mailOf(
  letter: Letter,
  envelope: { key: string; job: string; to: readonly string[]; cc?: readonly string[] },
  settings: Settings,
): OutgoingMail {
  return {
    ...envelope,
    ...(settings.schoolEmail ? { replyTo: settings.schoolEmail } : {}),
    subject: letter.subject,
    ...renderParts(letter.doc),
  };
}

/** Administrators in To, the class teacher (when not one of them) in Cc. */
function staffEnvelope(
  settings: Settings,
  classTeacher: string | undefined,
): { to: string[]; cc: string[] } | null {
  const to = [...settings.adminEmails];
  const cc = classTeacher !== undefined && !to.includes(classTeacher) ? [classTeacher] : [];
  if (to.length === 0 && cc.length === 0) return null;
  return to.length === 0 ? { to: cc, cc: [] } : { to, cc };
}

/**
 * The answers of a response as label–value lines (the form's own columns left out), people named
 * as the privacy mode says: the applicant and who filled the census without a surname in minimal
 * mode, a name typed for the pupil's ID by first name. Free text stays the writer's own words.
 */
function answerLines(
  answers: Readonly<Record<string, Cell>>,
  mode: PrivacyMode,
): Array<[string, string]> {
  return Object.entries(answers)
    .filter(([title]) => !isTimestampTitle(title))
    .map(([title, value]): [string, string] => {
      const text = cellText(value);
      const key = questionKeyOf(title);
      const named =
        key === 'applicant' || key === 'filledBy'
          ? adultDisplayName(text, mode)
          : key === 'pupilId'
            ? typedPupilRef(text, mode)
            : text;
      return [title.trim(), named];
    })
    .filter(([, value]) => value !== '');
}

function handleRequest(
  ctx: DeliveryContext,
  school: School,
  response: FormResponse,
  prefix: string,
): ResponseOutcome {
  const { settings, strings, zone } = school;
  const w = strings.forms;
  const { answers } = response;
  const id = `${prefix}-${response.row}`;
  const typed = (key: Parameters<typeof answerOf>[1]): string => cellText(answerOf(answers, key));
  const pupilId = typed('pupilId');
  const pupil = pupilById(school, pupilId);
  const type = lookupVocabulary('requestType', answerOf(answers, 'type'));
  const email = parseEmail(emailOf(answers), school.ctx);
  const replyTo = isFailure(email) ? undefined : email;
  const url = ctx.workbook.url();

  const reason =
    pupilId === ''
      ? w.reasonNoPupilId
      : pupil === undefined
        ? w.reasonUnknownPupil(typedPupilRef(pupilId, settings.privacyMode))
        : type === undefined
          ? w.reasonUnknownType(typed('type'))
          : undefined;
  if (reason !== undefined || pupil === undefined || type === undefined) {
    const why = reason ?? '';
    const mails: OutgoingMail[] = [];
    if (replyTo !== undefined) {
      const letter = requestRejectLetter(why, settings, strings);
      mails.push(
        mailOf(
          letter,
          { key: messageKey('requestRejected', id, [replyTo]), job: 'request', to: [replyTo] },
          settings,
        ),
      );
    } else if (settings.adminEmails.length > 0) {
      const letter = invalidRequestLetter(
        {
          reason: why,
          answers: answerLines(answers, settings.privacyMode),
          sheet: response.sheetName,
          row: response.row,
          url,
        },
        strings,
      );
      const to = settings.adminEmails;
      mails.push(
        mailOf(letter, { key: messageKey('requestInvalid', id, to), job: 'request', to }, settings),
      );
    }
    const queued = enqueue(ctx, strings, mails);
    return outcome('rejected', w.stored(why), queued.queued);
  }

  const now = ctx.clock.now();
  const submitted = response.submittedAt ?? now;
  const due = schoolDaysAfter(zone.parts(submitted).date, REQUEST_SCHOOL_DAYS, settings);
  const typeLabel = strings.labels.requestType[type];
  const written = underLock(ctx, () => {
    const sheet = openSystemSheet(ctx.workbook, 'requests', strings);
    if (rowsOf(sheet).some((row) => cellText(systemCell(sheet, row, 'id')) === id)) return null;
    const row = systemRow(sheet, {
      id,
      date: submitted,
      type: typeLabel,
      pupilId: pupil.id,
      class: pupil.class,
      applicant: typed('applicant'),
      phone: typed('phone'),
      subject: typed('subject'),
      description: typed('description'),
      status: strings.labels.requestStatus.new,
      due: instantOf(zone, due),
    });
    ctx.workbook.append(sheet.name, [row]);
    return { sheet: sheet.name, row: sheet.grid.length + 1 };
  });
  if (written === null) return outcome('duplicate', w.duplicate, 0, id);

  const facts: RequestFacts = {
    id,
    type: typeLabel,
    pupilId,
    subject: typed('subject'),
    description: typed('description'),
    due: formatDateRu(due),
  };
  const mails: OutgoingMail[] = [];
  if (replyTo !== undefined) {
    mails.push(
      mailOf(
        requestAckLetter(facts, settings, strings),
        { key: messageKey('requestAck', id, [replyTo]), job: 'request', to: [replyTo] },
        settings,
      ),
    );
  }
  const classTeacher = school.classes.find((c) => c.value.name === pupil.class)?.value.classTeacher;
  const staff = staffEnvelope(settings, classTeacher);
  if (staff !== null) {
    const letter = newRequestLetter(
      {
        facts,
        pupil: `${pupilDisplayName(pupil.name, settings.privacyMode)} (${pupil.id})`,
        cls: pupil.class,
        applicant: {
          name: adultDisplayName(typed('applicant'), settings.privacyMode),
          phone: typed('phone'),
          email: replyTo ?? '',
        },
        sheet: written.sheet,
        row: written.row,
        url,
      },
      strings,
    );
    mails.push(
      mailOf(
        letter,
        {
          key: messageKey('requestNew', id, [...staff.to, ...staff.cc]),
          job: 'request',
          ...staff,
        },
        settings,
      ),
    );
  } else {
    ctx.log.warn(`request ${id}: neither admin_emails nor a class teacher to tell`);
  }
  const queued = enqueue(ctx, strings, mails);
  return outcome('request', w.stored(`${id}, ${typeLabel}, ${pupil.class}`), queued.queued, id);
}

/** The rows of a sheet below its header. */
function rowsOf(sheet: SystemSheet): Cell[][] {
  return sheet.grid.slice(1);
}

function handleCensus(
  ctx: DeliveryContext,
  school: School,
  response: FormResponse,
): ResponseOutcome {
  const { strings } = school;
  const { answers } = response;
  const typed = (key: Parameters<typeof answerOf>[1]): string => cellText(answerOf(answers, key));
  const pupilId = pupilById(school, typed('pupilId'))?.id ?? typed('pupilId');
  const submitted = response.submittedAt ?? ctx.clock.now();
  // Answers are written as the workbook's own words, so «Доступ» reads the same whoever filled it.
  const yesNo = (key: 'computer' | 'paper'): string => {
    const value = parseYesNo(answerOf(answers, key), school.ctx);
    return isFailure(value) ? typed(key) : value ? strings.yes : strings.no;
  };
  const internet = lookupVocabulary('internet', answerOf(answers, 'internet'));
  const written = underLock(ctx, () => {
    const sheet = openSystemSheet(ctx.workbook, 'access', strings);
    // One row per response: the same pupil answered at the same instant is the same response.
    const same = rowsOf(sheet).some((row) => {
      const date = systemCell(sheet, row, 'date');
      return (
        cellText(systemCell(sheet, row, 'pupilId')) === pupilId &&
        isDateValue(date) &&
        date.getTime() === submitted.getTime()
      );
    });
    if (same) return false;
    const row = systemRow(sheet, {
      pupilId,
      date: submitted,
      computer: yesNo('computer'),
      internet: internet === undefined ? typed('internet') : strings.labels.internet[internet],
      device: typed('device'),
      paper: yesNo('paper'),
      contact: typed('contact'),
      filledBy: typed('filledBy'),
    });
    ctx.workbook.append(sheet.name, [row]);
    return true;
  });
  return written
    ? outcome('census', strings.forms.stored(`${strings.sheets.access.name}: ${pupilId}`), 0)
    : outcome('duplicate', strings.forms.duplicate, 0);
}

function handleSurvey(
  ctx: DeliveryContext,
  school: School,
  response: FormResponse,
  kind: Extract<FormKind, 'parentSurvey' | 'pupilSurvey'>,
): ResponseOutcome {
  const { settings, strings } = school;
  const { answers } = response;
  const scores = scoresOf(answers);
  const threshold = settings.lowScoreThreshold;
  const survey = strings.forms.forms[kind].sheet;
  if (!scores.some((s) => s.score <= threshold) || settings.adminEmails.length === 0)
    return outcome('survey', strings.forms.stored(survey), 0);

  const typedId = cellText(answerOf(answers, 'pupilId'));
  const pupil = pupilById(school, typedId);
  const respondent = Object.entries(answers).find(([title]) => isEmailTitle(title));
  const letter = lowScoreLetter(
    {
      survey,
      threshold,
      scores,
      pupil: pupil
        ? `${pupilDisplayName(pupil.name, settings.privacyMode)} (${pupil.id})`
        : typedPupilRef(typedId, settings.privacyMode),
      cls: pupil?.class ?? '',
      email: respondent ? cellText(respondent[1]) : '',
      comment: cellText(answerOf(answers, 'comment')),
      sheet: response.sheetName,
      row: response.row,
      url: ctx.workbook.url(),
    },
    strings,
  );
  const to = settings.adminEmails;
  // Keyed by the response sheet and row: a second event for the answer queues nothing.
  const where = `${kind}-${response.sheetId ?? response.sheetName}-${response.row}`;
  const queued = enqueue(ctx, strings, [
    mailOf(letter, { key: messageKey('lowScore', where, to), job: 'survey', to }, settings),
  ]);
  return outcome('survey', strings.forms.stored(survey), queued.queued);
}
