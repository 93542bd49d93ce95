// The expression language of the rule files (System.Linq.Dynamic.Core, C#-like): a small tokenizer for CodeMirror's
// StreamLanguage, an accessible highlight style, and Dutch texts for CodeMirror's own labels.
import { StreamLanguage, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';
import { cspNonce } from '../csp.js';

const SLEUTELWOORDEN = new Set(['and', 'or', 'not', 'new', 'as', 'is', 'it', 'iif', 'np', 'parent', 'root', 'in', 'typeof']);
const TYPEN = new Set(['Math', 'Convert', 'DateTime', 'TimeSpan', 'String', 'string', 'int', 'long', 'double', 'decimal', 'bool', 'Guid', 'Enumerable', 'object']);

export const expressieTaal = StreamLanguage.define({
  name: 'expressie',
  startState: () => ({ naPunt: false }),
  copyState: (s) => ({ naPunt: s.naPunt }),
  token(stream, state) {
    if (stream.eatSpace()) return null;
    const naPunt = state.naPunt;
    state.naPunt = false;
    if (stream.match(/^"(?:[^"\\]|\\.)*"?/)) return 'string';
    if (stream.match(/^'(?:[^'\\]|\\.)*'?/)) return 'string';
    if (stream.match(/^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?[mMdDfFlLuU]?/)) return 'number';
    if (stream.match(/^@?[A-Za-z_][\w]*/)) {
      const woord = stream.current();
      const aanroep = stream.match(/^\s*\(/, false);
      if (naPunt) return aanroep ? 'propertyName.function' : 'propertyName';
      if (woord === 'true' || woord === 'false') return 'bool';
      if (woord === 'null') return 'null';
      if (SLEUTELWOORDEN.has(woord)) return 'keyword';
      if (TYPEN.has(woord)) return 'typeName';
      return aanroep ? 'variableName.function' : 'variableName';
    }
    if (stream.eat('.')) { state.naPunt = true; return 'derefOperator'; }
    if (stream.match(/^(?:=>|==|!=|<>|<=|>=|&&|\|\||\?\?|[+\-*/%<>=!?:&|^~])/)) return 'operator';
    if (stream.match(/^[()[\]{}]/)) return 'bracket';
    if (stream.eat(',')) return 'separator';
    stream.next();
    return null;
  },
});

// Colours with at least 4.5:1 contrast on white; meaning never depends on colour alone.
export const markering = syntaxHighlighting(HighlightStyle.define([
  { tag: t.keyword, color: '#7b1fa2', fontWeight: '600' },
  { tag: [t.bool, t.null], color: '#8a1c5c', fontWeight: '600' },
  { tag: t.string, color: '#1b6b1b' },
  { tag: t.number, color: '#0b4f9e' },
  { tag: t.operator, color: '#5c3a00' },
  { tag: t.derefOperator, color: '#333' },
  { tag: t.typeName, color: '#005a70' },
  { tag: t.propertyName, color: '#00558a' },
  { tag: t.function(t.propertyName), color: '#6a4400' },
  { tag: t.function(t.variableName), color: '#6a4400' },
  { tag: t.variableName, color: '#1a1a1a' },
  // JSON
  { tag: t.bracket, color: '#333' },
  { tag: t.separator, color: '#333' },
]));

export const nederlands = EditorState.phrases.of({
  Completions: 'Aanvullingen',
  Diagnostics: 'Meldingen',
  'No diagnostics': 'Geen meldingen',
  close: 'sluiten',
  'Control character': 'Stuurteken',
  'Selection deleted': 'Selectie verwijderd',
  'folded code': 'ingeklapte code',
  unfold: 'uitklappen',
  to: 'tot',
});

// CodeMirror writes its styles into a <style> element; the staff app's CSP admits it only with the page's nonce.
export const stijlNonce = cspNonce ? EditorView.cspNonce.of(cspNonce) : [];

export const basisThema = EditorView.theme({
  '&': { border: '1px solid #6b7a8c', borderRadius: '3px', backgroundColor: '#fff', fontSize: '.9rem' },
  '&.cm-focused': { outline: '3px solid #1a3f66', outlineOffset: '1px' },
  '.cm-content': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace', padding: '.3rem 0' },
  '.cm-line': { padding: '0 .5rem' },
  '.cm-scroller': { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: '#24578f', color: '#fff' },
  '.cm-completionDetail': { marginLeft: '.75rem', fontStyle: 'normal', color: 'inherit', opacity: '.85' },
  '.cm-tooltip': { fontSize: '.9rem' },
  '.cm-placeholder': { color: '#5f6b78' },
  '.cm-diagnosticText': { color: '#1a1a1a' },
});

/** CodeMirror completion types for the server's `soort`. */
export const AANVULSOORT = { veld: 'property', functie: 'method', parameter: 'variable', type: 'class', sleutelwoord: 'keyword' };
export const AANVULSOORT_TEKST = { veld: 'veld', functie: 'functie', parameter: 'parameter', type: 'type', sleutelwoord: 'sleutelwoord' };

/** Replaces only the changed middle part, so the cursor stays where it was when text arrives from elsewhere. */
export function minimaleWijziging(oud, nieuw) {
  if (oud === nieuw) return null;
  let begin = 0;
  const max = Math.min(oud.length, nieuw.length);
  while (begin < max && oud.charCodeAt(begin) === nieuw.charCodeAt(begin)) begin++;
  let eindOud = oud.length; let eindNieuw = nieuw.length;
  while (eindOud > begin && eindNieuw > begin && oud.charCodeAt(eindOud - 1) === nieuw.charCodeAt(eindNieuw - 1)) { eindOud--; eindNieuw--; }
  return { from: begin, to: eindOud, insert: nieuw.slice(begin, eindNieuw) };
}
