// /app/taken/{id} — everything needed to decide, and completing the task with an outcome and a comment.
import { useEffect, useState } from 'react';
import { api, formatDate } from '../api.js';
import { useApi, ApiState, PageHeading, StatusBadge, Field, Alert, Button } from '../common.jsx';
import { Link } from '../router.jsx';
import { InitiatiefSecties } from './InitiatiefDetails.jsx';
import { taakFormulier } from '../taakFormulier.js';

function useTaak(id) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        let taak = null;
        try {
          taak = await api(`/api/taken/${encodeURIComponent(id)}`);
        } catch (e) {
          if (e.status !== 404 && e.status !== 405) throw e;
          const alle = await api('/api/taken?status=');
          taak = (alle ?? []).find((t) => String(t.id) === String(id)) ?? null;
          if (!taak) throw e;
        }
        if (!cancelled) setState({ data: taak, error: null, loading: false });
      } catch (error) {
        if (!cancelled) setState({ data: null, error, loading: false });
      }
    })();
    return () => { cancelled = true; };
  }, [id, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

export default function TaakPage({ params }) {
  const taak = useTaak(params.id);
  const t = taak.data;
  const initiatief = useApi(t?.initiatiefId ? `/api/initiatieven/${encodeURIComponent(t.initiatiefId)}` : null);
  const [uitkomst, setUitkomst] = useState('');
  const [toelichting, setToelichting] = useState('');
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState(null);

  if (!t) {
    return (<><PageHeading>Taak</PageHeading><ApiState state={taak} what="De taak" /><p className="utrecht-paragraph"><Link to="/app/taken">Terug naar de taken</Link></p></>);
  }

  const afronden = async (event) => {
    event.preventDefault();
    if (!uitkomst) {
      setMelding({ type: 'error', tekst: 'Kies eerst een uitkomst.' });
      return;
    }
    setBezig(true);
    setMelding(null);
    try {
      await api(`/api/taken/${encodeURIComponent(t.id)}/afronden`, { method: 'POST', body: { uitkomst, toelichting } });
      setMelding({ type: 'ok', tekst: `De taak is afgerond met uitkomst “${uitkomst}”.` });
      taak.reload();
      initiatief.reload();
    } catch (e) {
      setMelding({ type: 'error', tekst: e.message });
    } finally {
      setBezig(false);
    }
  };

  const open = t.status === 'Open';
  const formulier = taakFormulier(t);
  return (
    <>
      <p className="utrecht-paragraph kruimel"><Link to="/app/taken">Taken</Link> › {t.titel}</p>
      <PageHeading title={`Taak: ${t.titel}`}>{t.titel}</PageHeading>
      <dl className="utrecht-data-list utrecht-data-list--rows taakkop">
        <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Rol</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{t.rol}</dd></div>
        <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Buurt</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{t.buurtNaam ?? t.buurtCode ?? '—'}</dd></div>
        <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Vervaldatum</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{formatDate(t.vervaldatum)} {t.teLaat && <StatusBadge status="Te laat" tone="danger" />}</dd></div>
        <div className="utrecht-data-list__item"><dt className="utrecht-data-list__item-key">Status</dt><dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd"><StatusBadge status={t.status} /></dd></div>
      </dl>
      {t.omschrijving && <p className="utrecht-paragraph taak-omschrijving">{t.omschrijving}</p>}

      <div className="taak-indeling">
        <div className="taak-indeling__info">
          {t.initiatiefId ? (initiatief.data ? <InitiatiefSecties initiatief={initiatief.data} /> : <ApiState state={initiatief} what="Het initiatief" />)
            : <p className="utrecht-paragraph">Deze taak hoort niet bij een initiatief.</p>}
        </div>
        <aside className="taak-indeling__besluit" aria-labelledby="kop-afronden">
          <h2 className="utrecht-heading-2" id="kop-afronden">Afronden</h2>
          {melding && <Alert type={melding.type}>{melding.tekst}</Alert>}
          {open && formulier ? (
            <p className="utrecht-paragraph eigen-formulier">
              Deze taak rondt u af met {formulier.naam}: daar vult u de gegevens in die bij deze stap horen.{' '}
              <Link to={formulier.url}>Naar het formulier</Link>
            </p>
          ) : open ? (
            <form onSubmit={afronden} aria-labelledby="kop-afronden">
              <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">Uitkomst</legend>
                {(t.uitkomsten ?? []).map((u, i) => (
                  <div className="utrecht-form-field utrecht-form-field--radio veld--radio" key={u}>
                    <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`uitkomst-${i}`} name="uitkomst" value={u}
                      checked={uitkomst === u} onChange={() => setUitkomst(u)} />
                    <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`uitkomst-${i}`}>{u}</label>
                  </div>
                ))}
              </fieldset>
              <Field id="toelichting" label="Toelichting" description="Wordt bewaard bij het initiatief en is zichtbaar voor collega’s.">
                <textarea id="toelichting" className="utrecht-textarea utrecht-textarea--html-textarea" rows={5} value={toelichting}
                  aria-describedby="toelichting-uitleg" onChange={(e) => setToelichting(e.target.value)} />
              </Field>
              <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : 'Taak afronden'}</button>
            </form>
          ) : (
            <p className="utrecht-paragraph">Deze taak is {String(t.status).toLowerCase()}{t.uitkomst ? ` met uitkomst “${t.uitkomst}”` : ''}.</p>
          )}
          <p className="utrecht-paragraph"><Button onClick={() => history.back()}>Terug</Button></p>
        </aside>
      </div>
    </>
  );
}
