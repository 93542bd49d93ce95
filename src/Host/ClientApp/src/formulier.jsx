// Forms with located errors: the server's ValidationProblem (errors per field) is shown at each field, with a summary
// above the form that links to the fields (NL Design System / GOV.UK pattern), so keyboard and screen-reader users
// reach every error. Errors the form cannot place stay in the summary.
import { useEffect, useRef } from 'react';
import { ApiError } from './api.js';

/** Field errors of a ProblemDetails: { veld: [tekst] }, keys as the API sends them (camelCase). */
export function foutenPerVeld(fout) {
  if (!fout) return {};
  if (fout instanceof ApiError && fout.body?.errors && typeof fout.body.errors === 'object') {
    const uit = {};
    for (const [veld, teksten] of Object.entries(fout.body.errors)) {
      const sleutel = veld.charAt(0).toLowerCase() + veld.slice(1);
      uit[sleutel] = [...(uit[sleutel] ?? []), ...(Array.isArray(teksten) ? teksten : [String(teksten)])];
    }
    return uit;
  }
  return { '': [fout.message ?? String(fout)] };
}

/**
 * Summary of all errors; each placed error links to its field. `velden` maps a field key to [input id, label].
 * Takes focus when it appears, so the user hears at once that the form was not accepted.
 */
export function FoutSamenvatting({ fouten, velden, titel = 'Het formulier is niet verwerkt' }) {
  const ref = useRef(null);
  const regels = Object.entries(fouten ?? {}).flatMap(([veld, teksten]) => teksten.map((t) => ({ veld, t })));
  const sleutel = regels.map((r) => r.veld + r.t).join('|');
  useEffect(() => { if (sleutel) ref.current?.focus(); }, [sleutel]);
  if (regels.length === 0) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error foutsamenvatting" role="alert" tabIndex={-1} ref={ref}>
      <div className="utrecht-alert__content"><div className="utrecht-alert__message">
        <p className="utrecht-paragraph foutsamenvatting__titel"><strong>{titel}</strong></p>
        <ul className="foutsamenvatting__lijst">
          {regels.map(({ veld, t }) => (
            <li key={veld + t}>
              {velden?.[veld] ? <a className="utrecht-link" href={`#${velden[veld][0]}`} onClick={(e) => { e.preventDefault(); document.getElementById(velden[veld][0])?.focus(); }}>{velden[veld][1]}: {t}</a> : t}
            </li>
          ))}
        </ul>
      </div></div>
    </div>
  );
}

/**
 * A labelled field whose error (if any) is shown under the label and tied to the control with aria-describedby and
 * aria-invalid. `children` is a function that gets those attributes for the control.
 */
export function FoutVeld({ id, label, fouten, description, children, className = '' }) {
  const heeftFout = !!fouten?.length;
  const beschreven = [description ? `${id}-uitleg` : null, heeftFout ? `${id}-fout` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field veld${heeftFout ? ' utrecht-form-field--invalid veld--fout' : ''} ${className}`}>
      <div className="utrecht-form-field__label"><label className="utrecht-form-label" htmlFor={id}>{label}</label></div>
      {description && <div className="utrecht-form-field-description" id={`${id}-uitleg`}>{description}</div>}
      {heeftFout && <div className="utrecht-form-field-error-message" id={`${id}-fout`}>{fouten.join(' ')}</div>}
      <div className="utrecht-form-field__input">
        {children({ id, 'aria-invalid': heeftFout ? true : undefined, 'aria-describedby': beschreven })}
      </div>
    </div>
  );
}

/** The value of a datetime-local input as an ISO instant (the browser's time zone), or null when empty. */
export const alsInstant = (waarde) => (waarde ? new Date(waarde).toISOString() : null);

/** A number from an input, or null when empty (so "leeg" stays distinguishable from 0). */
export const alsGetal = (waarde) => (waarde === '' || waarde === null || waarde === undefined ? null : Number(waarde));

export const formatBedrag = (waarde) =>
  waarde === null || waarde === undefined ? '—' : Number(waarde).toLocaleString('nl-NL', { style: 'currency', currency: 'EUR' });

/** Posts a body with its own content type; returns the response (for downloads) or throws an ApiError. */
export async function verstuur(path, { method = 'POST', body, type = 'application/json' }) {
  const response = await fetch(path, { method, headers: { 'Content-Type': type }, body, credentials: 'same-origin' });
  if (response.status === 401) {
    location.href = `/login?ReturnUrl=${encodeURIComponent(location.pathname + location.search)}`;
    throw new ApiError(401, null, 'Niet ingelogd.');
  }
  if (!response.ok) {
    const data = await response.json().catch(() => null);
    const bericht = response.status === 403 ? 'U heeft geen rechten voor deze handeling.' : (data && (data.detail || data.title)) || `Fout ${response.status}`;
    throw new ApiError(response.status, data, bericht);
  }
  return response;
}

/** Saves a downloaded response as a file. */
export async function bewaarAlsBestand(response, naam) {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = naam;
  document.body.append(a); a.click(); a.remove();
  URL.revokeObjectURL(url);
}
