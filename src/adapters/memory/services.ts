import type { Lock } from '../../ports/lock';
import type { MailEnvelope, Mailer } from '../../ports/mailer';
import type { Store } from '../../ports/store';
import type { TriggerInfo, TriggerKind, Triggers } from '../../ports/triggers';

/** Document properties in memory. */
export class MemoryStore implements Store {
  readonly values = new Map<string, string>();
  reads = 0;
  writes = 0;

  get(key: string): string | null {
    this.reads++;
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.writes++;
    this.values.set(key, value);
  }

  delete(key: string): void {
    this.writes++;
    this.values.delete(key);
  }

  keys(): string[] {
    this.reads++;
    return [...this.values.keys()];
  }
}

/** A lock that another (simulated) execution may hold. */
export class MemoryLock implements Lock {
  private held = false;
  heldElsewhere = false;

  tryLock(): boolean {
    if (this.heldElsewhere) return false;
    this.held = true;
    return true;
  }

  release(): void {
    this.held = false;
  }

  /** True while this execution holds it (tests check it is never held during a send). */
  isHeld(): boolean {
    return this.held;
  }
}

/** A mailer that keeps what it sends, with a daily quota like MailApp's. */
export class MemoryMailer implements Mailer {
  readonly sent: Array<MailEnvelope & { readonly at?: Date }> = [];
  quota: number;

  constructor(
    private readonly dailyQuota = 1500,
    private readonly onSend?: (mail: MailEnvelope) => void,
  ) {
    this.quota = dailyQuota;
  }

  /** A new day: the quota is restored, as MailApp's is every 24 hours. */
  newDay(): void {
    this.quota = this.dailyQuota;
  }

  remainingQuota(): number {
    return this.quota;
  }

  send(mail: MailEnvelope): void {
    const count = new Set([...mail.to, ...mail.cc, ...mail.bcc]).size;
    if (count > this.quota) throw new Error('Service invoked too many times for one day: email.');
    this.onSend?.(mail);
    this.quota -= count;
    this.sent.push(mail);
  }
}

/** Installable triggers in memory, with ids. */
export class MemoryTriggers implements Triggers {
  private next = 1;
  readonly installed: TriggerInfo[] = [];

  /** `prefix` keeps the ids of two users' triggers apart (`a1`, `b1`), as real unique ids are. */
  constructor(private readonly prefix = 't') {}

  list(): TriggerInfo[] {
    return [...this.installed];
  }

  create(handler: string, kind: Exclude<TriggerKind, 'other'>): void {
    this.installed.push({ id: `${this.prefix}${this.next++}`, handler, kind });
  }

  remove(id: string): void {
    const index = this.installed.findIndex((t) => t.id === id);
    if (index >= 0) this.installed.splice(index, 1);
  }
}
