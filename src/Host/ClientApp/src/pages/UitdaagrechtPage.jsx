// /app/uitdaagrecht and /app/uitdaagrecht/:id — the right to challenge: requests with their step and deadline, and per
// request the forms of its steps (assessment, decision, agreement, evaluation). The server checks a form whole; its
// errors are shown at the fields. Contact details appear only when the API returns them (not for beleid).
import { useState } from 'react';
import { useApi, ApiState, PageHeading, ScrollRegio, StatusBadge, Alert, Field } from '../common.jsx';
import { api, formatDate, formatDateTime } from '../api.js';
import { Link, useQuery, useRouter } from '../router.jsx';
import { FoutSamenvatting, FoutVeld, foutenPerVeld, alsGetal, formatBedrag } from '../formulier.jsx';

export const uitdaagrechtStatus = {
  Ingediend: ['Ingediend', 'neutral'], NietOntvankelijk: ['Niet ontvankelijk', 'danger'], InBeoordeling: ['In beoordeling', 'neutral'],
  BesluitCollege: ['Besluit college', 'neutral'], Afgewezen: ['Afgewezen', 'danger'], Overeenkomst: ['Overeenkomst', 'neutral'],
  Lopend: ['Lopend', 'ok'], Beeindigd: ['Beëindigd', 'neutral'], Ingetrokken: ['Ingetrokken', 'neutral'],
};

const Status = ({ status }) => {
  const [label, tone] = uitdaagrechtStatus[status] ?? [status, 'neutral'];
  return <StatusBadge status={label} tone={tone} />;
};

/** The step a task is, by its outcomes (the workflow's steps each have their own set). */
export function stapVan(openStap) {
  const u = (openStap?.uitkomsten ?? []).join(',');
  if (u === 'naar-college') return 'beoordeling';
  if (u === 'toekennen,afwijzen') return 'besluit';
  if (u === 'vastgelegd') return 'overeenkomst';
  if (u === 'voortzetten,bijsturen,beeindigen') return 'evaluatie';
  return null;
}

