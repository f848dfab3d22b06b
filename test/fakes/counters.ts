/** Counts service calls (one per method call on a fake object seen from the context) and cells moved. */
export class FakeCounters {
  calls = 0;
  byMethod: Record<string, number> = {};
  cellsRead = 0;
  cellsWritten = 0;

  /** Records one call of `method` (e.g. 'Range.getValues'). */
  count(method: string): void {
    this.calls += 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  /** Zeroes every counter. */
  reset(): void {
    this.calls = 0;
    this.byMethod = {};
    this.cellsRead = 0;
    this.cellsWritten = 0;
  }
}
