// Loaded on demand by the form designer: the form-js editor with its properties panel (and its own preact,
// deduplicated in vite.config.js).
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import { FormEditor } from '@bpmn-io/form-js-editor';
import { editorTexts } from '../i18n/form-js-zh.js';
import { relabel } from './relabel.js';

/** Opens `schema` in a form-js editor inside `container`, in the user's language, and returns the editor. */
export async function createFormEditor(container, schema) {
  const editor = new FormEditor({ container });
  // The fields on the canvas show the form's own labels, which are the author's words, not the editor's.
  const stop = relabel(container, editorTexts, { skip: '.fjs-form-field' });
  editor.on('form.destroy', stop);
  await editor.importSchema(schema);
  return editor;
}