export function UitdaagrechtLijstPage() {
  const query = useQuery();
  const { navigate } = useRouter();
  const status = query.get('status') ?? '';
  const verzoeken = useApi(`/api/uitdaagrecht${status ? `?status=${encodeURIComponent(status)}` : ''}`);
  return (
    <>
      <PageHeading>Uitdaagrecht</PageHeading>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Verzoeken filteren">
        <Field id="udr-status" label="Status">
          <select id="udr-status" className="utrecht-select utrecht-select--html-select" value={status}
            onChange={(e) => navigate(e.target.value ? `/app/uitdaagrecht?status=${e.target.value}` : '/app/uitdaagrecht', { replace: true })}>
            <option value="">Alle</option>
            {Object.entries(uitdaagrechtStatus).map(([k, [l]]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </Field>
      </form>
      <ApiState state={verzoeken} what="Verzoeken" />
      {verzoeken.data && (verzoeken.data.length === 0 ? <p className="utrecht-paragraph">Geen verzoeken.</p> : (
        <ScrollRegio label="Verzoeken (scrolbaar)">
          <table className="utrecht-table utrecht-table--html-table verzoekenlijst">
            <caption className="utrecht-table__caption">{verzoeken.data.length} verzoeken, nieuwste eerst</caption>
            <thead className="utrecht-table__header"><tr className="utrecht-table__row">
              {['Verzoek', 'Taak', 'Buurt', 'Status', 'Stap', 'Termijn'].map((k) => <th key={k} scope="col" className="utrecht-table__header-cell">{k}</th>)}
            </tr></thead>
            <tbody className="utrecht-table__body">
              {verzoeken.data.map((v) => {
                const stap = v.openStappen[0];
                return (
                  <tr key={v.id} className={`utrecht-table__row${stap?.teLaat ? ' rij--te-laat' : ''}`} data-verzoek-id={v.id}>
                    <td className="utrecht-table__cell"><Link to={`/app/uitdaagrecht/${v.id}`}>{v.referentie}</Link></td>
                    <td className="utrecht-table__cell">{v.taak}</td>
                    <td className="utrecht-table__cell">{v.buurtNaam ?? '—'}</td>
                    <td className="utrecht-table__cell"><Status status={v.status} /></td>
                    <td className="utrecht-table__cell">{stap ? `${stap.titel} (${stap.rol})` : '—'}</td>
                    <td className="utrecht-table__cell">{stap ? formatDate(stap.vervaldatum) : '—'}{stap?.teLaat && <> <StatusBadge status="Te laat" tone="danger" /></>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegio>
      ))}
    </>
  );
}

function Gegeven({ label, children }) {
  return (
    <div className="utrecht-data-list__item">
      <dt className="utrecht-data-list__item-key">{label}</dt>
      <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{children ?? '—'}</dd>
    </div>
  );
}

/** One step's form: posts to the step's endpoint; the server's field errors come back at the fields. */
function StapFormulier({ verzoek, stap, onKlaar }) {
  const [invoer, setInvoer] = useState({});
  const [fouten, setFouten] = useState({});
  const [bezig, setBezig] = useState(false);
  const zet = (k) => (e) => setInvoer((i) => ({ ...i, [k]: e.target.value }));
  const waarde = (k) => invoer[k] ?? '';

  const definities = {
    beoordeling: {
      titel: 'Beoordeling', knop: 'Beoordeling vastleggen en naar het college',
      velden: { huidigeUitgaven: ['udr-uitgaven', 'Huidige uitgaven per jaar'], kwaliteit: ['udr-kwaliteit', 'Kwaliteit nu'], continuiteit: ['udr-continuiteit', 'Continuïteit'], toelichting: ['udr-toelichting', 'Toelichting'] },
      body: () => ({ huidigeUitgaven: alsGetal(waarde('huidigeUitgaven')), kwaliteit: waarde('kwaliteit'), continuiteit: waarde('continuiteit'), toelichting: waarde('toelichting') || null }),
    },
    besluit: {
      titel: 'Besluit van het college', knop: 'Besluit vastleggen',
      velden: { uitkomst: ['udr-besluit-0', 'Besluit'], toelichting: ['udr-toelichting', 'Motivering'] },
      body: () => ({ uitkomst: waarde('uitkomst') || null, toelichting: waarde('toelichting') || null }),
    },
    overeenkomst: {
      titel: 'Overeenkomst', knop: 'Overeenkomst vastleggen',
      velden: { bedrag: ['udr-bedrag', 'Budget dat per jaar overgaat'], ingangsdatum: ['udr-ingang', 'Ingangsdatum'], toelichting: ['udr-toelichting', 'Toelichting'] },
      body: () => ({ bedrag: alsGetal(waarde('bedrag')), ingangsdatum: waarde('ingangsdatum') || null, toelichting: waarde('toelichting') || null }),
    },
    evaluatie: {
      titel: 'Evaluatie', knop: 'Evaluatie vastleggen',
      velden: { uitkomst: ['udr-evaluatie-0', 'Uitkomst'], toelichting: ['udr-toelichting', 'Toelichting'] },
      body: () => ({ uitkomst: waarde('uitkomst') || null, toelichting: waarde('toelichting') || null }),
    },
  };
  const d = definities[stap];

  const verstuur = async (e) => {
    e.preventDefault();
    setBezig(true);
    try {
      const nieuw = await api(`/api/uitdaagrecht/${verzoek.id}/${stap}`, { method: 'POST', body: d.body() });
      setFouten({});
      setInvoer({});
      onKlaar(nieuw, `${d.titel} is vastgelegd.`);
    } catch (err) {
      setFouten(foutenPerVeld(err));
    } finally {
      setBezig(false);
    }
  };

  const textbox = (k, extra = {}) => (
    <FoutVeld id={d.velden[k][0]} label={d.velden[k][1]} fouten={fouten[k]} description={extra.description}>
      {(a) => extra.textarea
        ? <textarea {...a} rows={4} className="utrecht-textarea utrecht-textarea--html-textarea" value={waarde(k)} onChange={zet(k)} />
        : <input {...a} type={extra.type ?? 'text'} step={extra.step} min={extra.min} inputMode={extra.inputMode} className="utrecht-textbox utrecht-textbox--html-input" value={waarde(k)} onChange={zet(k)} />}
    </FoutVeld>
  );

  const keuze = (k, opties, prefix) => (
    <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${fouten[k] ? ' veld--fout' : ''}`}
      aria-describedby={fouten[k] ? `${prefix}-fout` : undefined}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{d.velden[k][1]}</legend>
      {fouten[k] && <div className="utrecht-form-field-error-message" id={`${prefix}-fout`}>{fouten[k].join(' ')}</div>}
      {opties.map(([v, l], i) => (
        <div className="utrecht-form-field utrecht-form-field--radio veld--radio" key={v}>
          <input type="radio" className="utrecht-radio-button utrecht-radio-button--html-input" id={`${prefix}-${i}`} name={k} value={v}
            checked={waarde(k) === v} onChange={zet(k)} aria-invalid={fouten[k] ? true : undefined} />
          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${prefix}-${i}`}>{l}</label>
        </div>
      ))}
    </fieldset>
  );

  return (
    <form onSubmit={verstuur} noValidate aria-labelledby="stap-kop" className="formulierblok" id="stapformulier" data-stap={stap}>
      <h2 className="utrecht-heading-2" id="stap-kop">{d.titel}</h2>
      <FoutSamenvatting fouten={fouten} velden={d.velden} titel={fouten[''] ? 'Niet vastgelegd' : 'Het formulier is niet compleet'} />
      {stap === 'beoordeling' && (
        <>
          {textbox('huidigeUitgaven', { type: 'number', step: '0.01', min: '0', inputMode: 'decimal', description: 'Wat de gemeente nu per jaar aan de taak uitgeeft, in euro.' })}
          {textbox('kwaliteit', { textarea: true })}
          {textbox('continuiteit', { textarea: true, description: 'Hoe blijft de taak uitgevoerd als de groep stopt?' })}
          {textbox('toelichting', { textarea: true })}
        </>
      )}
      {stap === 'besluit' && (
        <>
          {keuze('uitkomst', [['toekennen', 'Toekennen'], ['afwijzen', 'Afwijzen']], 'udr-besluit')}
          {textbox('toelichting', { textarea: true })}
        </>
      )}
      {stap === 'overeenkomst' && (
        <>
          {textbox('bedrag', { type: 'number', step: '0.01', min: '0', inputMode: 'decimal', description: 'In euro per jaar.' })}
          {textbox('ingangsdatum', { type: 'date' })}
          {textbox('toelichting', { textarea: true })}
        </>
      )}
      {stap === 'evaluatie' && (
        <>
          {keuze('uitkomst', [['voortzetten', 'Voortzetten'], ['bijsturen', 'Bijsturen'], ['beeindigen', 'Beëindigen']], 'udr-evaluatie')}
          {textbox('toelichting', { textarea: true })}
        </>
      )}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={bezig}>{bezig ? 'Bezig…' : d.knop}</button>
    </form>
  );
}

export default function UitdaagrechtPage({ params }) {
  const verzoek = useApi(`/api/uitdaagrecht/${encodeURIComponent(params.id)}`);
  const [nieuw, setNieuw] = useState(null);
  const [melding, setMelding] = useState('');
  const [fout, setFout] = useState(null);
  const v = nieuw && String(nieuw.id) === String(params.id) ? nieuw : verzoek.data;
  const klaar = (data, tekst) => { setNieuw(data); setMelding(tekst); verzoek.reload(); };
  const trekIn = async () => {
    if (!window.confirm(`Verzoek ${v.referentie} intrekken? Dit kan niet ongedaan worden gemaakt.`)) return;
    setFout(null);
    try {
      await api(`/api/uitdaagrecht/${v.id}/intrekken`, { method: 'POST' });
      setNieuw(null); setMelding('Het verzoek is ingetrokken.'); verzoek.reload();
    } catch (err) { setFout(err); }
  };

  if (!v) {
    return (<><PageHeading>Uitdaagrecht</PageHeading><ApiState state={verzoek} what="Het verzoek" /></>);
  }
  const stappen = v.openStappen ?? [];
  const formStap = stappen.find((s) => stapVan(s));
  const heeftContact = v.contactNaam || v.contactEmail || v.contactTelefoon;
  return (
    <>
      <p className="utrecht-paragraph kruimel"><Link to="/app/uitdaagrecht">Uitdaagrecht</Link> › {v.referentie}</p>
      <PageHeading title={`Uitdaagrecht ${v.referentie}`}>{v.referentie}: {v.taak}</PageHeading>
      {melding && <Alert type="ok">{melding}</Alert>}
      {fout && <Alert>{fout.message}</Alert>}
      <div className="taak-indeling">
        <div className="taak-indeling__info">
          <section aria-labelledby="verzoek-kop">
            <h2 className="utrecht-heading-2" id="verzoek-kop">Verzoek</h2>
            <dl className="utrecht-data-list utrecht-data-list--rows verzoekgegevens">
              <Gegeven label="Status"><Status status={v.status} /> sinds {formatDateTime(v.statusGewijzigdOp)}{v.statusToelichting ? ` — ${v.statusToelichting}` : ''}</Gegeven>
              <Gegeven label="Taak">{v.taak}{v.taaksoort ? ` (${v.taaksoort})` : ''}</Gegeven>
              <Gegeven label="Buurt">{v.buurtNaam}</Gegeven>
              <Gegeven label="Locatie">{v.locatie}</Gegeven>
              <Gegeven label="Groep">{v.groepNaam ? `${v.groepNaam}, ` : ''}{v.organisatievorm}, {v.aantalLeden} leden</Gegeven>
              <Gegeven label="Verwachte kosten">{v.verwachteKosten != null ? `${formatBedrag(v.verwachteKosten)} per jaar` : null}</Gegeven>
              <Gegeven label="Ingediend op">{formatDateTime(v.ingediendOp)}</Gegeven>
              {heeftContact && <Gegeven label="Contact">{[v.contactNaam, v.contactEmail, v.contactTelefoon].filter(Boolean).join(', ')}</Gegeven>}
            </dl>
            {v.redenen?.length > 0 && (
              <>
                <h3 className="utrecht-heading-3">Toets op ontvankelijkheid</h3>
                <ul className="utrecht-unordered-list redenen">{v.redenen.map((r) => <li key={r}>{r}</li>)}</ul>
              </>
            )}
          </section>
          <section aria-labelledby="vastgelegd-kop">
            <h2 className="utrecht-heading-2" id="vastgelegd-kop">Vastgelegd in de stappen</h2>
            <dl className="utrecht-data-list utrecht-data-list--rows stapgegevens">
              <Gegeven label="Huidige uitgaven">{v.huidigeUitgaven != null ? `${formatBedrag(v.huidigeUitgaven)} per jaar` : null}</Gegeven>
              <Gegeven label="Kwaliteit">{v.kwaliteit}</Gegeven>
              <Gegeven label="Continuïteit">{v.continuiteit}</Gegeven>
              <Gegeven label="Besluit">{v.besluit ? `${v.besluit}${v.besluitOp ? ` op ${formatDate(v.besluitOp)}` : ''}` : null}</Gegeven>
              <Gegeven label="Overgedragen budget">{v.overgedragenBudget != null ? `${formatBedrag(v.overgedragenBudget)} per jaar` : null}</Gegeven>
              <Gegeven label="Ingangsdatum">{v.ingangsDatum ? formatDate(v.ingangsDatum) : null}</Gegeven>
              <Gegeven label="Evaluaties">{v.aantalEvaluaties}{v.laatsteEvaluatie ? `, laatste: ${v.laatsteEvaluatie} op ${formatDate(v.laatsteEvaluatieOp)}` : ''}</Gegeven>
            </dl>
          </section>
        </div>
        <aside className="taak-indeling__besluit" aria-labelledby="stappen-kop">
          <h2 className="utrecht-heading-2" id="stappen-kop">Open stappen</h2>
          {stappen.length === 0 ? <p className="utrecht-paragraph">Er wacht geen stap op een medewerker.</p> : (
            <ul className="utrecht-unordered-list openstappen">
              {stappen.map((s) => (
                <li key={s.taakId}>
                  {s.titel} — rol {s.rol}, termijn {formatDate(s.vervaldatum)}{s.teLaat && <> <StatusBadge status="Te laat" tone="danger" /></>}
                </li>
              ))}
            </ul>
          )}
          {formStap && <StapFormulier key={formStap.taakId} verzoek={v} stap={stapVan(formStap)} onKlaar={klaar} />}
          {!['NietOntvankelijk', 'Afgewezen', 'Beeindigd', 'Ingetrokken'].includes(v.status) && (
            <p className="utrecht-paragraph"><button type="button" className="utrecht-button utrecht-button--secondary-action knop--verwijderen" onClick={trekIn}>Verzoek intrekken</button></p>
          )}
        </aside>
      </div>
    </>
  );
}
