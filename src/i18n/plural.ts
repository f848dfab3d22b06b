/** Russian plural: 1 урок, 2 урока, 5 уроков, 11 уроков, 21 урок. */
export function pluralRu(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100;
  const units = Math.abs(n) % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}
