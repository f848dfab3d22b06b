/**
 * Helpers for job-level tests of a school with two workbooks: the administration's and the
 * teachers', in memory, behind the same composite the Apps Script runtime uses.
 */
import { FixedClock } from '../../src/adapters/memory/clock';
import { MemoryFiles } from '../../src/adapters/memory/files';
import { MemoryMailer, MemoryStore } from '../../src/adapters/memory/services';
import { MemoryWorkbook } from '../../src/adapters/memory/workbook';
import { intlZone } from '../../src/adapters/memory/zone';
import type { Grid } from '../../src/domain/cells';
import { demoSchool, type DemoOptions } from '../../src/demo';
import type { DeliveryContext } from '../../src/jobs/shared/outbox';
import { TEACHERS_PROPERTY, TwoWorkbooks } from '../../src/jobs/shared/school-files';
import { setupWorkbook } from '../../src/jobs/setup-workbook';
import { jobPorts } from './memory';

/** A school's files and ports after setup split it into two workbooks. */
export interface TwoFileSchool {
  readonly ctx: DeliveryContext & { readonly files: MemoryFiles };
  readonly admin: MemoryWorkbook;
  /** The teachers' workbook setup created. */
  readonly teachers: () => MemoryWorkbook;
  readonly files: MemoryFiles;
  readonly clock: FixedClock;
  readonly mailer: MemoryMailer;
  readonly store: MemoryStore;
}

/**
 * The demo school as one file, owned by `admin` and shared with `editors`, then set up: the
 * teachers' sheets move into a new teachers' workbook.
 */
export function twoFileSchool(options: {
  readonly now: Date;
  readonly admin: string;
  readonly editors?: readonly string[];
  readonly demo?: Partial<DemoOptions>;
  readonly sheets?: Record<string, Grid>;
}): TwoFileSchool {
  const zone = intlZone('Europe/Moscow');
  const grids =
    options.sheets ??
    demoSchool({ weekOf: options.now.toISOString().slice(0, 10), zone, ...options.demo });
  const admin = new MemoryWorkbook(grids, 'Europe/Moscow', 'admin-file');
  admin.owner = options.admin;
  for (const e of options.editors ?? []) admin.editors.add(e);
  const files = new MemoryFiles(options.admin);
  files.add(admin);
  const store = new MemoryStore();
  const clock = new FixedClock(options.now);
  const mailer = new MemoryMailer(1500);
  const workbook = new TwoWorkbooks(admin, () => {
    const id = store.get(TEACHERS_PROPERTY);
    return id === null ? null : files.open(id);
  });
  const ctx = { ...jobPorts(workbook, clock, mailer, { store }), files };
  setupWorkbook(ctx, { callerEmail: options.admin });
  const teachers = (): MemoryWorkbook =>
    files.open(store.get(TEACHERS_PROPERTY) ?? '') as MemoryWorkbook;
  return { ctx, admin, teachers, files, clock, mailer, store };
}
