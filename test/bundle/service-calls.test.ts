/**
 * Service calls of the BUILT bundle in the offline fakes: an idle hourly run makes at most 5, the
 * nightly housekeeping run with nothing to do at most 20 (before this was measured: 3 and 69).
 * `npm run bench` prints the same figures.
 */
import { serviceCallFigures } from '../support/service-calls';

const figures = serviceCallFigures();

describe('service calls', () => {
  it('an idle hourly run: at most 5, no sheet touched', () => {
    expect(figures.idle.calls).toBeLessThanOrEqual(5);
    expect(
      Object.keys(figures.idle.byMethod).filter((m) => /^(Range|Sheet|Spreadsheet)/.test(m)),
    ).toEqual([]);
    console.log(`idle run: ${figures.idle.calls} ${JSON.stringify(figures.idle.byMethod)}`);
  });

  it('the night’s sweep of form responses with nothing new reads the response sheets and the markers only', () => {
    expect(figures.formSweep.calls).toBeLessThanOrEqual(40);
    // Settings, the four response sheets, the markers: no pupils, no classes.
    expect(figures.formSweep.byMethod['Range.getValues']).toBe(6);
    console.log(
      `form sweep: ${figures.formSweep.calls} ${JSON.stringify(figures.formSweep.byMethod)}`,
    );
  });

  it('housekeeping with nothing to do: at most 20, the outbox not read', () => {
    expect(figures.housekeeping.calls).toBeLessThanOrEqual(20);
    // The settings are the one sheet read: the archive's memo says nothing can be archived yet.
    expect(figures.housekeeping.byMethod['Range.getValues']).toBe(1);
    expect(figures.housekeeping.byMethod['Sheet.getName'] ?? 0).toBe(0);
    console.log(
      `housekeeping: ${figures.housekeeping.calls} ${JSON.stringify(figures.housekeeping.byMethod)}`,
    );
  });
});
