// Accessible tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys, Home and End move between the tabs.
import { useRef } from 'react';

export function Tabs({ tabs, actief, onKies, label, idBasis = 'tab' }) {
  const refs = useRef({});
  const onKeyDown = (e) => {
    const i = tabs.findIndex((t) => t.id === actief);
    let j = null;
    if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') j = 0;
    else if (e.key === 'End') j = tabs.length - 1;
    if (j === null) return;
    e.preventDefault();
    onKies(tabs[j].id);
    refs.current[tabs[j].id]?.focus();
  };
  return (
    <div className="regeltabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((t) => (
        <button key={t.id} ref={(el) => { refs.current[t.id] = el; }} type="button" role="tab" id={`${idBasis}-${t.id}`}
          aria-selected={t.id === actief} aria-controls={`${idBasis}-paneel-${t.id}`} tabIndex={t.id === actief ? 0 : -1}
          className={`regeltab${t.id === actief ? ' regeltab--actief' : ''}`} data-tab={t.id} onClick={() => onKies(t.id)}>
          {t.label}
        </button>
      ))}
    </div>
  );
}

export function TabPaneel({ id, actief, idBasis = 'tab', children }) {
  return (
    <div role="tabpanel" id={`${idBasis}-paneel-${id}`} aria-labelledby={`${idBasis}-${id}`} hidden={!actief} className="regelpaneel" data-paneel={id}>
      {children}
    </div>
  );
}
