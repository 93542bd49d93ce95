// The whole draft as JSON in CodeMirror. Server fouten (regelnummer/kolom) and the local parse error are underlined;
// gaNaar(regel, kolom) puts the cursor there (used by the clickable error list).
import { useEffect, useImperativeHandle, useRef } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching, foldGutter, foldKeymap, indentOnInput } from '@codemirror/language';
import { setDiagnostics, lintKeymap } from '@codemirror/lint';
import { json } from '@codemirror/lang-json';
import { markering, nederlands, basisThema, stijlNonce } from './expressieTaal.js';
import { isFout } from './regelsApi.js';
import { alleenExtern, useExterneTekst } from './editorSync.js';


const thema = EditorView.theme({
  '&': { minHeight: '20rem' },
  '.cm-gutters': { backgroundColor: '#f5f8fb', color: '#3b4a5a', borderRight: '1px solid #c5d3e2' },
  '.cm-activeLine': { backgroundColor: '#f3f7fb' },
  '.cm-activeLineGutter': { backgroundColor: '#dde6ef' },
});

function positie(doc, regel, kolom) {
  if (!regel) return null;
  const r = doc.line(Math.max(1, Math.min(regel, doc.lines)));
  return Math.min(r.from + Math.max(0, (kolom ?? 1) - 1), r.to);
}

/** From the position to the end of the token there (a "string", a number, a word), at least one character. */
function bereik(doc, from) {
  const regel = doc.lineAt(from);
  const rest = doc.sliceString(from, regel.to);
  const m = /^("(?:[^"\\]|\\.)*"?|[^\s,:{}[\]]+)/.exec(rest);
  const lengte = m ? m[0].length : Math.min(1, rest.length);
  return { from, to: Math.max(from + lengte, from) };
}

export default function JsonEditor({ waarde, onWijzig, fouten, parseFout, label, id, uitlegId, ref }) {
  const houder = useRef(null);
  const viewRef = useRef(null);
  const onWijzigRef = useRef(onWijzig);
  onWijzigRef.current = onWijzig;

  useImperativeHandle(ref, () => ({
    gaNaar(regel, kolom) {
      const view = viewRef.current;
      if (!view) return;
      const pos = positie(view.state.doc, regel, kolom);
      if (pos === null) return;
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
      view.focus();
    },
    focus() { viewRef.current?.focus(); },
  }), []);

  useEffect(() => {
    const view = new EditorView({
      parent: houder.current,
      state: EditorState.create({
        doc: waarde ?? '',
        extensions: [
          nederlands, stijlNonce, basisThema, thema, lineNumbers(), foldGutter(), highlightActiveLine(), highlightActiveLineGutter(), drawSelection(),
          history(), indentOnInput(), bracketMatching(), json(), markering,
          keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
          EditorView.contentAttributes.of({ 'aria-label': label, ...(uitlegId ? { 'aria-describedby': uitlegId } : {}) }),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged || alleenExtern(u)) return;
            onWijzigRef.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => { view.destroy(); viewRef.current = null; };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  useExterneTekst(viewRef, waarde);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const doc = view.state.doc;
    const diagnoses = [];
    if (parseFout?.regel) {
      const pos = positie(doc, parseFout.regel, parseFout.kolom);
      diagnoses.push({ ...bereik(doc, pos), severity: 'error', message: parseFout.bericht });
    }
    for (const f of fouten ?? []) {
      const pos = positie(doc, f.regelnummer, f.kolom);
      if (pos === null) continue;
      diagnoses.push({ ...bereik(doc, pos), severity: isFout(f) ? 'error' : 'warning', message: f.bericht ?? f.tekst ?? 'Fout' });
    }
    view.dispatch(setDiagnostics(view.state, diagnoses));
  }, [fouten, parseFout]);

  return <div className="json-editor" id={id} ref={houder} data-testid="json-editor" />;
}
