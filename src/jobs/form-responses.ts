/**
 * Survey and request handling (docs/contracts.md «Jobs»; the school's instruction §4.1–4.3, §5–6): one form response, routed
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
  responseFingerprint,
  scoresOf,
} from '../domain/forms';
import { nextSchoolDay } from '../domain/lessons';
import { messageKey, type OutgoingMail } from '../domain/mail';
import { isFailure, lookupVocabulary, parseEmail, parseYesNo } from '../domain/parse';
import { adultDisplayName, pupilDisplayName, typedPupilRef } from '../domain/privacy';
import type { Pupil } from '../domain/rows';
import type { Settings } from '../domain/settings';
import type { PrivacyMode } from '../domain/vocabulary';
import {
  invalidRequestLetter,
  type Letter,
  lowScoreLetter,
  newRequestLetter,
  type RequestFacts,
  requestAckLetter,
  requestRejectLetter,
} from '../mail/form-letters';
import { ALL_NAMES } from '../i18n';
import type { JobOutcome } from './context';
import {
  formOfSheet,
  type FormRegistry,
  loadRegistry,
  requestPrefix,
  saveRegistry,
} from './shared/form-registry';
import { markRouted, openRouted, routedKey, type RoutedSheet } from './shared/routed-sheet';
import { type DeliveryContext, enqueue } from './shared/outbox';
import { loadSchool, type School } from './shared/school';
import { openSystemSheet, type SystemSheet, systemCell, systemRow } from './shared/system-sheet';
import { underLock } from './shared/lock';
import { outgoingMail } from '../mail/letter';

/** School days a request may take (the contract leaves it open; three is the family's promise). */
export const REQUEST_SCHOOL_DAYS = 3;

/** What became of one response. */
export type ResponseResult =
  | 'empty'
  | 'unknownSheet'
  | 'duplicate'
  | 'request'
  | 'rejected'
  | 'census'
  | 'survey'
  /** An edited response: what it created was brought up to date. */
  | 'updated';

/** The outcome of one response, with what became of it. */
export interface ResponseOutcome extends JobOutcome {
  readonly result: ResponseResult;
  /** The request ID given, for a request that was accepted (or had been already). */
  readonly requestId?: string;
}

/** What a sweep of many responses reads once for all of them. */
export interface Preloaded {
  readonly school?: School;
  readonly routed?: RoutedSheet;
  readonly registry?: FormRegistry;
}

/**
 * Handles one form response; see the module comment. The response's processed marker is written
 * last: a crash before it only means the next sweep routes the response again, which finds what
 * it created (everything is keyed by the response row) and changes nothing.
 */
