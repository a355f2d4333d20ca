// Loaded on demand by the task view, so the form-js viewer (preact, its CSS) stays out of the main bundle.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { Form } from '@bpmn-io/form-js-viewer';
import { relabel } from '../forms/relabel.js';
import { localizedValidationModule } from './localized-validation.js';

// The viewer's own placeholder words; everything else in a form is its author's and stays as written.
const viewerTexts = { Search: '搜索' };

/** Renders `schema` with `data` into `container` and returns the form-js Form. */
export async function createFormViewer(container, schema, data) {
  const form = new Form({ container, additionalModules: [localizedValidationModule] });
  await form.importSchema(schema, data);
  // Placeholders only: a text node inside a form is the author's label, description or option.
  const stopRelabel = relabel(container, viewerTexts, { attributesOnly: true });
  const destroy = form.destroy.bind(form);
  form.destroy = () => {
    stopRelabel();
    destroy();
  };
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
