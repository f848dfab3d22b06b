import type { FormKind } from '../domain/forms';
import type { Names } from '../domain/words';
import type { FormsStrings } from './forms';
import type { PrivacyStrings } from './privacy';
import type { ReportStrings } from './report';
import type { SummaryStrings } from './summary';

/**
 * What every language must always know, even before its messages are read: the domain's
 * `Names`, and the names the jobs recognise in either language — the form answer sheets, the
 * report sheets and sections, the «(erased)» marker and the ways a family was informed. The
 * bundle keeps exactly these English words in Code.js (ENGLISH_NAMES in
 * scripts/english-split.mjs lists the same paths).
 */
export interface LanguageNames extends Names {
  readonly forms: Names['forms'] & {
    readonly forms: Readonly<Record<FormKind, Pick<FormsStrings['forms'][FormKind], 'sheet'>>>;
  };
  readonly privacy: Pick<PrivacyStrings, 'erased'>;
  readonly report: Pick<ReportStrings, 'sheetName' | 'surveySheets' | 'sections' | 'none'>;
  readonly summary: Pick<SummaryStrings, 'method'>;
}
