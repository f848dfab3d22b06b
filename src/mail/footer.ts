/**
 * The ends of letters. Families' letters end with how to ask for a consultation or paper
 * materials (instruction §5, §6) — the request form one tap away — and the school's contacts
 * with tappable phone numbers (instruction §3). Staff letters end with the signature only: a
 * teacher does not need the families' hotline.
 */
import { fillPrefill } from '../domain/forms';
import { dialNumber } from '../domain/phones';
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { Block, Inline } from './document';

/** Where the request form is: its address, and a pre-filled template when setup made one. */
export interface RequestForm {
  readonly url: string;
  /** A pre-filled link with placeholders for the pupil's ID and class (domain/forms). */
  readonly prefill?: string | undefined;
}

/** The request form's link for a pupil (or a class): pre-filled where the template allows. */
export function requestLink(
  form: RequestForm,
  values: { readonly pupilId?: string; readonly class?: string },
): string {
  return form.prefill === undefined ? form.url : fillPrefill(form.prefill, values);
}

/** The hotline numbers as tappable links, separated by «, ». */
export function hotlineInlines(settings: Settings): Inline[] {
  const parts: Inline[] = [];
  settings.hotlinePhones.forEach((typed, i) => {
    if (i > 0) parts.push(', ');
    const number = dialNumber(typed, settings.phoneAreaCode);
    parts.push(number.tel === undefined ? number.text : { text: number.text, url: number.tel });
  });
  return parts;
}

/** The signature and the note that the letter is automatic: the end of every letter. */
export function signatureBlocks(settings: Settings, strings: Strings): Block[] {
  return [
    { kind: 'note', parts: [strings.mail.signature(settings.schoolName)] },
    { kind: 'note', parts: [strings.mail.automatic] },
  ];
}

/** The end of a letter to staff: a rule and the signature, no families' contacts. */
export function staffFooterBlocks(settings: Settings, strings: Strings): Block[] {
  return [{ kind: 'rule' }, ...signatureBlocks(settings, strings)];
}

/** The contacts block every letter to families ends with. */
export function contactBlocks(settings: Settings, strings: Strings): Block[] {
  const m = strings.mail;
  const rows: (readonly [string, readonly Inline[]])[] = [];
  if (settings.hotlinePhones.length > 0) rows.push([m.hotline, hotlineInlines(settings)]);
  if (settings.schoolEmail !== '')
    rows.push([m.email, [{ text: settings.schoolEmail, url: `mailto:${settings.schoolEmail}` }]]);
  if (settings.website !== '')
    rows.push([m.website, [{ text: settings.website, url: settings.website }]]);
  const blocks: Block[] = [{ kind: 'rule' }];
  if (rows.length > 0)
    blocks.push({ kind: 'heading', text: m.contactsHeading }, { kind: 'fields', rows });
  blocks.push(...signatureBlocks(settings, strings));
  return blocks;
}

/**
 * How a family asks for a teacher's consultation or for paper materials (instruction §5): the
 * request form, pre-filled with the class in a class letter, else the hotline and the e-mail.
 */
export function howToAskBlocks(
  settings: Settings,
  strings: Strings,
  request?: { readonly form: RequestForm; readonly class: string },
): Block[] {
  const m = strings.mail;
  const phones = settings.hotlinePhones
    .map((p) => dialNumber(p, settings.phoneAreaCode).text)
    .join('; ');
  if (request !== undefined) {
    return [
      { kind: 'heading', text: m.howToAskHeading },
      { kind: 'paragraph', parts: [m.requestLead] },
      {
        kind: 'paragraph',
        parts: [
          { button: m.requestButton, url: requestLink(request.form, { class: request.class }) },
        ],
      },
      { kind: 'note', parts: [m.requestNote] },
    ];
  }
  return [
    { kind: 'heading', text: m.howToAskHeading },
    {
      kind: 'list',
      items: [
        [m.howToAskConsultation(phones, settings.schoolEmail)],
        [m.howToAskPaper(phones, settings.schoolEmail)],
      ],
    },
  ];
}
