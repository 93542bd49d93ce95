// /app/taken — the task inbox per role and person, with filters; overdue tasks stand out.
import { useMemo, useState } from 'react';
import { useApi, ApiState, PageHeading, StatusBadge, Field, ScrollRegio } from '../common.jsx';
import { Link, useRouter, useQuery } from '../router.jsx';
import { formatDate } from '../api.js';
import { taakFormulier } from '../taakFormulier.js';

export default function TakenPage({ me }) {
  const query = useQuery();
  const { navigate } = useRouter();
  const rol = query.get('rol') ?? '';
  const status = query.get('status') ?? 'Open';
  const buurt = query.get('buurt') ?? '';
  const [vervaltVoor, setVervaltVoor] = useState('');
  const [alleenTeLaat, setAlleenTeLaat] = useState(false);
  const [alleenMijn, setAlleenMijn] = useState(false);

  const params = new URLSearchParams();
  if (rol) params.set('rol', rol);
  if (status) params.set('status', status);
  if (buurt) params.set('buurt', buurt);
  const taken = useApi(`/api/taken?${params}`);
  const buurten = useApi('/api/buurten');

  const setFilter = (name, value) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value); else next.delete(name);
    if (name === 'status' && !value) next.set('status', '');
    navigate(`/app/taken?${next}`, { replace: true });
  };

  const zichtbaar = useMemo(() => (taken.data ?? [])
    .filter((t) => !alleenTeLaat || t.teLaat)
    .filter((t) => !alleenMijn || (me && t.toegewezenAan === me.gebruikersnaam))
    .filter((t) => !vervaltVoor || (t.vervaldatum && t.vervaldatum.slice(0, 10) <= vervaltVoor))
    .sort((a, b) => (b.teLaat === true) - (a.teLaat === true) || String(a.vervaldatum ?? '9999').localeCompare(String(b.vervaldatum ?? '9999'))),
  [taken.data, alleenTeLaat, alleenMijn, vervaltVoor, me]);

  const rollen = me?.rollen ?? [];
  const aantalTeLaat = (taken.data ?? []).filter((t) => t.teLaat).length;

  return (
    <>
      <PageHeading>Mijn taken</PageHeading>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Taken filteren">
        <Field id="filter-rol" label="Rol">
          <select id="filter-rol" className="utrecht-select utrecht-select--html-select" value={rol} onChange={(e) => setFilter('rol', e.target.value)}>
            <option value="">Alle rollen van mij</option>
            {rollen.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </Field>
        <Field id="filter-status" label="Status">
          <select id="filter-status" className="utrecht-select utrecht-select--html-select" value={status} onChange={(e) => setFilter('status', e.target.value)}>
            <option value="">Alle</option>
            <option value="Open">Open</option>
            <option value="Afgerond">Afgerond</option>
          </select>
        </Field>
        <Field id="filter-buurt" label="Buurt">
          <select id="filter-buurt" className="utrecht-select utrecht-select--html-select" value={buurt} onChange={(e) => setFilter('buurt', e.target.value)}>
            <option value="">Alle buurten</option>
            {(buurten.data ?? []).map((b) => <option key={b.code} value={b.code}>{b.naam}</option>)}
          </select>
        </Field>
        <Field id="filter-vervalt" label="Vervalt op of vóór">
          <input id="filter-vervalt" type="date" className="utrecht-textbox utrecht-textbox--html-input" value={vervaltVoor} onChange={(e) => setVervaltVoor(e.target.value)} />
        </Field>
        <div className="utrecht-form-field utrecht-form-field--checkbox veld veld--checkbox">
          <input id="filter-te-laat" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={alleenTeLaat} onChange={(e) => setAlleenTeLaat(e.target.checked)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="filter-te-laat">Alleen te late taken</label>
        </div>
        <div className="utrecht-form-field utrecht-form-field--checkbox veld veld--checkbox">
          <input id="filter-mijn" type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={alleenMijn} onChange={(e) => setAlleenMijn(e.target.checked)} />
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="filter-mijn">Alleen aan mij persoonlijk toegewezen</label>
        </div>
      </form>
      <ApiState state={taken} what="Taken" />
      {taken.data && (
        <>
          <p className="utrecht-paragraph" role="status">
            {zichtbaar.length} {zichtbaar.length === 1 ? 'taak' : 'taken'}{aantalTeLaat > 0 && <>, waarvan <strong className="te-laat-tekst">{aantalTeLaat} te laat</strong></>}.
          </p>
          {zichtbaar.length > 0 && (
            <ScrollRegio label="Taken (scrolbaar)">
              <table className="utrecht-table utrecht-table--html-table takenlijst">
                <caption className="utrecht-table__caption visueel-verborgen">Taken</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th className="utrecht-table__header-cell" scope="col">Taak</th>
                    <th className="utrecht-table__header-cell" scope="col">Buurt</th>
                    <th className="utrecht-table__header-cell" scope="col">Rol</th>
                    <th className="utrecht-table__header-cell" scope="col">Vervaldatum</th>
                    <th className="utrecht-table__header-cell" scope="col">Status</th>
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {zichtbaar.map((t) => (
                    <tr key={t.id} className={`utrecht-table__row${t.teLaat ? ' rij--te-laat' : ''}`} data-taak-id={t.id}>
                      <td className="utrecht-table__cell">{(() => {
                        // Tasks with a feature's own form open that form; the rest the generic task page.
                        const formulier = t.status === 'Open' ? taakFormulier(t) : null;
                        return formulier
                          ? <><Link to={formulier.url} data-formulier={formulier.url}>{t.titel}</Link> <span className="code">(eigen formulier)</span></>
                          : <Link to={`/app/taken/${encodeURIComponent(t.id)}`}>{t.titel}</Link>;
                      })()}</td>
                      <td className="utrecht-table__cell">{t.buurtNaam ?? t.buurtCode ?? '—'}</td>
                      <td className="utrecht-table__cell">{t.rol}{t.toegewezenAan ? ` (${t.toegewezenAan})` : ''}</td>
                      <td className="utrecht-table__cell">{formatDate(t.vervaldatum)}{t.teLaat && <> <StatusBadge status="Te laat" tone="danger" /></>}</td>
                      <td className="utrecht-table__cell"><StatusBadge status={t.status} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegio>
          )}
        </>
      )}
    </>
  );
}
