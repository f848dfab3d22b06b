import type { Store } from '../../ports/store';

/** Document properties: state that belongs to this school's spreadsheet, shared by its users. */
export function documentStore(): Store {
  let properties: GoogleAppsScript.Properties.Properties | undefined;
  const open = (): GoogleAppsScript.Properties.Properties =>
    (properties ??= PropertiesService.getDocumentProperties());
  return {
    get: (key) => open().getProperty(key),
    set: (key, value) => void open().setProperty(key, value),
    delete: (key) => void open().deleteProperty(key),
    keys: () => open().getKeys(),
  };
}
