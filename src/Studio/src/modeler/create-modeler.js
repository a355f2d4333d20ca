import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-token-simulation/assets/css/bpmn-js-token-simulation.css';
import Modeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import TokenSimulationModule from 'bpmn-js-token-simulation/lib/modeler';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import translateModule from './translate.js';

/**
 * The bpmn-js modeler with the Camunda 7 properties panel and token simulation, in the current language. Keyboard shortcuts work while the
 * canvas has focus (diagram-js binds them to its container).
 */
export function createModeler(canvas, panel) {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      TokenSimulationModule,
      translateModule,
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
