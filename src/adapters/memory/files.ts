import type { Files, Workbook } from '../../ports/workbook';
import { MemoryWorkbook } from './workbook';

/** Spreadsheets in memory by id: the runner's teachers' workbook, the tests' second file. */
export class MemoryFiles implements Files {
  readonly byId = new Map<string, MemoryWorkbook>();
  private next = 1;

  constructor(
    /** Who "runs" the add-on: the owner of every file it creates. */
    private readonly user = '',
    private readonly timeZone = 'Europe/Moscow',
  ) {}

  /** Makes a file known (already shared with the user), e.g. an existing teachers' workbook. */
  add(workbook: MemoryWorkbook): MemoryWorkbook {
    this.byId.set(workbook.id(), workbook);
    return workbook;
  }

  create(name: string): Workbook {
    const workbook = new MemoryWorkbook({}, this.timeZone, `memory-${this.next++}`);
    workbook.owner = this.user;
    workbook.title = name;
    return this.add(workbook);
  }

  open(idOrUrl: string): Workbook | null {
    const id = /\/d\/([^/]+)/.exec(idOrUrl)?.[1] ?? idOrUrl.trim();
    return this.byId.get(id) ?? null;
  }
}
