// A read-only BPMN diagram (bpmn-js NavigatedViewer) in the light DOM: bpmn-js inside a shadow root
// loses its styles, so the element renders into itself and the CSS is imported globally.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

const CURRENT = 'trail-current';
const DONE = 'trail-done';
const FLOW = 'trail-flow';

class XProcessDiagram extends HTMLElement {
  connectedCallback() {
    if (!this.viewer) {
      this.canvasHost = document.createElement('div');
      this.canvasHost.className = 'process-diagram-canvas';
      this.appendChild(this.canvasHost);
      this.viewer = new NavigatedViewer({ container: this.canvasHost });
      this.marked = [];
    }
  }

  /** Shows a diagram; a repeated call with the same XML keeps the current view (zoom, scroll). */
  async show(xml) {
    this.connectedCallback();
    if (xml === this.xml) {
      return;
    }
    this.xml = xml;
    this.removeAttribute('data-rendered');
    try {
      await this.viewer.importXML(xml);
      this.viewer.get('canvas').zoom('fit-viewport', 'auto');
      this.setAttribute('data-rendered', 'true');
      if (this.pendingTrail) {
        this.mark(this.pendingTrail);
      }
    } catch (error) {
      this.setAttribute('data-error', error.message);
    }
  }

  /** trail: {current: [ids], done: [ids], flows: [ids]}; replaces the previous marks. */
  mark(trail) {
    this.pendingTrail = trail;
    if (!this.hasAttribute('data-rendered')) {
      return;
    }
    const canvas = this.viewer.get('canvas');
    const registry = this.viewer.get('elementRegistry');
    this.marked.forEach(([id, marker]) => canvas.removeMarker(id, marker));
    this.marked = [];
    const add = (ids, marker) => (ids || []).forEach((id) => {
      if (registry.get(id)) {
        canvas.addMarker(id, marker);
        this.marked.push([id, marker]);
      }
    });
    const current = new Set(trail.current || []);
    add((trail.done || []).filter((id) => !current.has(id)), DONE);
    add(trail.flows, FLOW);
    add(trail.current, CURRENT);
    this.setAttribute('data-current', (trail.current || []).join(' '));
  }
}

if (!customElements.get('x-process-diagram')) {
  customElements.define('x-process-diagram', XProcessDiagram);
}
