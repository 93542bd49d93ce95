// The staff API for the rules editor (/api/regels). Every call returns the parsed JSON or throws an ApiError
// (with .status and .body: an RFC 7807 problem, sometimes with `fouten` or conflict details).
import { api } from '../api.js';

const basis = (naam) => `/api/regels/${encodeURIComponent(naam)}`;

export const regelsApi = {
  lijst: () => api('/api/regels'),
  ophalen: (naam) => api(basis(naam)),
  conceptOpslaan: (naam, json, revisie) => api(`${basis(naam)}/concept`, { method: 'PUT', body: { json, revisie: revisie ?? null } }),
  conceptVerwijderen: (naam) => api(`${basis(naam)}/concept`, { method: 'DELETE' }),
  controleren: (naam, json) => api(`${basis(naam)}/controle`, { method: 'POST', body: { json } }),
  expressieControleren: (naam, { json, regelpad, veld, expressie }) =>
    api(`${basis(naam)}/expressie/controle`, { method: 'POST', body: { json, regelpad, veld, expressie } }),
  aanvullen: (naam, { json, regelpad, veld, expressie, positie }) =>
    api(`${basis(naam)}/expressie/aanvulling`, { method: 'POST', body: { json, regelpad, veld, expressie, positie } }),
  keuzes: (naam) => api(`${basis(naam)}/keuzes`),
  testen: (naam, body) => api(`${basis(naam)}/test`, { method: 'POST', body }),
  watAls: (naam, json) => api(`${basis(naam)}/watals`, { method: 'POST', body: { json } }),
  publiceren: (naam, revisie, toelichting) => api(`${basis(naam)}/publiceren`, { method: 'POST', body: { revisie, toelichting } }),
  versies: (naam) => api(`${basis(naam)}/versies`),
  versie: (naam, nummer) => api(`${basis(naam)}/versies/${encodeURIComponent(nummer)}`),
  terugzetten: (naam, nummer, toelichting) => api(`${basis(naam)}/versies/${encodeURIComponent(nummer)}/terugzetten`, { method: 'POST', body: { toelichting } }),
  verschil: (naam, { van, naar } = {}) => {
    const q = new URLSearchParams();
    if (van !== undefined && van !== null) q.set('van', van);
    if (naar !== undefined && naar !== null) q.set('naar', naar);
    const s = q.toString();
    return api(`${basis(naam)}/verschil${s ? `?${s}` : ''}`);
  },
  audit: (regelset) => api(`/api/regels/audit${regelset ? `?regelset=${encodeURIComponent(regelset)}` : ''}`),
};

/** The fouten of a failed call (422/400 problem with `fouten`), or null. */
export const foutenUit = (error) => (Array.isArray(error?.body?.fouten) ? error.body.fouten : null);

export const isFout = (f) => (f?.ernst ?? 'fout') !== 'waarschuwing';

/** "3 fouten en 1 waarschuwing", "geen fouten". */
export function foutenSamenvatting(fouten) {
  const lijst = fouten ?? [];
  const f = lijst.filter(isFout).length;
  const w = lijst.length - f;
  const delen = [];
  if (f) delen.push(`${f} ${f === 1 ? 'fout' : 'fouten'}`);
  if (w) delen.push(`${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}`);
  return delen.length ? delen.join(' en ') : 'geen fouten';
}

export const invoerMeervoud = (invoer) => (invoer === 'buurt' ? 'buurten' : invoer === 'initiatief' ? 'initiatieven' : 'items');
export const invoerEnkelvoud = (invoer) => (invoer === 'buurt' ? 'buurt' : invoer === 'initiatief' ? 'initiatief' : 'item');