export function handleFormResponse(
  ctx: DeliveryContext,
  response: FormResponse,
  preloaded: Preloaded = {},
): ResponseOutcome {
  if (isEmptyResponse(response.answers)) {
    const strings = preloaded.school?.strings ?? loadSchool(ctx.workbook, ctx.clock, []).strings;
    return outcome('empty', strings.forms.empty, 0);
  }
  const registry = preloaded.registry ?? loadRegistry(ctx.store);
  const route = formOfSheet(registry, response.sheetId, response.sheetName);
  if (route === undefined) {
    // Another form of the school's own answering into this spreadsheet: not ours to handle.
    const strings = preloaded.school?.strings ?? loadSchool(ctx.workbook, ctx.clock, []).strings;
    const line = strings.forms.unknownSheet(response.sheetName);
    ctx.log.info(line);
    return outcome('unknownSheet', line, 0);
  }
  const school = preloaded.school ?? loadSchool(ctx.workbook, ctx.clock, ['classes', 'pupils']);
  const routed = preloaded.routed ?? openRouted(ctx, school.strings);
  // The school renamed the response sheet: the sweep finds it under its new name from now on.
  const record = route.record;
  if (record && record.sheetId === response.sheetId && record.sheetName !== response.sheetName)
    saveRegistry(ctx.store, {
      ...registry,
      [route.kind]: { ...record, sheetName: response.sheetName },
    });
  const sheetId = String(response.sheetId ?? response.sheetName);
  const fingerprint = responseFingerprint(response);
  const previous = routed.marks.get(routedKey(route.kind, sheetId, response.row))?.mark;
  if (previous?.fingerprint === fingerprint)
    return outcome('duplicate', school.strings.forms.duplicate, 0);
  let result: ResponseOutcome & { readonly ref?: string };
  switch (route.kind) {
    case 'request':
      result = handleRequest(ctx, school, response, requestPrefix(route.record));
      break;
    case 'access':
      result = handleCensus(ctx, school, response, previous?.ref);
      break;
    case 'parentSurvey':
    case 'pupilSurvey':
      result = handleSurvey(ctx, school, response, route.kind, previous && fingerprint);
      break;
  }
  underLock(
    ctx,
    () =>
      markRouted(ctx, routed, {
        form: route.kind,
        sheetId,
        row: response.row,
        fingerprint,
        ref: result.ref ?? result.requestId ?? '',
      }),
    school.strings,
  );
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
  return outgoingMail(letter, { ...envelope, replyTo: settings.schoolEmail });
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
      const key = questionKeyOf(title, ALL_NAMES);
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
  const typed = (key: Parameters<typeof answerOf>[1]): string =>
    cellText(answerOf(answers, key, ALL_NAMES));
  const pupilId = typed('pupilId');
  const pupil = pupilById(school, pupilId);
  const type = lookupVocabulary('requestType', answerOf(answers, 'type', ALL_NAMES), ALL_NAMES);
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
  // What the applicant typed: an edited response updates these, never what the staff wrote.
  const applicantFields: Readonly<Record<string, Cell>> = {
    type: typeLabel,
    pupilId: pupil.id,
    class: pupil.class,
    applicant: typed('applicant'),
    phone: typed('phone'),
    subject: typed('subject'),
    description: typed('description'),
  };
  const written = underLock(
    ctx,
    () => {
      const sheet = openSystemSheet(ctx.workbook, 'requests', strings);
      const at = sheet.grid.findIndex(
        (row, i) => i > 0 && cellText(systemCell(sheet, row, 'id')) === id,
      );
      if (at > 0) return updateRow(ctx, sheet, at, applicantFields) ? 'updated' : 'same';
      const row = systemRow(sheet, {
        id,
        date: submitted,
        ...applicantFields,
        status: strings.labels.requestStatus.new,
        due: instantOf(zone, due),
      });
      ctx.workbook.append(sheet.name, [row]);
      return { sheet: sheet.name, row: sheet.grid.length + 1 };
    },
    strings,
  );
  if (written === 'same') return outcome('duplicate', w.duplicate, 0, id);
  if (written === 'updated')
    return outcome('updated', w.updated(`${id}, ${typeLabel}, ${pupil.class}`), 0, id);

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

/**
 * Brings the cells `values` of row `at` (0-based in the grid) up to date in one write; the other
 * cells (what the staff wrote) stay as they are. False when nothing differed.
 */
function updateRow(
  ctx: DeliveryContext,
  sheet: SystemSheet,
  at: number,
  values: Readonly<Record<string, Cell>>,
): boolean {
  const row = [...(sheet.grid[at] ?? [])];
  let changed = false;
  for (const [key, value] of Object.entries(values)) {
    const index = sheet.columns.get(key);
    if (index === undefined || sameCell(row[index], value)) continue;
    row[index] = value;
    changed = true;
  }
  if (!changed) return false;
  while (row.length < sheet.width) row.push('');
  ctx.workbook.write(sheet.name, at + 1, [row]);
  sheet.grid[at] = row;
  return true;
}

const sameCell = (a: Cell | undefined, b: Cell): boolean =>
  isDateValue(a) && isDateValue(b) ? a.getTime() === b.getTime() : cellText(a) === cellText(b);

/** The census row a response created is known by its pupil and its time. */
const censusRef = (pupilId: string, at: Date): string => `${pupilId}|${at.toISOString()}`;

/**
 * A census answer becomes one row of «Доступ». `previous` names the row an earlier version of
 * the response created (an edit may change the pupil or the time): that row is updated instead.
 */
function handleCensus(
  ctx: DeliveryContext,
  school: School,
  response: FormResponse,
  previous: string | undefined,
): ResponseOutcome & { readonly ref: string } {
  const { strings } = school;
  const { answers } = response;
  const typed = (key: Parameters<typeof answerOf>[1]): string =>
    cellText(answerOf(answers, key, ALL_NAMES));
  const pupilId = pupilById(school, typed('pupilId'))?.id ?? typed('pupilId');
  const submitted = response.submittedAt ?? ctx.clock.now();
  // Answers are written as the workbook's own words, so «Доступ» reads the same whoever filled it.
  const yesNo = (key: 'computer' | 'paper'): string => {
    const value = parseYesNo(answerOf(answers, key, ALL_NAMES), school.ctx);
    return isFailure(value) ? typed(key) : value ? strings.yes : strings.no;
  };
  const internet = lookupVocabulary(
    'internet',
    answerOf(answers, 'internet', ALL_NAMES),
    ALL_NAMES,
  );
  const values: Record<string, Cell> = {
    pupilId,
    date: submitted,
    computer: yesNo('computer'),
    internet: internet === undefined ? typed('internet') : strings.labels.internet[internet],
    device: typed('device'),
    paper: yesNo('paper'),
    contact: typed('contact'),
    filledBy: typed('filledBy'),
  };
  const ref = censusRef(pupilId, submitted);
  const written = underLock(
    ctx,
    () => {
      const sheet = openSystemSheet(ctx.workbook, 'access', strings);
      // One row per response: the same pupil answered at the same instant is the same response.
      const refOf = (row: Cell[]): string => {
        const date = systemCell(sheet, row, 'date');
        return isDateValue(date)
          ? censusRef(cellText(systemCell(sheet, row, 'pupilId')), date)
          : '';
      };
      const at = sheet.grid.findIndex((row, i) => i > 0 && [ref, previous].includes(refOf(row)));
      if (at > 0) return updateRow(ctx, sheet, at, values) ? 'updated' : 'same';
      ctx.workbook.append(sheet.name, [systemRow(sheet, values)]);
      return 'added';
    },
    strings,
  );
  const what = `${strings.sheets.access.name}: ${pupilId}`;
  const result =
    written === 'added'
      ? outcome('census', strings.forms.stored(what), 0)
      : written === 'updated'
        ? outcome('updated', strings.forms.updated(what), 0)
        : outcome('duplicate', strings.forms.duplicate, 0);
  return { ...result, ref };
}

/**
 * A survey answer stays on its response sheet; a low score alerts the administrators, once per
 * version of the answer (`edited`: the fingerprint of an edited one, which alerts anew).
 */
function handleSurvey(
  ctx: DeliveryContext,
  school: School,
  response: FormResponse,
  kind: Extract<FormKind, 'parentSurvey' | 'pupilSurvey'>,
  edited: string | undefined,
): ResponseOutcome {
  const { settings, strings } = school;
  const { answers } = response;
  const scores = scoresOf(answers, ALL_NAMES);
  const threshold = settings.lowScoreThreshold;
  const survey = strings.forms.forms[kind].sheet;
  if (!scores.some((s) => s.score <= threshold) || settings.adminEmails.length === 0)
    return outcome('survey', strings.forms.stored(survey), 0);

  const typedId = cellText(answerOf(answers, 'pupilId', ALL_NAMES));
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
      comment: cellText(answerOf(answers, 'comment', ALL_NAMES)),
      sheet: response.sheetName,
      row: response.row,
      url: ctx.workbook.url(),
    },
    strings,
  );
  const to = settings.adminEmails;
  // Keyed by the response sheet and row: a second event for the answer queues nothing.
  const where = `${kind}-${response.sheetId ?? response.sheetName}-${response.row}${edited ? `-${edited}` : ''}`;
  const queued = enqueue(ctx, strings, [
    mailOf(letter, { key: messageKey('lowScore', where, to), job: 'survey', to }, settings),
  ]);
  return outcome('survey', strings.forms.stored(survey), queued.queued);
}
