/**
 * Phone numbers families can tap. The school's instruction gives the hotline as a city number
 * without its code («62-76-04»): dialled from a mobile it reaches nobody, so a letter adds the
 * area code from `phone_area_code` and links it as `tel:+7…` (RFC 3966). Numbers are Russian:
 * ten national digits (area codes start with 3, 4 or 8, mobiles with 9) after +7 or 8.
 */

/** A number as a letter shows it and the address a tap dials; `tel` is absent when unsure. */
export interface DialNumber {
  readonly text: string;
  readonly tel?: string | undefined;
}

const NATIONAL_DIGITS = 10;

/**
 * Reads one number as typed: a full number (`8 8212 62-76-04`, `+7 912 …`) as it is; a local one
 * (`62-76-04`) with the area code put before it, when the code makes it ten digits. A number
 * that still cannot be dialled is shown as typed without a link, never guessed.
 */
export function dialNumber(typed: string, areaCode: string): DialNumber {
  const text = typed.trim();
  const digits = text.replace(/\D/g, '');
  const area = areaCode.replace(/\D/g, '');
  if (digits.length === NATIONAL_DIGITS + 1 && /^[78]/.test(digits))
    return { text, tel: `tel:+7${digits.slice(1)}` };
  if (digits.length === NATIONAL_DIGITS && !digits.startsWith('7'))
    return { text, tel: `tel:+7${digits}` };
  if (area !== '' && digits.length > 0 && area.length + digits.length === NATIONAL_DIGITS)
    return { text: `(${area}) ${text}`, tel: `tel:+7${area}${digits}` };
  return { text };
}
