// A small CodeMirror editor for one expression: highlighting, completion from the server (POST expressie/aanvulling) and
// a live check while typing (POST expressie/controle, 300 ms after the last key). Errors are underlined and also listed
// as text below the editor in a polite live region.
import { memo, useEffect, useRef, useState } from 'react';
import { EditorState, Compartment } from '@codemirror/state';
import { EditorView, keymap, drawSelection, placeholder as plaatshouder } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { setDiagnostics } from '@codemirror/lint';
import { regelsApi, isFout } from './regelsApi.js';
import { alleenExtern, useExterneTekst } from './editorSync.js';
import { expressieTaal, markering, nederlands, basisThema, stijlNonce, AANVULSOORT, AANVULSOORT_TEKST } from './expressieTaal.js';
import { GEEN } from './regelDoc.js';

const WACHTTIJD = 300;

function diagnosesVan(fouten, lengte) {
  return fouten.filter((f) => Number.isInteger(f.expressieStart)).map((f) => {
    const from = Math.max(0, Math.min(f.expressieStart, lengte));
    let to = Math.max(from, Math.min(from + Math.max(f.expressieLengte ?? 1, 1), lengte));
    if (to === from && from < lengte) to = from + 1;
    return { from, to, severity: isFout(f) ? 'error' : 'warning', message: f.bericht ?? f.tekst ?? 'Fout' };
  });
}

function ExpressieEditor({ naam, waarde, onWijzig, label, zichtbaarLabel, testid, regelpad = GEEN, veld, haalJson, fouten = GEEN, id, uitlegId, voorbeeld }) {
  const houder = useRef(null);
  const viewRef = useRef(null);
  const actueel = useRef({});
  actueel.current = { naam, onWijzig, regelpad, veld, haalJson };
  const attributen = useRef(new Compartment());
  const timer = useRef(null);
  const volgnummer = useRef(0);
  const [getoond, setGetoond] = useState(fouten);
  const [controleFout, setControleFout] = useState(null);
  const [bezig, setBezig] = useState(false);
  const meldingenId = `${id}-meldingen`;

  const contentAttributen = (heeftFout) => EditorView.contentAttributes.of({
    'aria-label': label,
    'aria-describedby': [uitlegId, meldingenId].filter(Boolean).join(' '),
    'aria-invalid': heeftFout ? 'true' : 'false',
    'data-veld': veld ?? '',
  });

  useEffect(() => {
    const controleer = async (tekst) => {
      const nr = ++volgnummer.current;
      const { naam: n, regelpad: pad, veld: v, haalJson: json } = actueel.current;
      setBezig(true);
      try {
        const r = await regelsApi.expressieControleren(n, { json: json(), regelpad: [...pad], veld: v, expressie: tekst });
        if (nr !== volgnummer.current || viewRef.current?.state.doc.toString() !== tekst) return;
        setGetoond(Array.isArray(r?.fouten) ? r.fouten : []);
        setControleFout(null);
      } catch (e) {
        if (nr === volgnummer.current) setControleFout(e.message);
      } finally {
        if (nr === volgnummer.current) setBezig(false);
      }
    };

    const aanvullen = async (context) => {
      const woord = context.matchBefore(/[A-Za-z_][\w]*$/);
      const naPunt = context.matchBefore(/\.[\w]*$/);
      if (!context.explicit && !woord && !naPunt) return null;
      const { naam: n, regelpad: pad, veld: v, haalJson: json } = actueel.current;
      let r;
      try {
        r = await regelsApi.aanvullen(n, { json: json(), regelpad: [...pad], veld: v, expressie: context.state.doc.toString(), positie: context.pos });
      } catch {
        return null;
      }
      if (context.aborted || !Array.isArray(r?.aanvullingen) || r.aanvullingen.length === 0) return null;
      const from = Number.isInteger(r.van) ? Math.max(0, Math.min(r.van, context.pos)) : (woord?.from ?? context.pos);
      return {
        from,
        options: r.aanvullingen.map((a) => ({ label: a.label, type: AANVULSOORT[a.soort] ?? 'text', detail: a.detail ?? AANVULSOORT_TEKST[a.soort] ?? undefined })),
        validFor: /^[\w]*$/,
      };
    };

    const view = new EditorView({
      parent: houder.current,
      state: EditorState.create({
        doc: waarde ?? '',
        extensions: [
          nederlands, stijlNonce, basisThema, history(), drawSelection(), expressieTaal, markering, EditorView.lineWrapping,
          autocompletion({ override: [aanvullen], activateOnTyping: true, closeOnBlur: true }),
          keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
          voorbeeld ? plaatshouder(voorbeeld) : [],
          attributen.current.of(contentAttributen(fouten.some(isFout))),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged || alleenExtern(u)) return;
            const tekst = u.state.doc.toString();
            actueel.current.onWijzig(tekst);
            clearTimeout(timer.current);
            volgnummer.current++;
            timer.current = setTimeout(() => controleer(tekst), WACHTTIJD);
          }),
        ],
      }),
    });
    viewRef.current = view;
    return () => {
      clearTimeout(timer.current);
      volgnummer.current++;
      view.destroy();
      viewRef.current = null;
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  // Text that changed elsewhere (undo, the JSON tab) replaces only what differs.
  useExterneTekst(viewRef, waarde);

  // New results of the whole-document check replace those of the live check.
  useEffect(() => { setGetoond(fouten); }, [fouten]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(setDiagnostics(view.state, diagnosesVan(getoond, view.state.doc.length)));
    view.dispatch({ effects: attributen.current.reconfigure(contentAttributen(getoond.some(isFout))) });
  }, [getoond, label, uitlegId]); // eslint-disable-line react-hooks/exhaustive-deps

  const heeftFout = getoond.some(isFout);
  return (
    <div className={`expressie${heeftFout ? ' expressie--fout' : ''}${bezig ? ' expressie--bezig' : ''}`} data-testid={testid} data-veld={veld}>
      {zichtbaarLabel && (
        // A click on the label puts the cursor in the editor, like a <label> does for an input.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
        <div className="utrecht-form-label expressie__label" id={`${id}-label`} onClick={() => viewRef.current?.focus()}>{zichtbaarLabel}</div>
      )}
      <div className="expressie__editor" ref={houder} />
      <div className="expressie__meldingen" id={meldingenId} aria-live="polite">
        {getoond.length > 0 && (
          <ul className="expressie__fouten">
            {getoond.map((f, i) => (
              <li key={i} className={`expressie__fout expressie__fout--${isFout(f) ? 'fout' : 'waarschuwing'}`}>
                <strong>{isFout(f) ? 'Fout' : 'Waarschuwing'}{f.expressieKolom ? ` bij teken ${f.expressieKolom}` : ''}:</strong> {f.bericht ?? f.tekst}
                {f.code && <span className="code"> ({f.code})</span>}
              </li>
            ))}
          </ul>
        )}
        {controleFout && <p className="expressie__controlefout">De expressie kon niet worden gecontroleerd: {controleFout}</p>}
      </div>
    </div>
  );
}

export default memo(ExpressieEditor);
