// Keeps a CodeMirror view in step with text that changes outside it (undo, the other tab), without echoing it back.
import { useEffect } from 'react';
import { Annotation, Transaction } from '@codemirror/state';
import { minimaleWijziging } from './expressieTaal.js';

/** Marks transactions that bring in text from outside the editor. */
export const extern = Annotation.define();

/** True when an update only carries text from outside: not an edit to report. */
export const alleenExtern = (update) => update.transactions.every((tr) => tr.annotation(extern));

/** Replaces only what differs, outside the editor's own undo history. */
export function useExterneTekst(viewRef, waarde) {
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const wijziging = minimaleWijziging(view.state.doc.toString(), waarde ?? '');
    if (wijziging) view.dispatch({ changes: wijziging, annotations: [extern.of(true), Transaction.addToHistory.of(false)] });
  }, [viewRef, waarde]);
}
