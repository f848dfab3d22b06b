import type { Located, StaffMember } from '../../../../src/domain/rows';
import { authorizeAdmin } from '../../../../src/jobs/shared/authorize';

const member = (email: string, role: StaffMember['role'], row = 2): Located<StaffMember> => ({
  row,
  value: { name: email, email, role, subjects: [] },
});

describe('authorizeAdmin', () => {
  it('denies an empty e-mail, even when no administrator exists yet', () => {
    expect(authorizeAdmin('', { adminEmails: [] }, [])).toEqual({ reason: 'noEmail' });
    expect(authorizeAdmin('   ', { adminEmails: [] }, [])).toEqual({ reason: 'noEmail' });
    expect(authorizeAdmin('', { adminEmails: ['zavuch@school.ru'] }, [])).toEqual({
      reason: 'noEmail',
    });
  });

  it('lets the first known caller in while the school has no administrator', () => {
    expect(authorizeAdmin('someone@school.ru', { adminEmails: [] }, [])).toBeNull();
    expect(
      authorizeAdmin('someone@school.ru', { adminEmails: [] }, [
        member('teacher@school.ru', 'teacher'),
      ]),
    ).toBeNull();
  });

  it('allows an administrator named in the settings, in any case and with spaces', () => {
    const settings = { adminEmails: ['zavuch@school.ru'] };
    expect(authorizeAdmin('zavuch@school.ru', settings, [])).toBeNull();
    expect(authorizeAdmin('  Zavuch@School.RU ', settings, [])).toBeNull();
  });

  it('allows staff with the administrator role', () => {
    expect(
      authorizeAdmin('director@school.ru', { adminEmails: ['zavuch@school.ru'] }, [
        member('director@school.ru', 'admin'),
      ]),
    ).toBeNull();
    expect(
      authorizeAdmin('director@school.ru', { adminEmails: [] }, [
        member('director@school.ru', 'admin'),
      ]),
    ).toBeNull();
  });

  it('denies a teacher and anyone else once administrators exist', () => {
    const staff = [
      member('director@school.ru', 'admin'),
      member('teacher@school.ru', 'teacher', 3),
    ];
    expect(authorizeAdmin('teacher@school.ru', { adminEmails: [] }, staff)).toEqual({
      reason: 'notAdmin',
      email: 'teacher@school.ru',
    });
    expect(authorizeAdmin('Stranger@Mail.ru', { adminEmails: ['zavuch@school.ru'] }, [])).toEqual({
      reason: 'notAdmin',
      email: 'stranger@mail.ru',
    });
  });
});
