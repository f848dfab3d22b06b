/**
 * The forms step of «Настроить таблицу» (docs/contracts.md «Entry points»): makes sure the four forms exist and send
 * their answers to this spreadsheet — created once, made again when deleted, linked again when
 * unlinked or when their response sheet was deleted — and names their response sheets. Kept apart
 * from the pure sheet setup: it needs FormApp, and a failure here must not undo the sheets.
 */
import {
  FORM_KINDS,
  FORM_LAYOUTS,
  type FormKind,
  isPrefillTemplate,
  PREFILL_TOKENS,
} from '../domain/forms';
import { ALL_NAMES, type Strings } from '../i18n';
import type { FormOpenness, FormQuestion, FormSpec, Forms } from '../ports/forms';
import type { Lock } from '../ports/lock';
import type { Store } from '../ports/store';
import type { JobContext, JobOutcome } from './context';
import { loadRegistry, saveRegistry } from './shared/form-registry';
import { administrators } from './shared/authorize';
import { loadSchool } from './shared/school';
import { underLock } from './shared/lock';

/** The ports the forms step needs. */
export interface FormsContext extends JobContext {
  readonly forms: Forms;
  readonly store: Store;
  readonly lock: Lock;
  /** Who runs setup ('' when unknown): the maker of the forms it creates. */
  readonly user?: string;
}

/** One form after the step: where families answer it, where the answers land, whether it takes them. */
export interface EnsuredForm extends FormOpenness {
  readonly kind: FormKind;
  readonly title: string;
  readonly url: string;
  readonly editUrl: string;
  readonly sheetName: string;
  readonly created: boolean;
  readonly relinked: boolean;
  /** Published by this run although it existed: found unpublished (made by an older version). */
  readonly publishedNow: boolean;
}

/** The form of `kind` in the school's language, ready for the Forms port. */
export function formSpec(kind: FormKind, strings: Strings): FormSpec {
  const words = strings.forms;
  const layout = FORM_LAYOUTS[kind];
  const choices = (source: string | undefined): readonly string[] | undefined => {
    switch (source) {
      case 'requestType':
        return Object.values(strings.labels.requestType);
      case 'internet':
        return Object.values(strings.labels.internet);
      case 'yesNo':
        return [strings.yes, strings.no];
      case 'contact':
        return words.contactChoices;
      default:
        return undefined;
    }
  };
  const questions = layout.questions.map((q): FormQuestion => ({
    title: words.questions[q.key],
    help: words.help[q.key],
    type: q.type,
    required: q.required,
    choices: choices(q.choices),
    other: q.other,
    labels: q.type === 'scale' ? { low: words.scaleLow, high: words.scaleHigh } : undefined,
  }));
  return {
    title: words.forms[kind].title,
    description: words.forms[kind].description,
    confirmation: words.forms[kind].confirmation,
    collectEmail: layout.collectEmail,
    questions,
  };
}

/**
 * The request form's pre-filled link with placeholders for the pupil's ID and class, asked of
 * Google once here so that a letter costs no Forms call. The questions are named in both
 * languages (the form keeps the titles it was made with). A link without both placeholders, or a
 * failure, leaves no template: letters then link the plain form, and setup still succeeds.
 */
