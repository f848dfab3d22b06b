/**
 * The end of every letter to families (instruction §3, §5, §6): how to ask for a consultation or
 * paper materials, and the school's contacts — hotline, e-mail, website.
 */
import type { Settings } from '../domain/settings';
import type { Strings } from '../i18n';
import type { Block, Inline } from './document';

/** The contacts block every message ends with. */
export function contactBlocks(settings: Settings, strings: Strings): Block[] {
  const m = strings.mail;
  const rows: (readonly [string, readonly Inline[]])[] = [];
  if (settings.hotlinePhones.length > 0)
    rows.push([m.hotline, [settings.hotlinePhones.join('; ')]]);
  if (settings.schoolEmail !== '')
    rows.push([m.email, [{ text: settings.schoolEmail, url: `mailto:${settings.schoolEmail}` }]]);
  if (settings.website !== '')
    rows.push([m.website, [{ text: settings.website, url: settings.website }]]);
  const blocks: Block[] = [{ kind: 'rule' }];
  if (rows.length > 0)
    blocks.push({ kind: 'heading', text: m.contactsHeading }, { kind: 'fields', rows });
  blocks.push(
    { kind: 'note', parts: [m.signature(settings.schoolName)] },
    { kind: 'note', parts: [m.automatic] },
  );
  return blocks;
}

/** How a family asks for a teacher's consultation or for paper materials (instruction §5). */
export function howToAskBlocks(settings: Settings, strings: Strings): Block[] {
  const m = strings.mail;
  const phones = settings.hotlinePhones.join('; ');
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
