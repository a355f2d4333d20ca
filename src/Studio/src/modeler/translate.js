import bpmnJs from 'bpmn-js-i18n-zh/lib/bpmn-js/index.js';
import camundaPanel from 'bpmn-js-i18n-zh/lib/camunda-properties-panel/index.js';
import propertiesPanel from 'bpmn-js-i18n-zh/lib/properties-panel/index.js';
import zeebePanel from 'bpmn-js-i18n-zh/lib/zeebe-properties-panel/index.js';
import { language } from '../i18n/index.js';

// All four dictionaries: the user-task labels shared by both engines (assignee, candidate groups, due date) live only
// in the zeebe one, even for Camunda 7 models.
const zh = { ...bpmnJs, ...propertiesPanel, ...zeebePanel, ...camundaPanel, Create: '创建' };

function translate(template, replacements = {}) {
  const text = language() === 'zh-CN' ? zh[template] ?? template : template;
  return text.replace(/{([^}]+)}/g, (_, key) => replacements[key] ?? `{${key}}`);
}

/** Replaces diagram-js's translate service; the properties panel uses the same service. */
export default { translate: ['value', translate] };
