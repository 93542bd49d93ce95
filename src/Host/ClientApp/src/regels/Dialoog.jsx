// A modal dialog on the native <dialog> element (focus stays inside, Escape closes, focus returns to the button that opened it).
import { useEffect, useRef } from 'react';

export function Dialoog({ open, titel, onSluit, children, id }) {
  const ref = useRef(null);
  const terug = useRef(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      terug.current = document.activeElement;
      d.showModal();
      const eerste = d.querySelector('[data-autofocus]') ?? d.querySelector('textarea, input, select, button');
      eerste?.focus();
    } else if (!open && d.open) {
      d.close();
    }
  }, [open]);
  useEffect(() => () => { if (ref.current?.open) ref.current.close(); }, []);
  const onClose = () => {
    onSluit?.();
    const t = terug.current;
    terug.current = null;
    if (t && document.contains(t)) setTimeout(() => t.focus(), 0);
  };
  return (
    <dialog ref={ref} className="dialoog" aria-labelledby={`${id}-titel`} onClose={onClose} onCancel={(e) => { e.preventDefault(); onSluit?.(); }}>
      {open && (
        <>
          <h2 className="utrecht-heading-2" id={`${id}-titel`}>{titel}</h2>
          {children}
        </>
      )}
    </dialog>
  );
}
