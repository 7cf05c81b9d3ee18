// <x7-drl-editor>: CodeMirror 6 for DRL. Edits are sent to the server 400 ms after the analyst
// stops typing ("drl-changed" with a sequence number); the server compiles and answers with
// showProblems(seq, problems), which become lint diagnostics unless newer text is on its way.
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { drl } from './drl-language.js';

const DEBOUNCE_MS = 400;

class DrlEditor extends HTMLElement {
  constructor() {
    super();
    this.seq = 0;
    this.timer = null;
    // Vaadin may set "value" before this element is upgraded; keep it.
    this.initial = Object.prototype.hasOwnProperty.call(this, 'value') ? this.value : '';
    delete this.value;
  }

  connectedCallback() {
    if (this.view) {
      return;
    }
    this.view = new EditorView({
      parent: this,
      // Vaadin layouts slot this element into their shadow roots; CodeMirror would mount its
      // styles in the first root it meets there, where they never reach the editor.
      root: document,
      state: EditorState.create({
        doc: this.initial,
        extensions: [
          basicSetup,
          drl,
          lintGutter(),
          EditorView.theme({
            '&': { height: '100%', fontSize: '13px', border: '1px solid var(--lumo-contrast-20pct)' },
            '.cm-scroller': { overflow: 'auto', fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) {
              this.changed();
            }
          })
        ]
      })
    });
    this.send();
  }

  get value() {
    return this.view ? this.view.state.doc.toString() : this.initial;
  }

  set value(text) {
    if (!this.view) {
      this.initial = text ?? '';
      return;
    }
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text ?? '' } });
  }

  changed() {
    this.seq++;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.send(), DEBOUNCE_MS);
  }

  send() {
    clearTimeout(this.timer);
    this.dispatchEvent(new CustomEvent('drl-changed', { detail: { text: this.value, seq: this.seq } }));
  }

  /** Compile errors for the text sent as {@code seq}: 1-based line, column (0 = unknown). */
  showProblems(seq, problems) {
    if (seq !== this.seq || !this.view) {
      return;
    }
    const doc = this.view.state.doc;
    const diagnostics = problems.map((problem) => ({
      ...this.range(doc, problem.line, problem.column),
      severity: 'error',
      message: problem.message
    }));
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Underlines the word at the error's column, or the line's text when the column is unknown. */
  range(doc, lineNumber, column) {
    const line = doc.line(Math.min(Math.max(lineNumber, 1), doc.lines));
    if (column > 0 && column <= line.length) {
      const rest = line.text.slice(column - 1);
      const token = /^[\w$]+|^\S/.exec(rest);
      if (token) {
        return { from: line.from + column - 1, to: line.from + column - 1 + token[0].length };
      }
    }
    const indent = /^\s*/.exec(line.text)[0].length;
    if (indent < line.length) {
      return { from: line.from + indent, to: line.to };
    }
    // An empty line: mark the line break before it so the underline still shows.
    return line.from > 0 ? { from: line.from - 1, to: line.from }
      : { from: 0, to: Math.min(doc.length, 1) };
  }

  goTo(lineNumber, column) {
    const line = this.view.state.doc.line(Math.min(Math.max(lineNumber, 1), this.view.state.doc.lines));
    const pos = line.from + Math.min(Math.max(column - 1, 0), line.length);
    this.view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
    this.view.focus();
  }
}

// Vaadin may put this module in more than one route chunk; the first definition wins.
if (!customElements.get('x7-drl-editor')) {
  customElements.define('x7-drl-editor', DrlEditor);
}
