import { createGasEnvironment, MESSAGES, type GasEnvironment } from './index';

const ADMIN = 'admin@school.test';
const DEPUTY = 'deputy@school.test';
const TEACHER = 'teacher@school.test';

const SCRIPT = `
  var runs = [];
  function err(fn) { try { fn(); return 'ok'; } catch (e) { return e.message; } }
  function install() {
    ScriptApp.newTrigger('tick').timeBased().everyHours(1).create();
    ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
    return mine();
  }
  function mine() {
    return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), t.getUniqueId()]; });
  }
  function docTriggers() {
    return ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).map(function (t) { return t.getHandlerFunction(); });
  }
  function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
  function tick(e) {
    runs.push({ handler: 'tick', active: Session.getActiveUser().getEmail(),
      effective: Session.getEffectiveUser().getEmail(), uid: e.triggerUid, keys: Object.keys(e).sort(),
      dow: e['day-of-week'], hour: e.hour, tz: e.timezone });
  }
  function onSubmit(e) { runs.push({ handler: 'onSubmit', effective: Session.getEffectiveUser().getEmail(), uid: e.triggerUid }); }
  function onEdit(e) { runs.push({ handler: 'onEdit', active: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(), user: e.user.getEmail(), auth: e.authMode }); }
  function watchEdits() { ScriptApp.newTrigger('edited').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create(); }
  function edited(e) { runs.push({ handler: 'edited', active: Session.getActiveUser().getEmail(),
    effective: Session.getEffectiveUser().getEmail(), user: e.user.getEmail(), uid: e.triggerUid }); }
  function watchOther(id) { return err(function () {
    ScriptApp.newTrigger('edited').forSpreadsheet(id).onEdit().create(); }); }
  function takeRuns() { var r = runs; runs = []; return r; }`;

function env(options = {}): GasEnvironment {
  const e = createGasEnvironment({
    now: '2026-09-07T09:15:30Z',
    users: [DEPUTY, TEACHER],
    spreadsheetSharing: { editors: [DEPUTY, TEACHER] },
    ...options,
  });
  e.load(SCRIPT);
  return e;
}

describe('triggers owned by the user who made them', () => {
  it('shows each user only their own triggers; ids are unique 19-digit strings', () => {
    const e = env();
    const admin = e.call('install') as string[][];
    expect(e.as(DEPUTY).call('mine')).toEqual([]);
    expect(e.as(DEPUTY).call('docTriggers')).toEqual([]);
    const deputy = e.as(DEPUTY).call('install') as string[][];
    expect(e.call('mine')).toEqual(admin);
    expect(e.call('docTriggers')).toEqual(['tick', 'onSubmit']);
    const ids = [...admin, ...deputy].map(([, id]) => id!);
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^\d{19}$/);
    expect(e.triggers.list().map((t) => [t.owner, t.handler])).toEqual([
      [ADMIN, 'tick'],
      [ADMIN, 'onSubmit'],
      [DEPUTY, 'tick'],
      [DEPUTY, 'onSubmit'],
    ]);
    expect(
      e
        .as(DEPUTY)
        .triggers()
        .map((t) => t.handler),
    ).toEqual(['tick', 'onSubmit']);
    e.as(DEPUTY).call('removeAll');
    expect(e.triggers.list().map((t) => t.owner)).toEqual([ADMIN, ADMIN]);
  });

  it('counts the add-on limit of one trigger per type per document per user', () => {
    const e = env();
    e.call('install');
    expect(() => e.call('install')).toThrow('already has a CLOCK trigger');
    expect(() => e.as(TEACHER).call('install')).not.toThrow();
  });

  it('fires each time-driven trigger as its owner, independently, with the documented event', () => {
    const e = env();
    e.call('install');
    e.as(DEPUTY).call('install');
    expect(e.triggers.fireTimeTriggers()).toBe(2);
    const runs = e.call('takeRuns') as Array<Record<string, unknown>>;
    const [adminTick, deputyTick] = e.triggers.list().filter((t) => t.type === 'CLOCK');
    expect(runs).toEqual([
      expect.objectContaining({ active: ADMIN, effective: ADMIN, uid: adminTick!.id }),
      expect.objectContaining({ active: DEPUTY, effective: DEPUTY, uid: deputyTick!.id }),
    ]);
    expect(runs[0]).toMatchObject({
      keys: [
        'authMode',
        'day-of-month',
        'day-of-week',
        'hour',
        'minute',
        'month',
        'second',
        'timezone',
        'triggerUid',
        'week-of-year',
        'year',
      ],
      dow: 1,
      hour: 9,
      tz: 'UTC',
    });
    expect(e.as(DEPUTY).fireTimeTriggers()).toBe(1);
    expect(e.call('takeRuns')).toEqual([expect.objectContaining({ effective: DEPUTY })]);
    expect(e.triggers.fire(adminTick!.id)).toBeUndefined();
    expect(e.call('takeRuns')).toEqual([expect.objectContaining({ effective: ADMIN })]);
  });

  it('fires form-submit triggers as their owners', () => {
    const e = env();
    e.call('install');
    e.as(DEPUTY).call('install');
    expect(e.triggers.fireFormSubmit({ values: [] })).toBe(2);
    expect(e.triggers.fireFormSubmit({ values: [] }, { owner: DEPUTY })).toBe(1);
    expect((e.call('takeRuns') as Array<{ effective: string }>).map((r) => r.effective)).toEqual([
      ADMIN,
      DEPUTY,
      DEPUTY,
    ]);
  });

  it("runs a teacher's edit: the simple onEdit as the teacher, the admin's edit trigger as the admin", () => {
    const e = env({ addon: false });
    e.call('watchEdits');
    const cell = e.spreadsheet.sheet('Sheet1').getRange('B2');
    expect(e.as(TEACHER).edit(cell, 'пн')).toBe(2);
    // Consumer accounts: a simple trigger does not see another user's address, nor does the
    // admin's trigger see the teacher's.
    expect(e.call('takeRuns')).toEqual([
      { handler: 'onEdit', active: '', effective: TEACHER, user: '', auth: 'LIMITED' },
      {
        handler: 'edited',
        active: '',
        effective: ADMIN,
        user: '',
        uid: e.triggers.list()[0]!.id,
      },
    ]);
    const ws = env({ addon: false, workspaceDomain: 'school.test' });
    ws.call('watchEdits');
    ws.as(TEACHER).edit(ws.spreadsheet.sheet('Sheet1').getRange('B2'), 'вт');
    expect(ws.call('takeRuns')).toMatchObject([
      { handler: 'onEdit', active: TEACHER, user: TEACHER },
      { handler: 'edited', active: TEACHER, effective: ADMIN, user: TEACHER },
    ]);
  });

  it('lets a bound script watch another spreadsheet, but not an add-on', () => {
    const bound = env({ addon: false });
    const other = bound.files.create('Учителя');
    expect(bound.call('watchOther', other.getId())).toBe('ok');
    expect(bound.triggers.list()[0]).toMatchObject({ sourceId: other.getId(), owner: ADMIN });
    const secret = bound.files.create('Чужой', { owner: TEACHER });
    expect(bound.call('watchOther', secret.getId())).toBe(MESSAGES.noAccess);

    const addon = env();
    const another = addon.files.create('Учителя');
    expect(addon.call('watchOther', another.getId())).toBe(
      `An add-on can only create triggers for the file in which it is used, not for ${another.getId()}.`,
    );
    expect(addon.triggers.list()).toEqual([]);
  });
});
