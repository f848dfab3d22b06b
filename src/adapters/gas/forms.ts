import { freeSheetName, SCALE_BOUNDS } from '../../domain/forms';
import type { FormOpenness, FormQuestion, Forms } from '../../ports/forms';

type Form = GoogleAppsScript.Forms.Form;

/** What every question item can be told after it is added. */
interface QuestionItem {
  setHelpText(text: string): unknown;
  setRequired(enabled: boolean): unknown;
}

/**
 * Adds one question to a form, as its type asks. Every call is a round trip, so defaults (no help
 * text, not required, no «Другое») are left alone rather than set.
 */
function addQuestion(form: Form, question: FormQuestion): void {
  let item: QuestionItem;
  switch (question.type) {
    case 'text':
      item = form.addTextItem().setTitle(question.title);
      break;
    case 'paragraph':
      item = form.addParagraphTextItem().setTitle(question.title);
      break;
    case 'scale':
      item = form
        .addScaleItem()
        .setTitle(question.title)
        .setBounds(SCALE_BOUNDS.low, SCALE_BOUNDS.high)
        .setLabels(question.labels?.low ?? '', question.labels?.high ?? '');
      break;
    case 'choice': {
      const choice = form
        .addMultipleChoiceItem()
        .setTitle(question.title)
        .setChoiceValues([...(question.choices ?? [])]);
      if (question.other === true) choice.showOtherOption(true);
      item = choice;
      break;
    }
  }
  if (question.help) item.setHelpText(question.help);
  if (question.required) item.setRequired(true);
}

/**
 * Whether a form takes answers. `isAcceptingResponses` alone is not enough: since 30 June 2026 a
 * form made by a script is unpublished until `setPublished(true)` (Forms "API changes to Google
 * Forms"). A legacy form has no publish setting (the Forms API says so of `publishSettings`):
 * when asking throws, it is published as it always was.
 */
function openness(form: Form): FormOpenness {
  let published: boolean;
  try {
    published = form.isPublished();
  } catch {
    published = true;
  }
  return { published, accepting: published && form.isAcceptingResponses() };
}

/**
 * The Forms port over FormApp: forms whose answers go to the active spreadsheet. Needs the scope
 * `forms` (creating a form is beyond `forms.currentonly`).
 */
export function gasForms(): Forms {
  let active: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
  const spreadsheet = (): GoogleAppsScript.Spreadsheet.Spreadsheet =>
    (active ??= SpreadsheetApp.getActiveSpreadsheet());
  // The sheets' ids and names, read once: linking four forms must not list every sheet each time.
  let known: Map<number, string> | undefined;
  const sheets = (): Map<number, string> =>
    (known ??= new Map(
      spreadsheet()
        .getSheets()
        .map((s) => [s.getSheetId(), s.getName()]),
    ));
  // Forms opened or made in this execution, so linking one does not open it again.
  const opened = new Map<string, Form>();
  const open = (formId: string): Form => {
    let form = opened.get(formId);
    if (form === undefined) opened.set(formId, (form = FormApp.openById(formId)));
    return form;
  };
  return {
    find(formId) {
      let form: Form;
      try {
        form = open(formId);
      } catch {
        // Deleted, or no longer shared with this account: either way it has to be made again.
        return null;
      }
      let linked: boolean;
      try {
        linked =
          form.getDestinationType() === FormApp.DestinationType.SPREADSHEET &&
          form.getDestinationId() === spreadsheet().getId();
      } catch {
        // getDestinationId throws when the school unlinked the form.
        linked = false;
      }
      return { url: form.getPublishedUrl(), editUrl: form.getEditUrl(), linked, ...openness(form) };
    },
    create(spec) {
      const form = FormApp.create(spec.title)
        .setDescription(spec.description)
        .setConfirmationMessage(spec.confirmation);
      if (spec.collectEmail) form.setCollectEmail(true);
      for (const question of spec.questions) addQuestion(form, question);
      const formId = form.getId();
      opened.set(formId, form);
      return { formId, url: form.getPublishedUrl(), editUrl: form.getEditUrl() };
    },
    share(formId, editors) {
      const form = open(formId);
      // Form.getEditors lists the owner too; addEditors of someone already there is not harmful,
      // but one getEditors call spares a call per administrator on every setup.
      const have = new Set(form.getEditors().map((u) => u.getEmail().trim().toLowerCase()));
      const missing = editors.filter((e) => !have.has(e));
      if (missing.length > 0) form.addEditors(missing);
    },
    publish(formId) {
      const form = open(formId);
      form.setPublished(true);
      return openness(form);
    },
    link(formId, sheetName) {
      const ss = spreadsheet();
      const before = sheets();
      open(formId).setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      // The response sheet is made by Forms, outside this execution's view until a flush.
      SpreadsheetApp.flush();
      // Forms puts the response sheet first, so the search usually ends at the first sheet.
      const fresh = ss.getSheets().find((s) => !before.has(s.getSheetId())) ?? null;
      if (fresh === null) throw new Error(`The form ${formId} created no response sheet.`);
      const name = freeSheetName(sheetName, [...before.values()]);
      fresh.setName(name);
      const sheetId = fresh.getSheetId();
      before.set(sheetId, name);
      return { sheetId, sheetName: name };
    },
    sheetName(sheetId) {
      return spreadsheet().getSheetById(sheetId)?.getName() ?? null;
    },
    prefilledUrl(formId, answers) {
      // Form.createResponse() → TextItem.createResponse(answer) → FormResponse.toPrefilledUrl()
      // (developers.google.com/apps-script/reference/forms/form-response): nothing is submitted.
      const form = open(formId);
      let response = form.createResponse();
      for (const item of form.getItems(FormApp.ItemType.TEXT)) {
        const answer = answers.find((a) => a.title === item.getTitle());
        if (answer !== undefined)
          response = response.withItemResponse(item.asTextItem().createResponse(answer.value));
      }
      return response.toPrefilledUrl();
    },
  };
}
