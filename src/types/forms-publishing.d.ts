/**
 * FormApp methods that @types/google-apps-script 2.0.13 predates: since 30 June 2026 a form made by
 * a script starts unpublished and takes no answers until `setPublished(true)` (Apps Script
 * reference, Class Form; Forms "API changes to Google Forms"). Declared here rather than cast.
 */
declare namespace GoogleAppsScript.Forms {
  interface Form {
    /** Whether the form is published: visible to respondents. */
    isPublished(): boolean;
    /** Publishes or unpublishes the form; publishing also turns on accepting responses. */
    setPublished(enabled: boolean): Form;
  }
}
