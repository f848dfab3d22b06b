/**
 * A staff member's name as Russian school papers shorten it: «Гусева Любовь Романовна» →
 * «Гусева Л. Р.». For teachers in the short places of the report (who is to act, a bar's label);
 * pupils are named by `privacy_mode`, never by this.
 */
export function shortPersonName(full: string): string {
  const [surname = '', ...rest] = full.trim().split(/\s+/);
  return rest.length === 0 ? surname : `${surname} ${rest.map((w) => `${w.charAt(0)}.`).join(' ')}`;
}
