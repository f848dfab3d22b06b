import type { Store } from '../../ports/store';

/** Document properties: state that belongs to this school's spreadsheet, shared by its users. */
export function documentStore(): Store {
  const properties = PropertiesService.getDocumentProperties();
  return {
    get: (key) => properties.getProperty(key),
    set: (key, value) => void properties.setProperty(key, value),
    delete: (key) => void properties.deleteProperty(key),
  };
}
