// Shared building blocks: data loading, alerts, headings, status badges.
import { useEffect, useState, useCallback, useRef } from 'react';
import { api } from './api.js';

/** Loads JSON from the API; returns {data, error, loading, reload}. A null path loads nothing. */
export function useApi(path) {
  const [state, setState] = useState({ data: null, error: null, loading: !!path });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) {
      setState({ data: null, error: null, loading: false });
      return undefined;
    }
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    api(path).then(
      (data) => !cancelled && setState({ data, error: null, loading: false }),
      (error) => !cancelled && setState({ data: null, error, loading: false }),
    );
    return () => { cancelled = true; };
  }, [path, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

export function usePageTitle(title) {
  useEffect(() => {
    document.title = `${title} — Participatie`;
  }, [title]);
}

export function PageHeading({ children, title }) {
  usePageTitle(title ?? (typeof children === 'string' ? children : 'Medewerkers'));
  const ref = useRef(null);
  return <h1 ref={ref} className="utrecht-heading-1" tabIndex={-1} id="paginatitel">{children}</h1>;
}

export function Loading({ what = 'Gegevens' }) {
  return <p className="utrecht-paragraph laden" role="status">{what} worden geladen…</p>;
}

export function Alert({ type = 'error', children }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div className="utrecht-alert__content"><div className="utrecht-alert__message">{children}</div></div>
    </div>
  );
}

export function ApiState({ state, what }) {
  if (state.loading && !state.data) return <Loading what={what} />;
  if (state.error) {
    return <Alert>{state.error.status === 404 ? `${what} niet gevonden. Deze functie is mogelijk nog niet beschikbaar op de server.` : state.error.message}</Alert>;
  }
  return null;
}

const statusLabels = {
  Open: 'Open', Afgerond: 'Afgerond', Running: 'Loopt', Finished: 'Afgelopen', Suspended: 'Wacht', Faulted: 'Fout',
  Cancelled: 'Geannuleerd', Executing: 'Bezig', Pending: 'In wachtrij', Completed: 'Voltooid', Canceled: 'Geannuleerd',
  Ingediend: 'Ingediend', InBehandeling: 'In behandeling', Advies: 'Advies', Besluit: 'Besluit', Toegekend: 'Toegekend', Afgewezen: 'Afgewezen',
  InUitvoering: 'In uitvoering', Ingetrokken: 'Ingetrokken', OvergenomenDoorGemeente: 'Overgenomen door gemeente', Gepland: 'Gepland', Actief: 'Actief',
  Gestopt: 'Gestopt', Geannuleerd: 'Geannuleerd',
};

export const statusLabel = (status) => statusLabels[status] ?? status ?? '—';

export function StatusBadge({ status, tone }) {
  const t = tone ?? (/(fout|faulted|te laat|afgewezen)/i.test(String(status)) ? 'danger'
    : /(afgerond|finished|completed|goedgekeurd|voltooid)/i.test(String(status)) ? 'ok' : 'neutral');
  return <span className={`utrecht-badge-status badge badge--${t}`}>{statusLabel(status)}</span>;
}

export function Field({ id, label, children, description }) {
  return (
    <div className="utrecht-form-field veld">
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={id}>{label}</label></div>
      {description && <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{description}</div>}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/**
 * A region that scrolls (a wide table, a long list): keyboard users reach it with Tab and scroll it with the arrow
 * keys, and screen readers announce it by its label (axe-core: scrollable-region-focusable).
 */
export function ScrollRegio({ label, className = 'tabel-houder', as: Tag = 'div', children, ...rest }) {
  return <Tag className={className} tabIndex={0} role="region" aria-label={label} {...rest}>{children}</Tag>;
}

export function Button({ variant = 'secondary-action', className = '', ...rest }) {
  return <button type="button" className={`utrecht-button utrecht-button--${variant} ${className}`} {...rest} />;
}

/** Renders any JSON value readably (answers, variables). */
export function Value({ value }) {
  if (value === null || value === undefined || value === '') return <span>—</span>;
  if (typeof value === 'boolean') return <span>{value ? 'ja' : 'nee'}</span>;
  if (typeof value === 'number') return <span>{value.toLocaleString('nl-NL')}</span>;
  if (typeof value === 'string') return <span>{value}</span>;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return <span>{value.join(', ')}</span>;
    return <ul>{value.map((v, i) => <li key={i}><Value value={v} /></li>)}</ul>;
  }
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows geneste-lijst">
      {Object.entries(value).map(([k, v]) => (
        <div className="utrecht-data-list__item" key={k}>
          <dt className="utrecht-data-list__item-key">{k}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><Value value={v} /></dd>
        </div>
      ))}
    </dl>
  );
}
