/**
 * How the day's mail quota is shared out among the letters waiting in the outbox, and how many
 * days the queue will take. One rule serves delivery and the planner, so what the planner says
 * is what delivery does:
 *
 * - in queue order, every letter that fits what is left of the quota goes; one that does not fit
 *   waits, and the letters after it still go if they fit (one big letter never holds the queue);
 * - a letter larger than a whole day's quota can never fit: when its turn comes it is cut so that
 *   its first part takes exactly what is left (its To and Cc go on every part, its Bcc are shared
 *   out), and the rest waits for the next day.
 *
 * Later letters never change when an earlier one goes: they only get what it left.
 */

/** A letter waiting in the outbox, as the quota sees it. */
export interface WaitingLetter {
  /** Recipients it takes from the quota (To, Cc and Bcc). */
  readonly cost: number;
  /**
   * Recipients each part repeats (To and Cc); undefined when it cannot be cut. Asked only of a
   * letter larger than a whole day whose turn has come, since finding out may mean decoding it.
   */
  readonly head: () => number | undefined;
}

/** A letter chosen for now: whole, or cut so that the part sent now takes `keep` recipients. */
export interface QuotaPick {
  readonly index: number;
  readonly keep?: number;
}

/** True when a letter can be cut so that a part of `keep` recipients goes now. */
export function canCut(letter: WaitingLetter, keep: number): boolean {
  if (keep >= letter.cost) return false;
  const head = letter.head();
  return head !== undefined && keep > head;
}

/**
 * The letters to send with `left` recipients of quota, in queue order; `wholeDay` is what a whole
 * day's quota holds (less the reserve): only letters larger than that are cut.
 */
export function fillQuota(
  letters: readonly WaitingLetter[],
  left: number,
  wholeDay: number,
): QuotaPick[] {
  const picks: QuotaPick[] = [];
  let room = left;
  for (let index = 0; index < letters.length && room > 0; index++) {
    const letter = letters[index]!;
    if (letter.cost <= room) {
      picks.push({ index });
      room -= letter.cost;
    } else if (letter.cost > wholeDay && canCut(letter, room)) {
      picks.push({ index, keep: room });
      room = 0;
    }
  }
  return picks;
}

/** A letter of the planner's queue: its order key (queued at, row) and its size. */
export interface PlannedLetter extends WaitingLetter {
  /** When it was queued (ms; Infinity when unknown). */
  readonly created: number;
  readonly row: number;
}

/** How long the queue takes. */
export interface QueueForecast {
  /** Per letter (as given): the day, 0 = today, on which its last part goes; Infinity = never. */
  readonly dayOf: readonly number[];
  /** Days until the queue is empty (0 when empty); Infinity when some letter can never go. */
  readonly days: number;
  /** Letters that can never go: larger than a whole day and impossible to cut. */
  readonly never: number;
}

/**
 * Replays `fillQuota` day by day: today with `leftToday`, then `wholeDay` every day. The rest of a
 * cut letter joins the queue as delivery appends it: a new last row with its letter's time, and
 * the same To and Cc.
 */
export function forecastQueue(
  letters: readonly PlannedLetter[],
  leftToday: number,
  wholeDay: number,
): QueueForecast {
  interface Item extends WaitingLetter {
    readonly origin: number;
    readonly created: number;
    readonly row: number;
  }
  const dayOf = letters.map(() => Infinity);
  let queue: Item[] = letters.map((l, origin) => ({ ...l, origin }));
  let lastRow = Math.max(0, ...letters.map((l) => l.row));
  const byOrder = (a: Item, b: Item): number => a.created - b.created || a.row - b.row;
  let day = 0;
  // A day that sends nothing while letters wait can only repeat: those letters never go.
  for (let left = leftToday; queue.length > 0; left = wholeDay, day++) {
    queue.sort(byOrder);
    const picks = fillQuota(queue, left, wholeDay);
    if (picks.length === 0 && day > 0) break;
    const gone = new Set<number>();
    const rests: Item[] = [];
    for (const pick of picks) {
      const item = queue[pick.index]!;
      gone.add(pick.index);
      if (pick.keep === undefined) {
        dayOf[item.origin] = day;
      } else {
        const cutOff = pick.keep - (item.head() ?? 0);
        rests.push({ ...item, row: ++lastRow, cost: item.cost - cutOff });
      }
    }
    queue = [...queue.filter((_, i) => !gone.has(i)), ...rests];
  }
  const never = dayOf.filter((d) => d === Infinity).length;
  const days = never > 0 ? Infinity : dayOf.reduce((most, d) => Math.max(most, d + 1), 0);
  return { dayOf, days, never };
}
