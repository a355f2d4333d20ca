// Loaded on demand by the form designer: the form-js editor with its properties panel (and its own preact,
// deduplicated in vite.config.js).
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { FormEditor } from '@bpmn-io/form-js-editor';

/** Opens `schema` in a form-js editor inside `container` and returns the editor. */
export async function createFormEditor(container, schema) {
  const editor = new FormEditor({ container });
  await editor.importSchema(schema);
  return editor;
}
