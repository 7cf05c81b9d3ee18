// The studio's BPMN modeler: bpmn-js with the Camunda 7 properties panel and the plugins'
// element templates. Rendered in the light DOM (no shadow root) so the palette, context pad and
// template chooser see the global CSS below (shared/STACK.md).
import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import ElementTemplateChooserModule from '@bpmn-io/element-template-chooser';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import '@bpmn-io/element-template-chooser/dist/element-template-chooser.css';
import './xseven-bpmn-modeler.css';

class XsevenBpmnModeler extends HTMLElement {
  constructor() {
    super();
    this._templates = [];
    this._problems = [];
  }

  /** The plugins' element templates, as the JSON text the server generated. */
  set templates(json) {
    this._templates = json ? JSON.parse(json) : [];
    if (this.modeler) {
      this.modeler.get('elementTemplatesLoader').setTemplates(this._templates);
    }
  }

  connectedCallback() {
    if (this.modeler) {
      return;
    }
    this.classList.add('xseven-modeler');
    this.innerHTML = '<div class="xseven-modeler-canvas" id="modeler-canvas"></div>'
      + '<div class="xseven-modeler-properties" id="modeler-properties"></div>';
    this.modeler = new BpmnModeler({
      container: this.querySelector('.xseven-modeler-canvas'),
      propertiesPanel: { parent: this.querySelector('.xseven-modeler-properties') },
      additionalModules: [
        BpmnPropertiesPanelModule,
        BpmnPropertiesProviderModule,
        CamundaPlatformPropertiesProviderModule,
        ElementTemplatesPropertiesProviderModule,
        ElementTemplateChooserModule,
        CamundaBehaviorsModule
      ],
      moddleExtensions: { camunda: camundaModdle },
      elementTemplates: this._templates
    });
  }

  async importXml(xml) {
    this.dataset.state = 'loading';
    try {
      await this.modeler.importXML(xml);
      this.modeler.get('canvas').zoom('fit-viewport');
      this.dataset.state = 'ready';
      this._showProblems();
    } catch (error) {
      this.dataset.state = 'error';
      this.dispatchEvent(new CustomEvent('import-failed', { detail: { message: error.message } }));
    }
  }

  async exportXml() {
    const { xml } = await this.modeler.saveXML({ format: true });
    return xml;
  }

  /** Marks each problem's element red with its sentence beside it; [] clears them. */
  showProblems(json) {
    this._clearProblems();
    this._problems = json ? JSON.parse(json) : [];
    this._showProblems();
  }

  selectElement(id) {
    const element = this.modeler.get('elementRegistry').get(id);
    if (element) {
      this.modeler.get('selection').select(element);
      this.modeler.get('canvas').scrollToElement(element);
    }
  }

  _showProblems() {
    if (!this.modeler || this.dataset.state !== 'ready') {
      return;
    }
    const registry = this.modeler.get('elementRegistry');
    const canvas = this.modeler.get('canvas');
    const overlays = this.modeler.get('overlays');
    const byElement = new Map();
    for (const problem of this._problems) {
      if (problem.elementId && registry.get(problem.elementId)) {
        const messages = byElement.get(problem.elementId) || [];
        messages.push(problem.message);
        byElement.set(problem.elementId, messages);
      }
    }
    for (const [id, messages] of byElement) {
      canvas.addMarker(id, 'xseven-error');
      const note = document.createElement('div');
      note.className = 'xseven-error-overlay';
      note.dataset.elementId = id;
      note.textContent = messages.join(' ');
      overlays.add(id, 'xseven-error', { position: { bottom: -6, left: -40 }, html: note });
    }
  }

  _clearProblems() {
    if (!this.modeler) {
      return;
    }
    const registry = this.modeler.get('elementRegistry');
    const canvas = this.modeler.get('canvas');
    for (const problem of this._problems) {
      if (problem.elementId && registry.get(problem.elementId)) {
        canvas.removeMarker(problem.elementId, 'xseven-error');
      }
    }
    this.modeler.get('overlays').remove({ type: 'xseven-error' });
    this._problems = [];
  }
}

customElements.define('xseven-bpmn-modeler', XsevenBpmnModeler);
