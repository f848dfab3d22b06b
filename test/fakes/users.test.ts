import { createGasEnvironment, type GasEnvironment } from './index';

const ADMIN = 'admin@school.test';
const TEACHER = 'teacher@school.test';

function env(options = {}): GasEnvironment {
  const e = createGasEnvironment({ users: [TEACHER], ...options });
  e.load(`function who() {
      return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()];
    }
    function remember(v) { PropertiesService.getUserProperties().setProperty('k', v);
      CacheService.getUserCache().put('k', v); }
    function recall() { return [PropertiesService.getUserProperties().getProperty('k'),
      CacheService.getUserCache().get('k'), PropertiesService.getDocumentProperties().getProperty('d')]; }
    function shared(v) { PropertiesService.getDocumentProperties().setProperty('d', v); }
    function mail(to) { MailApp.sendEmail(to, 's', 'b'); return MailApp.getRemainingDailyQuota(); }`);
  return e;
}

describe('users', () => {
  it('runs a call as a given user: Session follows the caller, the default stays', () => {
    const e = env();
    expect(e.call('who')).toEqual([ADMIN, ADMIN]);
    expect(e.as(TEACHER).call('who')).toEqual([TEACHER, TEACHER]);
    expect(e.callAs({ user: TEACHER }, 'who')).toEqual([TEACHER, TEACHER]);
    expect(e.callAs({ user: TEACHER, activeUser: '' }, 'who')).toEqual(['', TEACHER]);
    expect(e.as(TEACHER, { activeUser: '' }).call('who')).toEqual(['', TEACHER]);
    expect(e.callAs('LIMITED', 'who')).toEqual([ADMIN, ADMIN]);
    expect(e.call('who')).toEqual([ADMIN, ADMIN]);
  });

  it('keeps the empty active e-mail of the default user', () => {
    const e = env({ userEmail: '' });
    expect(e.call('who')).toEqual(['', ADMIN]);
  });

  it('refuses unknown users, so a typo does not pass as a stranger', () => {
    const e = env();
    expect(() => e.as('teacher@shcool.test')).toThrow('unknown user "teacher@shcool.test"');
    e.users.add('Other@School.test');
    expect(e.users.list()).toEqual([ADMIN, TEACHER, 'other@school.test']);
    expect(e.as('other@school.test').call('who')).toEqual([
      'other@school.test',
      'other@school.test',
    ]);
  });

  it('gives each user their own user properties, user cache and mail quota; document properties are shared', () => {
    const e = env({ mailQuota: 3 });
    e.call('remember', 'admin');
    e.as(TEACHER).call('remember', 'teacher');
    e.call('shared', 'doc');
    expect(e.call('recall')).toEqual(['admin', 'admin', 'doc']);
    expect(e.as(TEACHER).call('recall')).toEqual(['teacher', 'teacher', 'doc']);
    expect(e.properties.user.getProperty('k')).toBe('admin');
    expect(e.as(TEACHER).properties().getProperty('k')).toBe('teacher');

    expect(e.call('mail', 'a@mail.test')).toBe(2);
    expect(e.as(TEACHER).call('mail', 'b@mail.test')).toBe(2);
    expect(e.as(TEACHER).remainingMailQuota()).toBe(2);
    expect(e.mail.sent.map((m) => [m.to, m.from])).toEqual([
      ['a@mail.test', ADMIN],
      ['b@mail.test', TEACHER],
    ]);
  });
});