function requestTemplate(forms: Forms, formId: string): string | undefined {
  const answers = ALL_NAMES.flatMap((s) => [
    { title: s.forms.questions.pupilId, value: PREFILL_TOKENS.pupilId },
    { title: s.forms.questions.class, value: PREFILL_TOKENS.class },
  ]);
  try {
    const url = forms.prefilledUrl(formId, answers);
    return isPrefillTemplate(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Ensures the four forms. Runs under the document lock, so two administrators pressing setup at
 * once cannot both create a form; the registry is saved after each change, so a run cut short
 * never leaves a form that the next run would create a second time.
 */
export function ensureForms(ctx: FormsContext): JobOutcome & { forms: EnsuredForm[] } {
  const school = loadSchool(ctx.workbook, ctx.clock, ['staff']);
  const strings = school.strings;
  const user = (ctx.user ?? '').trim().toLowerCase();
  // Every administrator may edit every form: whoever sets up next can repair them.
  const admins = administrators(school.settings, school.staff).filter((e) => e !== user);
  const ensured: EnsuredForm[] = [];
  const unshared: Array<{ readonly title: string; readonly owner: string }> = [];
  underLock(
    ctx,
    () => {
      const registry = loadRegistry(ctx.store);
      for (const kind of FORM_KINDS) {
        const known = registry[kind];
        const found = known === undefined ? null : ctx.forms.find(known.formId);
        // Another administrator's form this account cannot open was not shared, not deleted: a
        // second form would split the families' answers between two.
        if (
          known !== undefined &&
          found === null &&
          known.owner !== undefined &&
          user !== '' &&
          known.owner !== user
        ) {
          unshared.push({ title: strings.forms.forms[kind].title, owner: known.owner });
          continue;
        }
        let record = known;
        let url = found?.url ?? '';
        let editUrl = found?.editUrl ?? '';
        let created = false;
        if (record === undefined || found === null) {
          const made = ctx.forms.create(formSpec(kind, strings));
          record = {
            formId: made.formId,
            url: made.url,
            sheetId: -1,
            links: 0,
            ...(user === '' ? {} : { owner: user }),
          };
          url = made.url;
          editUrl = made.editUrl;
          created = true;
        }
        let sheetName = created ? null : ctx.forms.sheetName(record.sheetId);
        const relink = created || found?.linked !== true || sheetName === null;
        if (relink) {
          const linked = ctx.forms.link(record.formId, strings.forms.forms[kind].sheet);
          record = {
            ...record,
            sheetId: linked.sheetId,
            links: record.links + 1,
            sheetName: linked.sheetName,
            since: 2,
          };
          sheetName = linked.sheetName;
        }
        const prefill =
          kind === 'request' && (created || record.prefill === undefined)
            ? requestTemplate(ctx.forms, record.formId)
            : record.prefill;
        if (
          created ||
          relink ||
          record.url !== url ||
          record.sheetName !== sheetName ||
          prefill !== record.prefill
        ) {
          record = { ...record, sheetName: sheetName ?? undefined };
          registry[kind] = { ...record, url, ...(prefill === undefined ? {} : { prefill }) };
          saveRegistry(ctx.store, registry);
        }
        if (admins.length > 0) ctx.forms.share(record.formId, admins);
        // Publishing is part of the repair: a form made by a script starts unpublished, and one made
        // by an older version of the add-on was never published. A form the school merely closed
        // (published, not accepting) is the school's choice: setup only says how to reopen it.
        const publishNow = created || found === null || !found.published;
        const openness = publishNow ? ctx.forms.publish(record.formId) : found;
        ensured.push({
          kind,
          title: strings.forms.forms[kind].title,
          url,
          editUrl,
          sheetName: sheetName ?? '',
          created,
          relinked: relink && !created,
          published: openness.published,
          accepting: openness.accepting,
          publishedNow: publishNow && openness.published && !created,
        });
      }
    },
    strings,
  );

  const created = ensured.filter((f) => f.created).length;
  const details: string[] = [];
  if (created > 0) details.push(strings.forms.formsCreated(created));
  for (const f of ensured.filter((e) => e.relinked))
    details.push(strings.forms.formRelinked(f.title));
  for (const f of ensured.filter((e) => e.publishedNow))
    details.push(strings.forms.formPublished(f.title));
  for (const f of unshared) details.push(strings.forms.formNotShared(f.title, f.owner));
  for (const f of ensured) {
    if (!f.published) details.push(strings.forms.formNotPublished(f.title, f.editUrl));
    else if (!f.accepting) details.push(strings.forms.formNotAccepting(f.title, f.editUrl));
  }
  // The links are told when something changed; otherwise a repeated setup stays "nothing to do",
  // and Sheets' own menu «Форма» on each response sheet leads to the live form at any time.
  if (details.length > 0) {
    details.push(strings.forms.formLinksHeading);
    for (const f of ensured) details.push(strings.forms.formLink(f.title, f.url));
  }
  for (const line of details) ctx.log.info(line);
  return {
    job: 'forms',
    summary: details[0] ?? '',
    details,
    problems: 0,
    messages: 0,
    forms: ensured,
  };
}
