/**
 * Developer metadata on a spreadsheet: key–value pairs a script attaches to a file. Follows
 * https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata and
 * .../developer-metadata-finder. PROJECT visibility: only the project that created the metadata
 * sees it — the fakes run one project, so they show it to every caller; DOCUMENT visibility would
 * be visible to any project (and Sheets API user) with access. Locations other than the whole
 * spreadsheet are not modelled.
 */
import { GasObject } from './core';

/** One item of metadata. */
export class FakeDeveloperMetadata extends GasObject {
  constructor(
    private readonly store: FakeDeveloperMetadata[],
    private readonly key: string,
    private value: string | null,
    private readonly visibility: string,
  ) {
    super('DeveloperMetadata');
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string | null {
    return this.value;
  }
  setValue(value: string): FakeDeveloperMetadata {
    this.value = value;
    return this;
  }
  getVisibility(): string {
    return this.visibility;
  }
  remove(): void {
    const i = this.store.indexOf(this);
    if (i >= 0) this.store.splice(i, 1);
  }
}

/** A search over a spreadsheet's metadata (withKey narrows it; find returns the matches). */
export class FakeDeveloperMetadataFinder extends GasObject {
  private key: string | undefined;
  constructor(private readonly store: readonly FakeDeveloperMetadata[]) {
    super('DeveloperMetadataFinder');
  }
  withKey(key: string): FakeDeveloperMetadataFinder {
    this.key = String(key);
    return this;
  }
  find(): FakeDeveloperMetadata[] {
    return this.store.filter((m) => this.key === undefined || m.getKey() === this.key);
  }
}

/** DeveloperMetadataVisibility. */
export const DEVELOPER_METADATA_VISIBILITY = Object.freeze({
  DOCUMENT: 'DOCUMENT',
  PROJECT: 'PROJECT',
});
