import type { TriggerInfo, TriggerKind, Triggers } from '../../ports/triggers';

/**
 * The user's triggers on this spreadsheet. An editor add-on may hold one trigger of each kind
 * per user per document, so the add-on never looks at or touches other documents' triggers.
 * A script bound to the spreadsheet (the clasp deployment) is different: its time trigger belongs
 * to no document, so getUserTriggers(spreadsheet) leaves it out and every setup would add one
 * more; there the project's triggers are all this spreadsheet's.
 */
export function gasTriggers(): Triggers {
  let active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
    (active ??= SpreadsheetApp.getActiveSpreadsheet());
  const kindOf = (t: GoogleAppsScript.Script.Trigger): TriggerKind => {
    const type = t.getEventType();
    if (type === ScriptApp.EventType.CLOCK) return 'hourly';
    if (type === ScriptApp.EventType.ON_FORM_SUBMIT) return 'formSubmit';
    if (type === ScriptApp.EventType.ON_EDIT) return 'edit';
    return 'other';
  };
  let cache: GoogleAppsScript.Script.Trigger[] | undefined;
  const all = (): GoogleAppsScript.Script.Trigger[] =>
    (cache ??=
      ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE
        ? ScriptApp.getProjectTriggers()
        : ScriptApp.getUserTriggers(spreadsheet()));
  return {
    list: (): TriggerInfo[] =>
      all().map((t) => ({ id: t.getUniqueId(), handler: t.getHandlerFunction(), kind: kindOf(t) })),
    create(handler, kind) {
      const builder = ScriptApp.newTrigger(handler);
      if (kind === 'hourly') builder.timeBased().everyHours(1).create();
      else if (kind === 'formSubmit') builder.forSpreadsheet(spreadsheet()).onFormSubmit().create();
      else builder.forSpreadsheet(spreadsheet()).onEdit().create();
      cache = undefined;
    },
    remove(id) {
      const found = all().find((t) => t.getUniqueId() === id);
      if (found) ScriptApp.deleteTrigger(found);
      cache = undefined;
    },
  };
}
