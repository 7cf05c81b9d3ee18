// DRL (Drools Rule Language) highlighting for CodeMirror 6: a small stream grammar covering what
// analysts write here -- keywords and rule attributes, strings, comments, numbers, $bindings, types.
import { StreamLanguage } from '@codemirror/language';

const keywords = new Set([
  'package', 'import', 'global', 'function', 'rule', 'query', 'declare', 'end', 'when', 'then',
  'extends', 'attributes', 'salience', 'no-loop', 'lock-on-active', 'agenda-group',
  'activation-group', 'ruleflow-group', 'auto-focus', 'dialect', 'enabled', 'date-effective',
  'date-expires', 'duration', 'timer', 'calendars', 'not', 'exists', 'forall', 'from', 'collect',
  'accumulate', 'eval', 'and', 'or', 'over', 'in', 'contains', 'matches', 'memberOf', 'soundslike',
  'str', 'entry-point', 'window', 'insert', 'insertLogical', 'update', 'modify', 'retract',
  'delete', 'new', 'return', 'if', 'else', 'for', 'while', 'this'
]);
const atoms = new Set(['true', 'false', 'null']);

function blockComment(stream, state) {
  while (!stream.eol()) {
    if (stream.match('*/')) {
      state.inComment = false;
      return 'comment';
    }
    stream.next();
  }
  return 'comment';
}

export const drl = StreamLanguage.define({
  name: 'drl',
  startState: () => ({ inComment: false }),
  token(stream, state) {
    if (state.inComment) {
      return blockComment(stream, state);
    }
    if (stream.eatSpace()) {
      return null;
    }
    if (stream.match('//') || stream.match('#')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inComment = true;
      return blockComment(stream, state);
    }
    const quote = stream.peek();
    if (quote === '"' || quote === "'") {
      stream.next();
      let escaped = false;
      let ch;
      while ((ch = stream.next()) != null) {
        if (ch === quote && !escaped) {
          break;
        }
        escaped = !escaped && ch === '\\';
      }
      return 'string';
    }
    if (stream.match(/^\d+(\.\d+)?([eE][-+]?\d+)?[lLdDfFbB]?/)) {
      return 'number';
    }
    if (stream.match(/^\$[\w$]*/)) {
      return 'variableName.special';
    }
    if (stream.match(/^@\w+/)) {
      return 'meta';
    }
    const word = stream.match(/^[A-Za-z_][\w]*(-[a-z]+)*/);
    if (word) {
      let text = word[0];
      if (text.includes('-') && !keywords.has(text)) {
        // "no-loop" is one keyword; "a-b" is a subtraction: give the dash back.
        stream.backUp(text.length - text.indexOf('-'));
        text = text.slice(0, text.indexOf('-'));
      }
      if (keywords.has(text)) {
        return 'keyword';
      }
      if (atoms.has(text)) {
        return 'atom';
      }
      return /^[A-Z]/.test(text) ? 'typeName' : 'variableName';
    }
    if (stream.match(/^(==|!=|>=|<=|&&|\|\||->|[-+*/%<>=!:;,.])/)) {
      return 'operator';
    }
    stream.next();
    return null;
  },
  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } }
  }
});
