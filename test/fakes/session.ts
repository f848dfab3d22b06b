import { GasObject, isRu, type GasState } from './core';

/** A Google account as seen by scripts. */
export class FakeUser extends GasObject {
  constructor(private readonly email: string) {
    super('User');
  }

  getEmail(): string {
    return this.email;
  }
}

/** Session service: active/effective user, time zone, locale. */
export class FakeSession extends GasObject {
  constructor(private readonly state: GasState) {
    super('Session');
  }

  getActiveUser(): FakeUser {
    return new FakeUser(this.state.userEmail);
  }

  getEffectiveUser(): FakeUser {
    return new FakeUser(this.state.effectiveUserEmail);
  }

  getScriptTimeZone(): string {
    return this.state.timeZone;
  }

  getActiveUserLocale(): string {
    return isRu(this.state) ? 'ru' : (this.state.locale.split(/[_-]/)[0] ?? 'en');
  }

  getTemporaryActiveUserKey(): string {
    let h = 2166136261;
    for (const ch of this.state.userEmail || 'anonymous')
      h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    return `tmp${h.toString(36)}${(h * 31).toString(36)}`;
  }

  getTimeZone(): string {
    return this.state.timeZone;
  }
}
