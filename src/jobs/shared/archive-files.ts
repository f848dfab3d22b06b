/**
 * The archive spreadsheets, one per school year (docs/decisions.md, «Archive of old weeks»):
 * their ids in one document property, so the nightly move, the report of an archived week and
 * erasure (as other files holding school data) all find the same files.
 */
import type { Strings } from '../../i18n';
import type { Store } from '../../ports/store';
import type { Files, Workbook } from '../../ports/workbook';
import type { OtherFile, OtherSchoolFiles } from './other-files';

/** The document property: school year («2025/26») → file id. */
export const ARCHIVES_PROPERTY = 'distant.archives';

/** The archive files of a school. */
export class ArchiveFiles implements OtherSchoolFiles {
  constructor(
    private readonly store: Store,
    private readonly files: Files,
    private readonly strings: Strings,
  ) {}

  /** The ids by school year (an unreadable property counts as none). */
  ids(): Record<string, string> {
    try {
      const parsed = JSON.parse(this.store.get(ARCHIVES_PROPERTY) ?? '{}') as unknown;
      if (parsed === null || typeof parsed !== 'object') return {};
      return Object.fromEntries(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      return {};
    }
  }

  /** The year's archive, or null when there is none (or it cannot be opened). */
  open(year: string): Workbook | null {
    const id = this.ids()[year];
    return id === undefined ? null : this.files.open(id);
  }

  /**
   * The year's archive, made when missing; its id is recorded at once (a crash right after the
   * creation leaves an empty file behind, never two archives of one year with rows in both).
   */
  openOrCreate(year: string, schoolName: string): Workbook {
    const opened = this.open(year);
    if (opened !== null) return opened;
    const created = this.files.create(this.strings.archive.fileName(schoolName, year));
    this.store.set(ARCHIVES_PROPERTY, JSON.stringify({ ...this.ids(), [year]: created.id() }));
    return created;
  }

  list(): readonly OtherFile[] {
    return Object.keys(this.ids())
      .sort()
      .flatMap((year) => {
        const workbook = this.open(year);
        return workbook === null ? [] : [{ label: this.strings.archive.fileLabel(year), workbook }];
      });
  }
}
