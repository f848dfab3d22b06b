import { trustEn } from './trust';
import { dashboardEn } from './dashboard';
import { agreementEn } from './agreement';
import { privacyEn } from './privacy';
import { archiveEn } from './archive';
import { formsEn } from './forms';
import { readersEn } from './readers';
import { deliveryEn } from './delivery';
import { quotaEn } from './quota';
import { reportEn } from './report';
import { scheduleEn } from './schedule';
import type { Strings } from './strings';
import { summaryEn } from './summary';

/** English: chosen with the setting `locale` = en. */
export const en: Strings = {
  appName: 'Distant',
  sheets: {
    settings: {
      name: 'Settings',
      columns: { key: 'Key', value: 'Value', description: 'Description' },
    },
    classes: {
      name: 'Classes',
      columns: {
        class: 'Class',
        classTeacher: 'Class teacher (email)',
        groupEmail: 'Class mailing address',
      },
    },
    staff: {
      name: 'Staff',
      columns: { name: 'Name', email: 'Email', role: 'Role', subjects: 'Subjects', phone: 'Phone' },
    },
    pupils: {
      name: 'Pupils',
      columns: {
        id: 'ID',
        name: 'Name',
        class: 'Class',
        email: 'Pupil email',
        parent1Name: 'Parent 1',
        parent1Email: 'Parent 1 email',
        parent1Phone: 'Parent 1 phone',
        parent2Name: 'Parent 2',
        parent2Email: 'Parent 2 email',
        parent2Phone: 'Parent 2 phone',
        active: 'Studying',
      },
    },
    schedule: {
      name: 'Schedule',
      columns: {
        id: 'ID',
        date: 'Date',
        class: 'Class',
        period: 'Period',
        start: 'Start',
        end: 'End',
        subject: 'Subject',
        teacher: 'Teacher (email)',
        form: 'Form',
        resource: 'Resource',
        topic: 'Topic',
        task: 'Task',
        deadline: 'Deadline',
        status: 'Status',
        adminComment: 'Administration comment',
        published: 'Published',
      },
    },
    journal: {
      name: 'Journal',
      columns: {
        date: 'Date',
        class: 'Class',
        subject: 'Subject',
        pupilId: 'Pupil ID',
        pupilName: 'Pupil',
        attendance: 'Attendance',
        mark: 'Mark',
        work: 'Work',
        workKind: 'Kind of work',
        comment: 'Comment',
        teacher: 'Teacher',
        lessonId: 'Lesson ID',
      },
    },
    access: {
      name: 'Access',
      columns: {
        pupilId: 'Pupil ID',
        date: 'Date',
        computer: 'Computer',
        internet: 'Internet',
        device: 'Device',
        paper: 'Paper materials',
        contact: 'Contact method',
        filledBy: 'Filled by',
      },
    },
    requests: {
      name: 'Requests',
      columns: {
        id: 'ID',
        date: 'Date',
        type: 'Type',
        pupilId: 'Pupil ID',
        class: 'Class',
        applicant: 'Applicant',
        phone: 'Phone',
        subject: 'Subject',
        description: 'Description',
        status: 'Status',
        assignee: 'Assignee',
        due: 'Due',
        doneAt: 'Done',
        answer: 'Answer',
      },
    },
    outbox: {
      name: 'Outbox',
      columns: {
        key: 'Key',
        job: 'Job',
        created: 'Created',
        recipients: 'Recipients',
        subject: 'Subject',
        status: 'Status',
        attempts: 'Attempts',
        sentAt: 'Sent',
        error: 'Error',
        content: 'Content',
        signature: 'Signature',
      },
    },
    publications: {
      name: 'Published lessons',
      columns: {
        lessonId: 'Lesson ID',
        class: 'Class',
        date: 'Date',
        publishedAt: 'Published',
        snapshot: 'As published',
      },
    },
    routed: {
      name: 'Routed responses',
      columns: {
        form: 'Form',
        sheetId: 'Response sheet ID',
        row: 'Row',
        fingerprint: 'Answer fingerprint',
        ref: 'Created',
        routedAt: 'Routed',
      },
    },
    problems: {
      name: 'Data problems',
      columns: {
        sheet: 'Sheet',
        row: 'Row',
        column: 'Column',
        value: 'Value',
        problem: 'Problem',
        found: 'Found',
      },
    },
    informed: {
      name: 'Informed',
      columns: {
        week: 'Week',
        pupilId: 'Pupil ID',
        class: 'Class',
        method: 'Method',
        recipients: 'Recipients',
        recorded: 'Recorded',
      },
    },
    agreements: {
      name: 'Agreement',
      columns: {
        lessonId: 'Lesson ID',
        date: 'Date',
        class: 'Class',
        period: 'Period',
        subject: 'Subject',
        teacher: 'Teacher',
        details: 'To agree',
        reason: 'Why here',
        decision: 'Decision',
        comment: 'Administration comment',
        agreedAt: 'Agreed',
        agreedAs: 'Agreed as',
        pendingAs: 'Awaiting as',
      },
    },
    erasures: {
      name: 'Data erasures',
      columns: {
        erasedAt: 'When',
        erasedBy: 'By',
        pupilHash: 'Pupil ID fingerprint',
        rows: 'Rows deleted',
        cells: 'Cells cleared',
      },
    },
    termMarks: {
      name: 'Term marks',
      columns: {
        pupilId: 'Pupil ID',
        termStart: 'Term start',
        weekStart: 'Week from',
        before: 'Before the week (sum/count)',
        week: 'The week (sum/count)',
      },
    },
  },
  labels: {
    role: { admin: 'administrator', teacher: 'teacher' },
    lessonForm: {
      online: 'online',
      selfStudy: 'self-study',
      consultation: 'consultation',
      inPerson: 'in person',
    },
    lessonStatus: { draft: 'draft', pending: 'pending', agreed: 'agreed', cancelled: 'cancelled' },
    attendance: { present: 'present', absent: 'absent', excused: 'excused' },
    credit: { pass: 'pass', fail: 'fail' },
    work: { submitted: 'submitted', missing: 'not submitted', overdue: 'overdue' },
    internet: { yes: 'yes', no: 'no', unstable: 'unstable' },
    requestType: { paper: 'paper materials', consultation: 'consultation' },
    requestStatus: { new: 'new', inProgress: 'in progress', done: 'done', rejected: 'rejected' },
    decision: { agree: 'agree', return: 'send back' },
    outboxStatus: {
      queued: 'queued',
      sending: 'sending',
      sent: 'sent',
      error: 'error',
      skipped: 'skipped',
      unknown: 'unknown',
    },
    mailMode: { live: 'live', preview: 'preview', off: 'off' },
    privacyMode: { standard: 'standard', minimal: 'minimal' },
    surveyInvitations: { monthly: 'monthly', weekly: 'weekly', off: 'off' },
  },
  aliases: {
    role: { admin: ['admin', 'head', 'deputy head'] },
    lessonForm: { selfStudy: ['self study', 'independent'], inPerson: ['in-person', 'offline'] },
    attendance: { present: ['p', 'yes'], absent: ['a', 'no'], excused: ['e'] },
    work: { missing: ['missing'] },
    lessonStatus: { cancelled: ['canceled'] },
    requestType: { paper: ['paper'] },
    requestStatus: { inProgress: ['in-progress'] },
  },
  headerAliases: {
    staff: { name: ['Full name'] },
    pupils: { name: ['Full name', 'Pupil'], email: ['Email'] },
    schedule: { teacher: ['Teacher', 'Teacher email'], period: ['Lesson'] },
    journal: { pupilName: ['Name'], mark: ['Grade'] },
  },
  yes: 'yes',
  no: 'no',
  yesAliases: ['yes', 'y', 'true', '1'],
  noAliases: ['no', 'n', 'false', '0'],
  weekdaysShort: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  settingDescriptions: {
    school_name: 'School name: signature in letters and reports',
    timezone: 'School time zone (e.g. Europe/Moscow)',
    locale: 'Language of letters and sheets: ru or en',
    admin_emails: 'Administrators, comma-separated: they get reports and warnings',
    hotline_phones:
      'Hotline phones, separated by semicolons; a local number without its code (see phone_area_code) or in full',
    phone_area_code:
      'Area code for hotline numbers given without it (e.g. 8212): letters make them tap-to-call',
    school_email: 'School e-mail',
    website: 'School website',
    mail_mode:
      'live: mail goes out; preview: everything goes to administrators marked [PREVIEW]; off: nothing is sent',
    publish_hour: 'Hour to publish the next school day (0–23)',
    not_agreed_lead_hours:
      'Hours before publication the administration gets the lessons not agreed (0–23)',
    school_days: 'School days, e.g. mon–fri',
    holidays: 'Holidays: dates and ranges, comma-separated (28.12.2026–11.01.2027)',
    summary_day:
      'Day of the weekly family letters; blank: the morning after the journal deadline of the last school day (Saturday for a Monday–Friday school)',
    summary_hour:
      'Hour of the weekly family letters (0–23); blank: 9:00 (18:00 when the day is a school day)',
    report_day: 'Day of the weekly monitoring report',
    survey_invitations: 'Survey invitations: monthly, weekly or off',
    archive_weeks: 'How many weeks to keep reports and sent mail',
    journal_deadline_hours: 'Hours after a lesson by which marks must be in the journal',
    low_score_threshold: 'Survey score (1–5) at or below which administrators are alerted',
    quota_reserve: 'Daily mail quota to keep in reserve',
    privacy_mode: 'standard: full names in mail; minimal: first names and IDs only',
    account_type:
      'The Google account the triggers run as: consumer (Gmail: 100 recipients and 90 trigger minutes a day) or workspace (Google Workspace: 1,500 recipients and 6 hours)',
    trigger_time_share:
      'The percentage of the daily trigger time Distant may use; past it new work waits for the next day (10–100)',
    survey_text_weeks:
      'How many weeks to keep free-text survey answers (comments); then they are erased, the scores stay',
  },
  problems: {
    missingSheet: (sheet) => `Sheet "${sheet}" is missing. Run "Set up workbook".`,
    missingColumn: (column) => `Required column "${column}" is missing.`,
    required: 'The field is empty.',
    badDate: 'Cannot read the date. Write it as 28.11.2026.',
    badTime: 'Cannot read the time. Write it as 09:00.',
    badYesNo: 'Expected "yes" or "no".',
    badEmail: 'This does not look like an e-mail address.',
    badMark: 'A mark must be 1 to 5, "pass" or "fail".',
    badNumber: 'A number is expected.',
    badChoice: (allowed) => `Allowed values: ${allowed.join(', ')}.`,
    duplicateId: (firstRow) => `The same ID is already in row ${firstRow}.`,
    unknownClass: (cls) => `Class "${cls}" is not on the Classes sheet.`,
    unknownPupil: (id) => `No pupil with ID "${id}" on the Pupils sheet.`,
    pupilRowRejected: (id) =>
      `The row of pupil "${id}" on the Pupils sheet has an error (see above); the pupil's journal rows wait until it is fixed.`,
    unknownSetting: 'Unknown setting key; it is not used.',
    badSetting: (hint) => `Invalid setting value. ${hint}`,
    badClassName: 'A class name looks like 5A or 5-A (number 1–11 and a letter).',
    badPhone: 'This does not look like a phone number.',
    suspiciousText: 'The text looks like HTML or a formula; it will be shown as plain text.',
    endBeforeStart: 'The lesson ends before it starts.',
    pupilClassMismatch: (expected) => `The pupil is in class ${expected}.`,
    missingForForm: (form) =>
      form === ''
        ? 'The form of the lesson is missing; it will not be published.'
        : `A "${form}" lesson needs this field; it will not be published.`,
  },
  menu: {
    setup: 'Set up workbook',
    checkData: 'Check data',
    publishSchedule: 'Publish tomorrow’s schedule',
    sendWeeklySummaries: 'Send this week’s family letters',
    buildWeeklyReport: 'Build monitoring report',
    dashboard: 'Distant dashboard',
    help: 'Help',
    resendUnknown: 'Resend letters with unknown fate',
    ensureTriggers: 'Check triggers',
    quotaPlan: 'Mail quota',
    takeOverMail: 'Send the mail from my account',
    erasePupil: 'Erase a pupil’s data',
    archiveNow: 'Move old weeks to the archive',
    applyAgreement: 'Apply agreement now',
  },
  setup: {
    title: 'Workbook setup',
    created: (what) => `Created sheet "${what}".`,
    repaired: (what) => `Repaired sheet "${what}".`,
    addedColumns: (sheet, columns) => `Added columns to "${sheet}": ${columns}.`,
    addedSettings: (keys) => `Added settings: ${keys}.`,
    nothingToDo: 'Everything is set up already; nothing changed.',
    protectedNote: 'A system sheet of Distant. Edit only the Status column if needed.',
    timezoneSet: (tz) => `Spreadsheet time zone set to ${tz}.`,
  },
  check: {
    title: 'Data check',
    none: 'No problems found.',
    found: (count, sheet) => `Problems found: ${count}. See the "${sheet}" sheet.`,
  },
  mail: {
    previewPrefix: '[PREVIEW] ',
    previewNote: (recipients) =>
      `Preview mode (mail_mode = preview): only administrators got this letter. In live mode it would go to: ${recipients}.`,
    shortened: (url) =>
      `The letter was too long and has been shortened. The full version is in the school workbook: ${url}`,
    unknownFateError:
      'Sending was interrupted: it is unknown whether the letter went out. It was not resent.',
    unknownFateSubject: (count) => `Distant: ${count} letters with unknown fate`,
    unknownFateIntro:
      "Sending these letters was interrupted (a failure or Google's time limit). They may have arrived, so Distant did not resend them by itself:",
    unknownFateHowTo: (sheet, status, menu) =>
      `If a letter did not arrive, set its Status on the "${sheet}" sheet to "${status}" or use the menu "${menu}": it goes out on the next run.`,
    failedSubject: (count) => `Distant: ${count} letters could not be sent`,
    failedIntro: 'These letters were not sent because of an address or mail service error:',
    failedHowTo: (sheet, status) =>
      `Check the recipients' addresses. If the error was temporary, set the Status on the "${sheet}" sheet to "${status}": the letter goes out on the next run. An address corrected in the workbook is used for later letters.`,
    alertLine: (subject, recipients, sheet, row, error) =>
      `${subject} — ${recipients} (sheet "${sheet}", row ${row})${error ? `. Error: ${error}` : ''}`,
    contactsHeading: 'Contact the school',
    hotline: 'Hotline',
    email: 'E-mail',
    website: 'Website',
    signature: (school) => `${school || 'School administration'}`,
    howToAskHeading: 'Consultations and paper materials',
    howToAskConsultation: (phones, email) =>
      `A teacher's individual consultation can be arranged through the hotline${phones ? ` (${phones})` : ''}${email ? ` or by e-mail to ${email}` : ''}, or reply to this letter.`,
    howToAskPaper: (phones, email) =>
      `If your child has no internet access, the school provides paper materials: call${phones ? ` (${phones})` : ''}${email ? ` or write to ${email}` : ''}.`,
    requestLead: 'Need a teacher’s consultation or paper materials?',
    requestButton: 'Send a request',
    requestNote:
      'Requests are handled within 3 school days; the answer goes to the e-mail in the request.',
    automatic: 'This letter was sent automatically by Distant.',
  },
  quota: quotaEn,
  triggers: {
    ok: 'Triggers are fine.',
    repaired: (created, removed) => `Triggers repaired: ${created} created, ${removed} removed.`,
    stale: 'The dispatcher has not run for over 3 hours: its trigger was recreated.',
    requeued: (count) => `Put back in the queue: ${count} letters. They go out on the next run.`,
    staleWarning: (hours) =>
      `Scheduled jobs have not run for ${hours} h. Open the Distant menu → Check triggers.`,
    ownedBy: (owner, menuItem) =>
      `The mail is sent by the triggers of ${owner}, and they are working: no second set was installed, so that no letter goes twice. To send from your account, choose «${menuItem}».`,
    tookOver: (previous) =>
      `Your triggers send the mail now. The triggers of ${previous} remove themselves at their next run.`,
  },
  schedule: scheduleEn,
  summary: summaryEn,
  report: reportEn,
  forms: formsEn,
  trust: trustEn,
  dashboard: dashboardEn,
  agreement: agreementEn,
  readers: readersEn,
  delivery: deliveryEn,
  privacy: privacyEn,
  archive: archiveEn,
  ui: {
    deniedNoEmail:
      'Your e-mail address is unknown, so the action is denied. Sign in with the school account.',
    deniedNotAdmin: (email) => `Only administrators may do this. ${email} is not an administrator.`,
    delivered: (sent, remaining) =>
      `Letters sent: ${sent}${remaining > 0 ? `; ${remaining} more go out on the next runs` : ''}.`,
    archived: (rows) => `Old outbox rows removed: ${rows}.`,
    failed: (reason) => `Failed: ${reason}`,
    cancelled: 'Cancelled: nothing was changed.',
  },
};
