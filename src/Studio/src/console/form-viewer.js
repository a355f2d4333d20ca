// Loaded on demand by the task view, so the form-js viewer (preact, its CSS) stays out of the main bundle.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { Form } from '@bpmn-io/form-js-viewer';
import { localizedValidationModule } from './localized-validation.js';

/** Renders `schema` with `data` into `container` and returns the form-js Form. */
export async function createFormViewer(container, schema, data) {
  const form = new Form({ container, additionalModules: [localizedValidationModule] });
  await form.importSchema(schema, data);
  return form;
}

/**
 * Puts the server's per-field messages (422 `fieldErrors`, by variable name) on the viewer's fields, where the
 * viewer shows its own messages and marks the input aria-invalid. Returns the messages no field took.
 */
export function showServerErrors(form, fieldErrors) {
  const fields = form.get('formFieldRegistry').getAll();
  const errors = {};
  const unplaced = [];
  for (const error of fieldErrors) {
    const field = fields.find((f) => f.key === error.field);
    if (field) {
      (errors[field.id] ??= []).push(error.message);
    } else {
      unplaced.push(error);
    }
  }
  form._setState({ errors });
  return unplaced;
}
