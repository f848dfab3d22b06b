/**
 * The dispatcher's job table (docs/contracts.md «Jobs»): every scheduled job, in the order a run performs them.
 * A capability adds its job here; the dispatcher, the entry points and the runner stay as they are.
 */
import { agreementJob } from './agreement';
import { archiveJob } from './archive';
import { changeNoticesJob } from './change-notices';
import { familySummariesJob } from './family-summaries';
import { formSweepJob } from './form-sweep';
import { monitoringReportJob } from './monitoring-report';
import { notAgreedListJob } from './not-agreed-list';
import { publishScheduleJob } from './publish-schedule';
import { surveyInvitationsJob } from './survey-invitations';
import type { ScheduledJob } from './scheduled-job';
import { teacherRemindersJob } from './teacher-reminders';

/**
 * The jobs the hourly dispatcher runs, in order: the administration's agreement first (what it
 * agrees is what the letters after it may send), then notices, then the day's and the week's letters.
 */
export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  agreementJob,
  changeNoticesJob,
  notAgreedListJob,
  publishScheduleJob,
  teacherRemindersJob,
  archiveJob,
  formSweepJob,
  familySummariesJob,
  surveyInvitationsJob,
  monitoringReportJob,
];
